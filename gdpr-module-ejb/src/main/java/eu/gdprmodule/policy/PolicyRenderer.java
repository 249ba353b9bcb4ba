package eu.gdprmodule.policy;

import java.util.List;

/** STUB (replaced by the rendering work). */
public class PolicyRenderer {
    public Rendering render(String markdownSource, RenderContext context) {
        return new Rendering("<p>" + PolicyHtml.sanitise(markdownSource) + "</p>", List.of(), List.of(), problems(markdownSource));
    }

    public List<String> problems(String markdownSource) {
        return markdownSource.contains("{{gdpr:nope}}") ? List.of("Unknown generated section {{gdpr:nope}}") : List.of();
    }
}

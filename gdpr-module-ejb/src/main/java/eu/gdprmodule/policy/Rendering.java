package eu.gdprmodule.policy;

import java.util.List;

/** STUB (replaced by the rendering work). */
public record Rendering(String html, List<GeneratedSection> sections, List<String> removed, List<String> problems) {
}

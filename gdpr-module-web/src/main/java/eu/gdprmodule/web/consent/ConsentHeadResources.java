package eu.gdprmodule.web.consent;

import static eu.gdprmodule.policy.PolicyHtml.escape;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;

/**
 * The banner's stylesheet and script in {@code <head>}, added there by {@link ConsentComponent}.
 * The script is not deferred: it must set Google Consent Mode's defaults before any Google tag
 * of the page runs.
 */
@FacesComponent(ConsentHeadResources.COMPONENT_TYPE)
public class ConsentHeadResources extends MarkupComponent {

    public static final String COMPONENT_TYPE = "eu.gdprmodule.ConsentHeadResources";

    /** What the head gets for one context path: every page view writes it. */
    private record Markup(String contextPath, String stylesheet, String script) {
    }

    private static volatile Markup markup;

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        String contextPath = context.getExternalContext().getRequestContextPath();
        Markup m = markup;
        if (m == null || !m.contextPath().equals(contextPath)) {
            String base = contextPath + "/gdpr/";
            m = new Markup(contextPath, "<link rel=\"stylesheet\" href=\"" + escape(base) + "consent.css\"/>", base + "consent.js");
            markup = m;
        }
        ResponseWriter out = context.getResponseWriter();
        // the stylesheet as plain markup (nothing a writer adds concerns it: one call, not five);
        // the script through the writer, which gives it the nonce of a Content-Security-Policy.
        // A context path comes encoded as in the request's address: the URI form adds nothing.
        out.write(m.stylesheet());
        out.startElement("script", this);
        out.writeAttribute("src", m.script(), null);
        out.endElement("script");
    }
}

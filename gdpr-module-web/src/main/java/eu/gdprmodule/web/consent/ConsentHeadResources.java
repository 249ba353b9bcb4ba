package eu.gdprmodule.web.consent;

import static eu.gdprmodule.policy.PolicyHtml.escape;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;

/**
 * The banner's stylesheet and script in {@code <head>}, added there by {@link ConsentComponent}.
 * The script is not deferred: it must set Google Consent Mode's defaults before any Google tag
 * of the page runs.
 */
@FacesComponent(ConsentHeadResources.COMPONENT_TYPE)
public class ConsentHeadResources extends UIComponentBase {

    public static final String COMPONENT_TYPE = "eu.gdprmodule.ConsentHeadResources";

    @Override
    public String getFamily() {
        return "eu.gdprmodule";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        String base = context.getExternalContext().getRequestContextPath() + "/gdpr/";
        ResponseWriter out = context.getResponseWriter();
        // the stylesheet as plain markup (nothing a writer adds concerns it: one call, not five);
        // the script through the writer, which gives it the nonce of a Content-Security-Policy
        out.write("<link rel=\"stylesheet\" href=\"" + escape(base) + "consent.css\"/>");
        out.startElement("script", this);
        out.writeURIAttribute("src", base + "consent.js", null);
        out.endElement("script");
    }
}

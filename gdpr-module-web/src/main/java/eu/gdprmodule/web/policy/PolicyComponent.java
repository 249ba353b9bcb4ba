package eu.gdprmodule.web.policy;

import eu.gdprmodule.policy.PolicyVersion;
import eu.gdprmodule.policy.PublishedPolicies;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * {@code <gdpr:policy slug="privacy"/>}: the version in force of a policy inside a host's own
 * page, in the view's language (falling back like the public pages), with its "last updated"
 * date and a link to its public history. Renders an {@code <article class="gdpr-policy">}; the
 * HTML is the HTML frozen at publication, sanitised again as it is written. Nothing is rendered
 * when the policy has no published version yet, so a host page never breaks on it.
 */
@FacesComponent(PolicyComponent.COMPONENT_TYPE)
public class PolicyComponent extends UIComponentBase {

    public static final String COMPONENT_TYPE = "eu.gdprmodule.Policy";

    @Override
    public String getFamily() {
        return "eu.gdprmodule";
    }

    /** The policy's slug, such as {@code privacy}. */
    public String getSlug() {
        return (String) getStateHelper().eval("slug", "privacy");
    }

    public void setSlug(String slug) {
        getStateHelper().put("slug", slug);
    }

    /** Whether to write the title as an {@code <h1>} (a host page may have its own). */
    public boolean isShowTitle() {
        return (Boolean) getStateHelper().eval("showTitle", Boolean.TRUE);
    }

    public void setShowTitle(boolean showTitle) {
        getStateHelper().put("showTitle", showTitle);
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        PublishedPolicies policies = CDI.current().select(PublishedPolicies.class).get();
        String slug = getSlug();
        Locale viewLocale = context.getViewRoot().getLocale();
        Optional<PolicyVersion> found = policies.languageFor(slug, viewLocale == null ? List.of() : List.of(viewLocale))
                .flatMap(language -> policies.inForce(slug, language));
        if (found.isEmpty()) {
            return;
        }
        PolicyVersion version = found.get();
        Locale locale = Locale.forLanguageTag(version.getLanguage());
        ResourceBundle texts = PolicyPageWriter.texts(locale);
        ResponseWriter out = context.getResponseWriter();
        out.startElement("article", this);
        out.writeAttribute("id", getClientId(context), "id");
        out.writeAttribute("class", "gdpr-policy", null);
        out.writeAttribute("lang", version.getLanguage(), null);
        if (isShowTitle() && !version.getHtml().contains("<h1")) {
            out.startElement("h1", this);
            out.writeText(version.getTitle(), null);
            out.endElement("h1");
        }
        out.startElement("p", this);
        out.writeAttribute("class", "gdpr-policy-updated", null);
        out.writeText(texts.getString("version.lastUpdated") + " ", null);
        out.startElement("time", this);
        out.writeAttribute("datetime", PolicyPageWriter.isoDate(version), null);
        out.writeText(PolicyPageWriter.date(version, locale), null);
        out.endElement("time");
        out.writeText(" · ", null);
        out.startElement("a", this);
        out.writeAttribute("class", "gdpr-policy-history", null);
        out.writeURIAttribute("href", context.getExternalContext().getRequestContextPath() + "/gdpr/policies/" + slug
                + "/history?lang=" + version.getLanguage(), null);
        out.writeText(texts.getString("version.history"), null);
        out.endElement("a");
        out.endElement("p");
        out.startElement("div", this);
        out.writeAttribute("class", "gdpr-policy-body", null);
        out.write(policies.html(version)); // sanitised at publication, and again on the way out
        out.endElement("div");
        out.endElement("article");
    }
}

package eu.gdprmodule.web.consent;

import static eu.gdprmodule.policy.PolicyHtml.escape;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * {@code <gdpr:consentSettings/>}: the "Cookie settings" link a visitor uses to change or
 * withdraw their choice at any time, as easily as they gave it (Art. 7(3) GDPR). With JavaScript
 * it opens the preference centre in place; without, the preference page.
 */
@FacesComponent(ConsentSettingsLink.COMPONENT_TYPE)
public class ConsentSettingsLink extends MarkupComponent {

    public static final String COMPONENT_TYPE = "eu.gdprmodule.ConsentSettings";

    public String getStyleClass() {
        return (String) getStateHelper().eval("styleClass", null);
    }

    public void setStyleClass(String styleClass) {
        getStateHelper().put("styleClass", styleClass);
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        String viewLanguage = ConsentLanguage.ofView(context);
        // the state <gdpr:consent/> read for this request (the same language rule), not the headers again
        String language = ConsentHttp.of(context).state(request, viewLanguage).language();
        String styleClass = getStyleClass();
        String href = request.getContextPath() + "/gdpr/consent/preferences?return="
                + ConsentHttp.queryValue(ConsentHttp.currentPath(request)) + "&lang=" + language;
        // one write of plain markup: the writer's calls per element and attribute showed in
        // bench/page-overhead, and a link with no script needs nothing they add
        StringBuilder a = new StringBuilder(256).append("<a");
        String id = getId();
        if (id != null && !id.startsWith(UIViewRoot.UNIQUE_ID_PREFIX)) {
            // the host named it: its client id, as Faces writes one; a generated id is of no use to anyone
            a.append(" id=\"").append(escape(getClientId(context))).append('"');
        }
        a.append(" class=\"gdpr-settings-link").append(styleClass == null ? "" : " " + escape(styleClass))
                .append("\" data-gdpr-open-preferences=\"\" href=\"").append(escape(href)).append("\">")
                .append(escape(ConsentLanguage.texts(language).getString("settings.link"))).append("</a>");
        context.getResponseWriter().write(a.toString());
    }
}

package eu.gdprmodule.web.consent;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code <gdpr:consentSettings/>}: the "Cookie settings" link a visitor uses to change or
 * withdraw their choice at any time, as easily as they gave it (Art. 7(3) GDPR). With JavaScript
 * it opens the preference centre in place; without, the preference page.
 */
@FacesComponent(ConsentSettingsLink.COMPONENT_TYPE)
public class ConsentSettingsLink extends UIComponentBase {

    public static final String COMPONENT_TYPE = "eu.gdprmodule.ConsentSettings";

    @Override
    public String getFamily() {
        return "eu.gdprmodule";
    }

    public String getStyleClass() {
        return (String) getStateHelper().eval("styleClass", null);
    }

    public void setStyleClass(String styleClass) {
        getStateHelper().put("styleClass", styleClass);
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        Locale locale = context.getViewRoot().getLocale();
        String language = locale != null && ConsentLanguage.available(locale.getLanguage()) ? locale.getLanguage()
                : ConsentHttp.language(request);
        ResponseWriter out = context.getResponseWriter();
        out.startElement("a", this);
        out.writeAttribute("id", getClientId(context), "id");
        out.writeAttribute("class", "gdpr-settings-link" + (getStyleClass() == null ? "" : " " + getStyleClass()), null);
        out.writeAttribute("data-gdpr-open-preferences", "", null);
        out.writeURIAttribute("href", request.getContextPath() + "/gdpr/consent/preferences?return="
                + URLEncoder.encode(ConsentHttp.currentPath(request), StandardCharsets.UTF_8) + "&lang=" + language, null);
        out.writeText(ConsentLanguage.texts(language).getString("settings.link"), null);
        out.endElement("a");
    }
}

package eu.gdprmodule.web.consent;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
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
        String viewLanguage = locale != null && ConsentLanguage.available(locale.getLanguage()) ? locale.getLanguage() : null;
        // the state <gdpr:consent/> read for this request (the same language rule), not the headers again
        String language = ConsentHttp.of(context).state(request, viewLanguage).language();
        ResponseWriter out = context.getResponseWriter();
        out.startElement("a", this);
        out.writeAttribute("id", getClientId(context), "id");
        String styleClass = getStyleClass();
        out.writeAttribute("class", styleClass == null ? "gdpr-settings-link" : "gdpr-settings-link " + styleClass, null);
        out.writeAttribute("data-gdpr-open-preferences", "", null);
        // encoded here already: written as an attribute, not again as a URI
        out.writeAttribute("href", request.getContextPath() + "/gdpr/consent/preferences?return="
                + ConsentHttp.queryValue(ConsentHttp.currentPath(request)) + "&lang=" + language, null);
        out.writeText(ConsentLanguage.texts(language).getString("settings.link"), null);
        out.endElement("a");
    }
}

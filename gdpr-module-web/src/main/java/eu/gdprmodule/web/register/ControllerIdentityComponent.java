package eu.gdprmodule.web.register;

import eu.gdprmodule.api.ControllerIdentity;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;

/**
 * {@code <gdpr:controllerIdentity/>}: the controller's name, address and privacy contact, as
 * every notice must give them (Art. 13(1)(a) and (b) GDPR), for a host's footer or legal page.
 * Renders an {@code <address>} element with the class {@code gdpr-controller}; fields that are
 * not configured are left out. It renders no script.
 */
@FacesComponent(ControllerIdentityComponent.COMPONENT_TYPE)
public class ControllerIdentityComponent extends UIComponentBase {

    public static final String COMPONENT_TYPE = "eu.gdprmodule.ControllerIdentity";
    public static final String COMPONENT_FAMILY = "eu.gdprmodule";

    @Override
    public String getFamily() {
        return COMPONENT_FAMILY;
    }

    /** An extra CSS class for the {@code <address>} element. */
    public String getStyleClass() {
        return (String) getStateHelper().eval("styleClass", null);
    }

    public void setStyleClass(String styleClass) {
        getStateHelper().put("styleClass", styleClass);
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        ControllerIdentity identity = CDI.current().select(ControllerIdentity.class).get();
        ResponseWriter out = context.getResponseWriter();
        out.startElement("address", this);
        out.writeAttribute("id", getClientId(context), "id");
        String styleClass = getStyleClass();
        out.writeAttribute("class", styleClass == null ? "gdpr-controller" : "gdpr-controller " + styleClass, null);
        line(out, "gdpr-controller-name", identity.name());
        line(out, "gdpr-controller-address", identity.postalAddress());
        String email = identity.privacyContactEmail();
        if (email != null) {
            out.startElement("a", this);
            out.writeAttribute("class", "gdpr-controller-email", null);
            out.writeURIAttribute("href", "mailto:" + email, null);
            out.writeText(email, null);
            out.endElement("a");
        }
        out.endElement("address");
    }

    private void line(ResponseWriter out, String styleClass, String text) throws IOException {
        if (text == null) {
            return;
        }
        out.startElement("span", this);
        out.writeAttribute("class", styleClass, null);
        out.writeText(text, null);
        out.endElement("span");
        out.startElement("br", this);
        out.endElement("br");
    }
}

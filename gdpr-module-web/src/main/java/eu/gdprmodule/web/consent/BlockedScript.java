package eu.gdprmodule.web.consent;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * {@code <gdpr:script category="analytics" src="..."/>} (or with the code as its body): a script
 * that runs only once the visitor allowed its category (and service, when named). Until then it
 * is written inert ({@code type="text/plain"}), and the banner's script starts it the moment the
 * visitor allows it. Nothing that reads or writes on the visitor's device may run before
 * consent (Art. 82 French Data Protection Act).
 *
 * <pre>
 * &lt;gdpr:script category="analytics" service="shop-analytics" src="#{request.contextPath}/resources/shop/analytics.js"/&gt;
 * </pre>
 */
@FacesComponent(BlockedScript.COMPONENT_TYPE)
public class BlockedScript extends UIComponentBase {

    public static final String COMPONENT_TYPE = "eu.gdprmodule.Script";

    @Override
    public String getFamily() {
        return "eu.gdprmodule";
    }

    public String getCategory() {
        return (String) getStateHelper().eval("category", null);
    }

    public void setCategory(String category) {
        getStateHelper().put("category", category);
    }

    public String getService() {
        return (String) getStateHelper().eval("service", null);
    }

    public void setService(String service) {
        getStateHelper().put("service", service);
    }

    public String getSrc() {
        return (String) getStateHelper().eval("src", null);
    }

    public void setSrc(String src) {
        getStateHelper().put("src", src);
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        VisitorState state = ConsentHttp.of(context).state(request);
        // each getter evaluates its expression again: once each
        String category = getCategory();
        String service = getService();
        String src = getSrc();
        boolean granted = service != null ? state.grantedService(service) : state.granted(category);
        ResponseWriter out = context.getResponseWriter();
        out.startElement("script", this);
        if (!granted) {
            out.writeAttribute("type", "text/plain", null);
        }
        out.writeAttribute("data-gdpr-category", category, null);
        if (service != null) {
            out.writeAttribute("data-gdpr-service", service, null);
        }
        if (src != null) {
            out.writeURIAttribute(granted ? "src" : "data-gdpr-src", src, null);
        }
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        for (var child : getChildren()) {
            child.encodeAll(context);
        }
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        context.getResponseWriter().endElement("script");
    }
}

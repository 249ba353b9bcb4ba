package eu.gdprmodule.web.consent;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.event.ListenerFor;
import jakarta.faces.event.PostAddToViewEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code <gdpr:consent/>}: the cookie banner in a Faces page. Put it once in the host's template,
 * first in {@code <h:body>}. It adds the stylesheet and the script to {@code <h:head>} (the
 * script first sets Google Consent Mode's defaults to "denied", so place no tag before
 * {@code <h:head>}'s end), and renders the banner and the preference centre as HTML forms that
 * work without JavaScript. A visitor whose choice holds gets neither, only their state for the
 * script (which fetches the preference centre when the "Cookie settings" link is used; without
 * JavaScript that link opens the preference page), and their refused cookies expired in the response.
 *
 * <pre>
 * &lt;h:body&gt;
 *     &lt;gdpr:consent/&gt;
 *     ...
 *     &lt;gdpr:consentSettings/&gt;
 * </pre>
 */
@FacesComponent(ConsentComponent.COMPONENT_TYPE)
@ListenerFor(systemEventClass = PostAddToViewEvent.class)
public class ConsentComponent extends UIComponentBase {

    public static final String COMPONENT_TYPE = "eu.gdprmodule.Consent";

    @Override
    public String getFamily() {
        return "eu.gdprmodule";
    }

    @Override
    public void processEvent(ComponentSystemEvent event) throws AbortProcessingException {
        if (event instanceof PostAddToViewEvent) {
            FacesContext context = event.getFacesContext();
            boolean present = false;
            for (UIComponent c : context.getViewRoot().getComponentResources(context, "head")) {
                present |= c instanceof ConsentHeadResources;
            }
            if (!present) {
                // created directly: the application's factory looks the type up and scans the
                // class for annotations on every page view, for a component that has none
                UIComponent head = new ConsentHeadResources();
                head.setId("gdprConsentHead");
                context.getViewRoot().addComponentResource(context, head, "head");
            }
        }
        super.processEvent(event);
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
        ConsentHttp http = ConsentHttp.of(context);
        String language = ConsentLanguage.ofView(context);
        VisitorState state = http.state(request, language);
        if (state.status().decided()) {
            http.expireRefused(request, response, state);
        }
        new BannerMarkup(request.getContextPath(), state, ConsentHttp.currentPath(request)).writePage(context.getResponseWriter());
    }
}

package eu.gdprmodule.web.consent;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.event.ListenerFor;
import jakarta.faces.event.PostAddToViewEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

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
public class ConsentComponent extends MarkupComponent {

    public static final String COMPONENT_TYPE = "eu.gdprmodule.Consent";
    private static final String HEAD_ADDED = ConsentComponent.class.getName() + ".head";

    /** Only when the application created the component (its {@code @ListenerFor}); the tag's handler adds them itself. */
    @Override
    public void processEvent(ComponentSystemEvent event) throws AbortProcessingException {
        if (event instanceof PostAddToViewEvent) {
            addHeadResources(event.getFacesContext());
        }
        super.processEvent(event);
    }

    /**
     * Adds the stylesheet and the script to the view's {@code <head>}, once per view. The
     * context's attribute spares the views of one request a second search of the head's resources.
     */
    static void addHeadResources(FacesContext context) {
        UIViewRoot root = context.getViewRoot();
        Map<Object, Object> attributes = context.getAttributes();
        if (root == null || attributes.get(HEAD_ADDED) == root) {
            return;
        }
        attributes.put(HEAD_ADDED, root);
        for (UIComponent c : root.getComponentResources(context, "head")) {
            if (c instanceof ConsentHeadResources) {
                return; // a view restored with its resources
            }
        }
        // created directly: the application's factory looks the type up and scans the class for
        // annotations on every page view, for a component that has none
        UIComponent head = new ConsentHeadResources();
        head.setId("gdprConsentHead");
        root.addComponentResource(context, head, "head");
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

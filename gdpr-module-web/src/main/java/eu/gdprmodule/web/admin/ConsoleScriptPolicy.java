package eu.gdprmodule.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.csp.CspPhaseListener;

/**
 * Gives console pages a Content-Security-Policy that allows no inline script: scripts come from
 * the application's own origin or carry this response's nonce, which PrimeFaces puts on the
 * scripts it writes (its CSP mode moves event handlers out of {@code onclick} attributes).
 *
 * <p>The web fragment turns PrimeFaces' CSP rendering on for the whole host application in
 * {@code policyProvided} mode: pages keep working without a policy header, so the host's own pages
 * are not constrained by a policy they were not written for; the header is sent here, for
 * console pages only, and {@link NonceWriter} puts the nonce on their script elements. Inline styles stay allowed, PrimeFaces components position themselves with
 * them.
 */
public class ConsoleScriptPolicy implements PhaseListener {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; script-src 'self'";

    /**
     * The module's public Faces pages ({@code /gdpr/index.xhtml}): framed by the host's own pages
     * only, and no script but the site's own files and this response's nonced blocks, so a value
     * stored in the register can never run as script there.
     */
    static final String PUBLIC_POLICY = "object-src 'none'; base-uri 'self'; frame-ancestors 'self'; script-src 'self'";

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        // PrimeFaces appends " 'nonce-…';" to the policy, which therefore ends with script-src.
        if (isConsoleView(context)) {
            CspPhaseListener.initCsp(context, true, false, null, POLICY);
        } else if (isModuleView(context)) {
            CspPhaseListener.initCsp(context, true, false, null, PUBLIC_POLICY);
        }
    }

    static boolean isConsoleView(FacesContext context) {
        return context.getViewRoot() != null && context.getViewRoot().getViewId() != null
                && context.getViewRoot().getViewId().startsWith("/gdpr/admin/");
    }

    /** A page of the module's own, console or public: the nonce goes on its scripts. */
    static boolean isModuleView(FacesContext context) {
        return context.getViewRoot() != null && context.getViewRoot().getViewId() != null
                && context.getViewRoot().getViewId().startsWith("/gdpr/");
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}

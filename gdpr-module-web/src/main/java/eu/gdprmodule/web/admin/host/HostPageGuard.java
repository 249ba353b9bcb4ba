package eu.gdprmodule.web.admin.host;

import eu.gdprmodule.web.admin.ConsoleRoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps every page drawn with the console's template ({@code /WEB-INF/gdpr/console.xhtml}) to the
 * console's roles, the host's pages included. The host protects its pages with a
 * security-constraint as the module protects {@code /gdpr/admin/*}; this is the check that holds
 * when a host forgets one, since a console page shows personal data to whoever can open it.
 * An anonymous visitor is handed to the host's authentication mechanism (its sign-in page, or a
 * 401 challenge), a signed-in user without a console role gets 403.
 *
 * <p>It also gives the host's console pages the console's caching and framing headers, which the
 * module's filter sets only under {@code /gdpr/}. It does not give them the console's script
 * policy: a host page may carry inline script the host wrote for its own pages.
 */
@Named("gdprHostPage")
@RequestScoped
public class HostPageGuard {

    private static final Logger LOG = Logger.getLogger(HostPageGuard.class.getName());

    /** Called by the template before the page is drawn ({@code f:event preRenderView}). */
    public void check() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (context.getResponseComplete() || response.isCommitted()) {
            return;
        }
        if (!ConsoleRoles.mayEnter(request)) {
            if (request.getUserPrincipal() == null && authenticated(request, response) && ConsoleRoles.mayEnter(request)) {
                secure(response);
                return;
            }
            if (!response.isCommitted()) {
                response.sendError(request.getUserPrincipal() == null ? HttpServletResponse.SC_UNAUTHORIZED
                        : HttpServletResponse.SC_FORBIDDEN);
            }
            context.responseComplete();
            return;
        }
        secure(response);
    }

    private static boolean authenticated(HttpServletRequest request, HttpServletResponse response) {
        try {
            return request.authenticate(response);
        } catch (ServletException | IOException | RuntimeException e) {
            LOG.log(Level.FINE, "The host's authentication mechanism refused to authenticate from a console page", e);
            return false;
        }
    }

    private static void secure(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}

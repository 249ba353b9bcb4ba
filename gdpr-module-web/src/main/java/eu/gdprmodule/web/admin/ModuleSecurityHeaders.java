package eu.gdprmodule.web.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response under {@code /gdpr/} (declared in the web fragment).
 *
 * <p>Console responses ({@code /gdpr/admin/}, {@code /gdpr/api/admin/}) may not be framed by
 * any page (clickjacking), are not cached (they show personal data) and send no referrer. The
 * console pages' script policy, which needs the per-response nonce, is added by
 * {@link ConsoleScriptPolicy}; browsers enforce both policies. Public module pages may be framed
 * by the host's own pages only.
 */
public class ModuleSecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONSOLE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
    static final String PUBLIC_POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'";
    /** Public responses that are not Faces views carry no inline script at all. */
    static final String PUBLIC_SCRIPT_POLICY = PUBLIC_POLICY + "; script-src 'self'";

    private final java.util.concurrent.ConcurrentMap<String, Boolean> facesServlets = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (isConsole(request)) {
            response.addHeader("Content-Security-Policy", CONSOLE_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Cache-Control", "no-store");
        } else {
            // A Faces view's inline scripts carry this response's nonce, and ConsoleScriptPolicy sends
            // that policy; every other public response gets script-src here.
            response.addHeader("Content-Security-Policy", isFacesView(request) ? PUBLIC_POLICY : PUBLIC_SCRIPT_POLICY);
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.equals("/gdpr/consent.js") || path.equals("/gdpr/consent.css")) {
                // on every page of the site: let browsers and proxies keep them an hour
                response.setHeader("Cache-Control", "public, max-age=3600");
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether the request goes to the Faces servlet, under whatever mapping the host gave it. */
    private boolean isFacesView(HttpServletRequest request) {
        String servlet = request.getHttpServletMapping() == null ? null : request.getHttpServletMapping().getServletName();
        if (servlet == null || servlet.isEmpty()) {
            return false;
        }
        return facesServlets.computeIfAbsent(servlet, name -> {
            jakarta.servlet.ServletRegistration registration = request.getServletContext().getServletRegistration(name);
            return registration != null && "jakarta.faces.webapp.FacesServlet".equals(registration.getClassName());
        });
    }

    static boolean isConsole(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/gdpr/admin/") || path.equals("/gdpr/admin")
                || path.startsWith("/gdpr/api/admin/") || path.equals("/gdpr/api/admin");
    }
}

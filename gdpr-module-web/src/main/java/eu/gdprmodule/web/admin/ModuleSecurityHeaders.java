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
            response.addHeader("Content-Security-Policy", PUBLIC_POLICY);
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

    static boolean isConsole(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/gdpr/admin/") || path.equals("/gdpr/admin")
                || path.startsWith("/gdpr/api/admin/") || path.equals("/gdpr/api/admin");
    }
}

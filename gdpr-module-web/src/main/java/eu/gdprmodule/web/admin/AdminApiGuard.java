package eu.gdprmodule.web.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Guards the console's REST API at its own address ({@code /gdpr/api/admin/*}, declared in the
 * web fragment) with {@link ConsoleApiAccess}, before JAX-RS reads anything. The resources check
 * the same rule again themselves ({@link ConsoleApi}), wherever a host publishes them.
 *
 * <p>The API is not under a declarative security constraint, because then the host's form
 * mechanism would answer an anonymous call with a redirect to its login page, which a script
 * cannot act on. Here an anonymous call gets 401 and a signed-in caller without a console role
 * 403, both as the API's JSON problem.
 */
public class AdminApiGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ConsoleApiAccess.Refusal refusal = ConsoleApiAccess.refusal(request);
        if (refusal != null) {
            response.setStatus(refusal.status());
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(refusal.json());
            return;
        }
        chain.doFilter(request, response);
    }
}

package eu.gdprmodule.web.admin;

import eu.gdprmodule.config.ModuleConfig;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Guards the console's REST API ({@code /gdpr/api/admin/*}, declared in the web fragment).
 *
 * <p>The API is not under a declarative security constraint, because then the host's form
 * mechanism would answer an anonymous call with a redirect to its login page, which a script
 * cannot act on. Here an anonymous call gets 401 and a signed-in caller without a console role
 * 403, both as the API's JSON problem.
 *
 * <p>Writes (anything but GET, HEAD, OPTIONS) must come from the console's own origin: the
 * browser sends the session cookie with a cross-site form post too, and the {@code Origin} (or,
 * failing that, {@code Referer}) header is what tells them apart. Extra origins, such as the
 * public address of a reverse proxy that rewrites the host name, are listed in
 * {@code gdpr.admin.allowed-origins}.
 */
public class AdminApiGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            refuse(response, 401, "Sign in to use the GDPR console API: this call carries no signed-in user.");
            return;
        }
        if (!ConsoleRoles.mayEnter(request)) {
            refuse(response, 403, "Your account may not use the GDPR console: it needs the role "
                    + ConsoleRoles.ADMINISTRATOR + " or " + ConsoleRoles.DPO + ".");
            return;
        }
        if (!READS.contains(request.getMethod().toUpperCase(Locale.ROOT)) && !sameOrigin(request)) {
            refuse(response, 403, "Cross-site request refused: a change through the console API must come "
                    + "from the console's own origin (Origin header), or from one listed in gdpr.admin.allowed-origins.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean sameOrigin(HttpServletRequest request) {
        String claimed = request.getHeader("Origin");
        if (claimed == null || claimed.isBlank() || "null".equals(claimed)) {
            claimed = originOf(request.getHeader("Referer"));
        }
        if (claimed == null) {
            return false;
        }
        String own = request.getScheme() + "://" + request.getServerName()
                + (isDefaultPort(request.getScheme(), request.getServerPort()) ? "" : ":" + request.getServerPort());
        return claimed.equalsIgnoreCase(own) || allowedOrigins().stream().anyMatch(claimed::equalsIgnoreCase);
    }

    private static List<String> allowedOrigins() {
        return ModuleConfig.get().getOptionalValues("gdpr.admin.allowed-origins", String.class)
                .orElse(List.of()).stream().map(String::strip).map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
                .toList();
    }

    private static String originOf(String referer) {
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isDefaultPort(String scheme, int port) {
        return ("http".equalsIgnoreCase(scheme) && port == 80) || ("https".equalsIgnoreCase(scheme) && port == 443);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("status", status).add("message", message)
                .add("details", Json.createArrayBuilder()).build().toString());
    }
}

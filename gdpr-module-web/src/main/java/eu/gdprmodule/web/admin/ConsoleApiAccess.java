package eu.gdprmodule.web.admin;

import eu.gdprmodule.config.ModuleConfig;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who may call the console's REST API, decided from the request alone: an anonymous call gets
 * 401, a signed-in caller without a console role 403, and a write from another origin 403.
 *
 * <p>One rule, applied twice: by {@link AdminApiGuard} in front of {@code /gdpr/api/admin/*}, and
 * by {@link ConsoleApiInterceptor} on the resources themselves, because a host's own JAX-RS
 * application without {@code getClasses()} publishes them a second time under its own path,
 * where no URL pattern of the module applies.
 *
 * <p>Writes (anything but GET, HEAD, OPTIONS) must come from the console's own origin: the
 * browser sends the session cookie with a cross-site form post too, and the {@code Origin} (or,
 * failing that, {@code Referer}) header is what tells them apart. Extra origins, such as the
 * public address of a reverse proxy that rewrites the host name, are listed in
 * {@code gdpr.admin.allowed-origins}.
 */
public final class ConsoleApiAccess {

    /** Why a call is refused: the HTTP status and a sentence the caller can act on. */
    public record Refusal(int status, String message) {

        /** The API's problem body ({@code status}, {@code message}, {@code details}). */
        public String json() {
            return Json.createObjectBuilder().add("status", status).add("message", message)
                    .add("details", Json.createArrayBuilder()).build().toString();
        }
    }

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private ConsoleApiAccess() {
    }

    /** The refusal for this call, or {@code null} when it may go on. */
    public static Refusal refusal(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return new Refusal(401, "Sign in to use the GDPR console API: this call carries no signed-in user.");
        }
        if (!ConsoleRoles.mayEnter(request)) {
            return new Refusal(403, "Your account may not use the GDPR console: it needs the role "
                    + ConsoleRoles.ADMINISTRATOR + " or " + ConsoleRoles.DPO + ".");
        }
        if (!READS.contains(request.getMethod().toUpperCase(Locale.ROOT)) && !sameOrigin(request)) {
            return new Refusal(403, "Cross-site request refused: a change through the console API must come "
                    + "from the console's own origin (Origin header), or from one listed in gdpr.admin.allowed-origins.");
        }
        return null;
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
}

package eu.gdprmodule.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one rule for every link a host puts in the console: a path from the host's context root
 * ({@code /staff/customers.xhtml}, which the console prefixes with the context path) or an absolute
 * {@code http(s)} URL. Anything else is refused when the host builds its contribution, before any
 * page shows it: a {@code javascript:} or {@code data:} link would run in the console's origin with
 * an administrator's session, and a protocol-relative {@code //host} link would leave the site
 * while looking local.
 */
final class ConsoleLinks {

    static final int MAX_LENGTH = 2000;

    private ConsoleLinks() {
    }

    static String check(String link, String what) {
        if (link == null || link.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        if (link.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c <= ' ' || c == '\\' || c == 0x7f) {
                throw new IllegalArgumentException(what + " holds a space, a control character or a backslash: " + link);
            }
        }
        if (link.startsWith("/") && !link.startsWith("//")) {
            return link;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return link;
            }
        } catch (URISyntaxException e) {
            // refused below, with the rule
        }
        throw new IllegalArgumentException(what + " must be a path from the application's root (/staff/customers.xhtml)"
                + " or an http(s) URL: " + link);
    }

    static String role(String role) {
        if (role == null || role.isBlank() || role.length() > 100) {
            throw new IllegalArgumentException("A required role is 1 to 100 characters: " + role);
        }
        return role.strip();
    }
}

package eu.gdprmodule.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one rule for a web address the module stores and later renders as a link: {@code http} or
 * {@code https} with a host, nothing else. A link a visitor follows must never run code in the
 * site's origin ({@code javascript:}, {@code vbscript:}, {@code data:} in any spelling); the rule
 * is applied when the address is saved and again when it is written into a page, so a value
 * stored before the rule existed, or written to the database by hand, still renders inert.
 */
public final class WebAddress {

    /** Longer than any real address; the bound keeps a pasted document out of a field. */
    public static final int MAX_LENGTH = 2000;

    private WebAddress() {
    }

    /** Whether {@code url} is an absolute http(s) address with a host, with no space, control character or backslash. */
    public static boolean isHttp(String url) {
        if (url == null || url.isEmpty() || url.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            // browsers drop tabs and newlines inside a scheme ("java\tscript:"); refuse them outright
            if (c <= ' ' || c == 0x7f || c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return false;
            }
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The address to link to: an http(s) address as given, a bare host name ({@code www.cnil.fr},
     * as people write an authority's site) as {@code https://}; {@code null} for anything else,
     * which is then shown as text, never as a link.
     */
    public static String followable(String value) {
        if (value == null) {
            return null;
        }
        String url = value.strip();
        if (isHttp(url)) {
            return url;
        }
        int slash = url.indexOf('/');
        String authority = slash < 0 ? url : url.substring(0, slash);
        if (!authority.contains(":") && authority.matches("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")
                && isHttp("https://" + url)) {
            return "https://" + url;
        }
        return null;
    }
}

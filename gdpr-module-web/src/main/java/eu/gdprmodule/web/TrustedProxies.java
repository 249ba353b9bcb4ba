package eu.gdprmodule.web;

import eu.gdprmodule.config.ModuleConfig;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which requests' {@code X-Forwarded-Host} and {@code X-Forwarded-Proto} headers count: only
 * those that came straight from a reverse proxy listed in {@code gdpr.trusted-proxies} (addresses
 * or CIDR ranges). Anyone can send these headers; believed from anyone, they would let a stranger
 * choose the host name of the links the module mails, or pass another site's origin off as this
 * one's.
 */
public final class TrustedProxies {

    private static volatile Cached cached = new Cached(null, List.of());

    private record Cached(List<String> raw, List<byte[][]> ranges) {
    }

    private TrustedProxies() {
    }

    /** The forwarded host name (and port) the proxy saw, or {@code null} when there is none to believe. */
    public static String forwardedHost(HttpServletRequest request) {
        return first(request, "X-Forwarded-Host");
    }

    /** The scheme the proxy was reached by ({@code https}), or {@code null} when there is none to believe. */
    public static String forwardedProto(HttpServletRequest request) {
        String proto = first(request, "X-Forwarded-Proto");
        return proto == null ? null : proto.toLowerCase(Locale.ROOT);
    }

    private static String first(HttpServletRequest request, String header) {
        String value = request.getHeader(header);
        if (value == null || value.isBlank() || !fromTrustedProxy(request.getRemoteAddr())) {
            return null;
        }
        int comma = value.indexOf(',');
        // a chain of proxies appends: the first value is what the outermost one saw
        return (comma < 0 ? value : value.substring(0, comma)).strip();
    }

    static boolean fromTrustedProxy(String remoteAddress) {
        List<byte[][]> ranges = ranges();
        if (ranges.isEmpty() || remoteAddress == null) {
            return false;
        }
        byte[] address = literal(remoteAddress);
        if (address == null) {
            return false;
        }
        for (byte[][] range : ranges) {
            if (inRange(address, range[0], range[1][0] & 0xff)) {
                return true;
            }
        }
        return false;
    }

    private static List<byte[][]> ranges() {
        List<String> raw = ModuleConfig.get().getOptionalValues("gdpr.trusted-proxies", String.class).orElse(List.of());
        Cached now = cached;
        if (raw.equals(now.raw())) {
            return now.ranges();
        }
        List<byte[][]> ranges = raw.stream().map(String::strip).filter(s -> !s.isEmpty()).map(TrustedProxies::range)
                .filter(r -> r != null).toList();
        cached = new Cached(raw, ranges);
        return ranges;
    }

    /** {@code 10.0.0.0/8} or a single address, as {network bytes, {prefix length}}; {@code null} if malformed. */
    static byte[][] range(String entry) {
        int slash = entry.indexOf('/');
        byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
        if (network == null) {
            return null;
        }
        int prefix;
        try {
            prefix = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
            return null;
        }
        return prefix < 0 || prefix > network.length * 8 ? null : new byte[][] {network, {(byte) prefix}};
    }

    private static boolean inRange(byte[] address, byte[] network, int prefix) {
        if (address.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** The bytes of an IP literal, without ever asking DNS (a name is not an address here). */
    private static byte[] literal(String text) {
        String address = text.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        boolean ipv4 = address.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = address.contains(":") && address.matches("[0-9A-Fa-f:.%a-zA-Z0-9]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}

package eu.gdprmodule.web.request;

import eu.gdprmodule.config.ModuleConfig;
import eu.gdprmodule.request.RequestSettings;
import eu.gdprmodule.web.TrustedProxies;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The site's address for links in letters (identity check, download).
 *
 * <p>A letter carries a working token, so its link must never point where a stranger chooses.
 * The request's {@code Host} header is the stranger's choice: anyone can file a request for
 * someone else's address with {@code Host: evil.example}, and the letter would then hand the
 * victim's token to that site. So the address comes from configuration:
 * {@code gdpr.requests.public-url} when set; otherwise the request's own host only when it is
 * listed in {@code gdpr.site.allowed-hosts}, or, with no list, when it is a name or address of
 * this machine (a developer's {@code localhost}). Anything else is refused with
 * {@link UnknownSiteAddress}. Forwarded headers count only from {@link TrustedProxies}.
 */
public final class SiteAddress {

    private static volatile Set<String> ownNames;

    private SiteAddress() {
    }

    /**
     * @throws UnknownSiteAddress when no public URL is set and the request's host is not the site's
     */
    public static String of(HttpServletRequest request) {
        String publicUrl = RequestSettings.current().publicUrl();
        if (!publicUrl.isEmpty()) {
            return publicUrl;
        }
        String forwardedHost = TrustedProxies.forwardedHost(request);
        String forwardedProto = TrustedProxies.forwardedProto(request);
        String scheme = "https".equals(forwardedProto) || "http".equals(forwardedProto) ? forwardedProto : request.getScheme();
        String authority = forwardedHost != null ? forwardedHost
                : request.getServerName() + (defaultPort(request.getScheme(), request.getServerPort()) ? "" : ":" + request.getServerPort());
        String host = hostOf(authority);
        if (host == null || !known(host)) {
            throw new UnknownSiteAddress(authority.length() > 100 ? authority.substring(0, 100) : authority);
        }
        return scheme + "://" + authority.toLowerCase(Locale.ROOT) + request.getContextPath();
    }

    /** Whether the module has a public address to mail: readiness reports it. */
    public static boolean configured() {
        return !RequestSettings.current().publicUrl().isEmpty() || !allowedHosts().isEmpty();
    }

    static boolean known(String host) {
        List<String> allowed = allowedHosts();
        if (!allowed.isEmpty()) {
            return allowed.contains(host);
        }
        return ownNames().contains(host);
    }

    private static List<String> allowedHosts() {
        return ModuleConfig.get().getOptionalValues("gdpr.site.allowed-hosts", String.class).orElse(List.of()).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
    }

    /** The host part of {@code host[:port]} or {@code [v6][:port]}, lower case; {@code null} when it is not a host name. */
    static String hostOf(String authority) {
        String value = authority.strip().toLowerCase(Locale.ROOT);
        String host;
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            if (end < 0) {
                return null;
            }
            host = value.substring(1, end);
            String rest = value.substring(end + 1);
            if (!rest.isEmpty() && !rest.matches(":\\d{1,5}")) {
                return null;
            }
        } else {
            int colon = value.lastIndexOf(':');
            host = colon < 0 ? value : value.substring(0, colon);
            if (colon >= 0 && !value.substring(colon + 1).matches("\\d{1,5}")) {
                return null;
            }
            if (!host.matches("[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?")) {
                return null;
            }
        }
        return host.isEmpty() ? null : host;
    }

    /** This machine's names and addresses: reaching the module by one of them is no stranger's choice. */
    private static Set<String> ownNames() {
        Set<String> names = ownNames;
        if (names != null) {
            return names;
        }
        Set<String> found = new HashSet<>(Set.of("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1", "::1"));
        try {
            InetAddress local = InetAddress.getLocalHost();
            found.add(local.getHostName().toLowerCase(Locale.ROOT));
            found.add(local.getCanonicalHostName().toLowerCase(Locale.ROOT));
        } catch (UnknownHostException e) {
            // no name of its own: loopback and the interfaces' addresses remain
        }
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    String text = address.getHostAddress().toLowerCase(Locale.ROOT);
                    int zone = text.indexOf('%');
                    found.add(zone < 0 ? text : text.substring(0, zone));
                }
            }
        } catch (SocketException e) {
            // keep what was found
        }
        ownNames = Set.copyOf(found);
        return ownNames;
    }

    private static boolean defaultPort(String scheme, int port) {
        return "http".equalsIgnoreCase(scheme) && port == 80 || "https".equalsIgnoreCase(scheme) && port == 443;
    }
}

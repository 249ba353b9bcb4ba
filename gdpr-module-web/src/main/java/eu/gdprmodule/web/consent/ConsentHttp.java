package eu.gdprmodule.web.consent;

import eu.gdprmodule.web.TrustedProxies;
import eu.gdprmodule.config.Unproxied;
import eu.gdprmodule.consent.ConsentSettings;
import eu.gdprmodule.consent.ConsentStatus;
import eu.gdprmodule.consent.ConsentToken;
import eu.gdprmodule.consent.Consents;
import eu.gdprmodule.consent.CookieCatalogue;
import eu.gdprmodule.consent.CookieCatalogues;
import eu.gdprmodule.policy.CookiePolicyVersions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Consent over HTTP: reads a visitor's state from their request (once per request, from caches
 * only), writes the signed cookie, expires refused cookies, and tells a genuine choice from a
 * forged cross-site one.
 */
@ApplicationScoped
public class ConsentHttp {

    private static final String STATE = ConsentHttp.class.getName() + ".state";

    @Inject
    Consents consents;

    @Inject
    CookieCatalogues catalogues;

    @Inject
    CookiePolicyVersions policyVersions;

    @Inject
    BannerTexts texts;

    /**
     * The bean for components, found once per application: a CDI lookup on each render of each
     * component of each page view showed in bench/page-overhead.
     */
    public static ConsentHttp of(jakarta.faces.context.FacesContext context) {
        return (ConsentHttp) context.getExternalContext().getApplicationMap().computeIfAbsent(ConsentHttp.class.getName(),
                k -> Unproxied.of(ConsentHttp.class, CDI.current().select(ConsentHttp.class).get()));
    }

    /**
     * The beans every page view asks, themselves rather than their client proxies: the proxies'
     * dispatch showed in bench/page-overhead (see {@link Unproxied}).
     */
    @PostConstruct
    void unproxy() {
        consents = Unproxied.of(Consents.class, consents);
        catalogues = Unproxied.of(CookieCatalogues.class, catalogues);
        policyVersions = Unproxied.of(CookiePolicyVersions.class, policyVersions);
        texts = Unproxied.of(BannerTexts.class, texts);
    }

    /** The visitor's state, in the language of the request ({@code lang}, then Accept-Language). */
    public VisitorState state(HttpServletRequest request) {
        return state(request, null);
    }

    /** The visitor's state in a given language ({@code null}: from the request). */
    public VisitorState state(HttpServletRequest request, String language) {
        VisitorState cached = (VisitorState) request.getAttribute(STATE);
        if (cached != null && language == null) {
            return cached; // the page's language is settled: not the headers again for each component
        }
        String lang = language != null && ConsentLanguage.available(language) ? language : language(request);
        if (cached != null && cached.language().equals(lang)) {
            return cached;
        }
        VisitorState state = shared(cookie(request), lang, gpc(request));
        request.setAttribute(STATE, state);
        return state;
    }

    /**
     * A visitor's state as the last request with the same cookie, language and GPC signal left it,
     * while what it was derived from holds: the same catalogue, policy version, last material
     * change and settings, and for at most a second (a choice's expiry is checked again then).
     * Every page view of a site asks; building the state each time showed in bench/page-overhead.
     * Only states of genuine cookies and of no cookie are kept, so forged values fill nothing.
     */
    private record Shared(VisitorState state, CookieCatalogue catalogue, int version, Instant lastChange, ConsentSettings settings,
            long at) {
    }

    private static final long SHARED_RECHECK_NANOS = 1_000_000_000L;
    private static final int MAX_SHARED = 10_000;
    private final Map<String, Shared> shared = new ConcurrentHashMap<>();

    private VisitorState shared(String cookie, String lang, boolean gpc) {
        CookieCatalogue catalogue = catalogues.current();
        int version = policyVersions.current(lang);
        Instant lastChange = policyVersions.lastMaterialChange();
        ConsentSettings settings = ConsentSettings.current();
        long now = System.nanoTime();
        String key = (cookie == null ? "" : cookie) + (gpc ? "|1|" : "|0|") + lang;
        Shared s = shared.get(key);
        if (s != null && s.catalogue() == catalogue && s.version() == version && s.lastChange().equals(lastChange)
                && s.settings() == settings && now - s.at() < SHARED_RECHECK_NANOS) {
            return s.state();
        }
        ConsentStatus status = consents.status(cookie);
        VisitorState state = new VisitorState(status, catalogue, lang, gpc, version, texts.of(lang, version, catalogue).hash());
        if (cookie == null || status.token().isPresent()) {
            if (shared.size() >= MAX_SHARED) {
                shared.clear();
            }
            shared.put(key, new Shared(state, catalogue, version, lastChange, settings, now));
        }
        return state;
    }

    /** Forgets the request's cached state (after a choice was recorded in it). */
    public void forget(HttpServletRequest request) {
        request.removeAttribute(STATE);
    }

    static String language(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null && ConsentLanguage.available(lang.toLowerCase(Locale.ROOT))) {
            return lang.toLowerCase(Locale.ROOT);
        }
        return ConsentLanguage.pick(request.getHeader("Accept-Language") == null ? List.of() : Collections.list(request.getLocales()));
    }

    static boolean gpc(HttpServletRequest request) {
        return "1".equals(request.getHeader("Sec-GPC"));
    }

    String cookie(HttpServletRequest request) {
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        String name = ConsentSettings.current().cookieName();
        for (jakarta.servlet.http.Cookie c : cookies) {
            if (name.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }

    /** Sets the signed consent cookie for a recorded choice. */
    public void writeCookie(HttpServletRequest request, HttpServletResponse response, ConsentToken token) {
        ConsentSettings settings = ConsentSettings.current();
        long seconds = Duration.between(token.givenAt(), token.givenAt().atOffset(ZoneOffset.UTC).plus(settings.maxAge()).toInstant())
                .getSeconds();
        response.addHeader("Set-Cookie", settings.cookieName() + "=" + consents.cookieValue(token) + "; Max-Age=" + seconds
                + "; Path=" + cookiePath(request) + domain(settings) + secure(request, settings) + "; HttpOnly; SameSite=Lax");
    }

    /**
     * Expires, in this response, the refused cookies the browser sent (Set-Cookie with Max-Age=0,
     * on the host and its parent domains, where a tracker usually sets them). The script repeats
     * this in the browser for cookies set by scripts after the page loaded.
     */
    public void expireRefused(HttpServletRequest request, HttpServletResponse response, VisitorState state) {
        jakarta.servlet.http.Cookie[] sent = request.getCookies();
        if (sent == null || response.isCommitted()) {
            return;
        }
        // every page view of a visitor who decided comes here: nothing is allocated unless a refused cookie came back
        List<String> names = null;
        for (jakarta.servlet.http.Cookie c : sent) {
            String name = c.getName();
            if (state.refusesCookie(name) && (names == null || !names.contains(name))) {
                if (names == null) {
                    names = new ArrayList<>(4);
                }
                names.add(name);
            }
        }
        if (names == null) {
            return;
        }
        List<String> domains = parentDomains(request.getServerName());
        for (String name : names) {
            response.addHeader("Set-Cookie", name + "=; Max-Age=0; Path=/");
            for (String domain : domains) {
                response.addHeader("Set-Cookie", name + "=; Max-Age=0; Path=/; Domain=" + domain);
            }
        }
    }

    static List<String> parentDomains(String host) {
        List<String> domains = new ArrayList<>();
        if (host == null || host.matches("[0-9.]+") || host.contains(":") || !host.contains(".")) {
            return domains;
        }
        String[] labels = host.split("\\.");
        for (int i = 0; i < labels.length - 1; i++) {
            domains.add(String.join(".", java.util.Arrays.copyOfRange(labels, i, labels.length)));
        }
        return domains;
    }

    /**
     * Whether a choice comes from this site's own pages. A forged consent is no consent: a page
     * of another site must not be able to post "accept all" for a visitor. Browsers name the
     * posting page's origin ({@code Origin}, {@code Sec-Fetch-Site}); a request naming none is
     * accepted only as JSON, which a cross-site form cannot send without a CORS preflight the
     * module never answers.
     */
    public boolean sameOrigin(HttpServletRequest request, boolean json) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if ("null".equals(origin)) {
            // A page whose Referrer-Policy is no-referrer (the request pages, so a token in their
            // address never leaks) posts with "Origin: null"; the browser's own Sec-Fetch-Site,
            // which no page can set, still says where the post comes from.
            return "same-origin".equals(site);
        }
        if (origin == null) {
            String referer = request.getHeader("Referer");
            if (referer == null) {
                return json || site != null;
            }
            origin = referer;
        }
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            return authority.equals(host(request.getHeader("Host"), uri.getScheme()))
                    || authority.equals(host(TrustedProxies.forwardedHost(request), uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String host(String header, String scheme) {
        if (header == null) {
            return null;
        }
        String host = header.strip().toLowerCase(Locale.ROOT);
        if ("http".equals(scheme) && host.endsWith(":80") || "https".equals(scheme) && host.endsWith(":443")) {
            host = host.substring(0, host.lastIndexOf(':'));
        }
        return host;
    }

    /**
     * A path as a query value ({@link URLEncoder}'s form): most pages' paths hold letters, digits
     * and slashes only, and need no more than their slashes encoded (the encoder's buffers showed
     * in bench/page-overhead).
     */
    static String queryValue(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '.'
                    || c == '-' || c == '_';
            if (!plain) {
                return URLEncoder.encode(path, StandardCharsets.UTF_8);
            }
        }
        return path.replace("/", "%2F");
    }

    /** A site-relative path to send the visitor back to; anything else goes to the site's root. */
    public static String safeReturn(HttpServletRequest request, String wanted) {
        String root = request.getContextPath() + "/";
        if (wanted == null || wanted.length() > 2000 || !wanted.startsWith("/") || wanted.startsWith("//")
                || wanted.contains("\\") || hasControl(wanted)) {
            return root;
        }
        return wanted;
    }

    /** A loop, not a stream: every page view checks the path it returns to, twice. */
    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < 0x20) {
                return true;
            }
        }
        return false;
    }

    /** The page being rendered, to come back to after a form submission. */
    public static String currentPath(HttpServletRequest request) {
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        Object forwardedQuery = request.getAttribute("jakarta.servlet.forward.query_string");
        String query = forwarded != null ? (String) forwardedQuery : request.getQueryString();
        return safeReturn(request, query == null ? uri : uri + "?" + query);
    }

    private static String cookiePath(HttpServletRequest request) {
        return request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    }

    private static String domain(ConsentSettings settings) {
        return settings.cookieDomain() == null ? "" : "; Domain=" + settings.cookieDomain();
    }

    private static String secure(HttpServletRequest request, ConsentSettings settings) {
        boolean secure = switch (settings.secure()) {
            case "always" -> true;
            case "never" -> false;
            default -> request.isSecure() || "https".equals(TrustedProxies.forwardedProto(request));
        };
        return secure ? "; Secure" : "";
    }
}

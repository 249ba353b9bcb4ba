package eu.gdprmodule.web.request;

import jakarta.servlet.http.HttpServletRequest;

/** The site's address as the visitor reached it, for links in letters (unless gdpr.requests.public-url says otherwise). */
public final class SiteAddress {

    private SiteAddress() {
    }

    public static String of(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        String path = request.getRequestURI();
        String origin = url.substring(0, url.length() - path.length());
        String proto = request.getHeader("X-Forwarded-Proto");
        if ("https".equalsIgnoreCase(proto) && origin.startsWith("http://")) {
            origin = "https://" + origin.substring("http://".length());
        }
        return origin + request.getContextPath();
    }
}

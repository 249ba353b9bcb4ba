package eu.gdprmodule.web.admin.host;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a host's link leads from a console page. The API has already refused anything but a path
 * from the application's root or an {@code http(s)} URL; a path gets the context path, so a host
 * writes {@code /staff/customers.xhtml} wherever it is deployed.
 */
final class HostLinks {

    private HostLinks() {
    }

    static String href(HttpServletRequest request, String target) {
        if (target == null) {
            return null;
        }
        return target.startsWith("/") ? request.getContextPath() + target : target;
    }

    /** Whether the link is the page being shown (the menu marks it). */
    static boolean isCurrent(HttpServletRequest request, String target) {
        if (target == null || !target.startsWith("/")) {
            return false;
        }
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        return request.getRequestURI().equals(request.getContextPath() + path);
    }
}

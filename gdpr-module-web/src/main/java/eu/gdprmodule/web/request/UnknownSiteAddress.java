package eu.gdprmodule.web.request;

/**
 * A letter's link would be built from a host name the site does not know as its own: refused
 * (400), so nobody can have the module mail a working token to a site of their choosing.
 */
public class UnknownSiteAddress extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnknownSiteAddress(String host) {
        super("This site's address for links in letters is not configured, and '" + host + "' is not one of its "
                + "own host names: the site's operator sets gdpr.requests.public-url (or lists the site's host names in "
                + "gdpr.site.allowed-hosts).");
    }
}

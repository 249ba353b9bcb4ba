package eu.gdprmodule.examples.shop.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in on this session, as the identity store said at sign-in: the caller name and the
 * groups. {@link ShopAuthentication} keeps it in the HTTP session, the one place that belongs to
 * this visitor alone, and hands both to the container on every request.
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

    SignedInCaller {
        groups = Set.copyOf(groups);
    }
}

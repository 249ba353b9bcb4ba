package eu.gdprmodule.examples.shop.customer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is signed in, for the current web request. The caller name is the customer's id, not the
 * e-mail: it never changes, and it puts no personal data in the container's logs.
 *
 * <p>Read from the servlet request rather than Jakarta Security's {@code SecurityContext}: on the
 * request that brings a visitor back to the page they wanted after signing in, Payara's
 * {@code SecurityContext} does not know the caller yet, while the request does.
 */
@RequestScoped
public class SignedInCustomer {

    /** The role every signed-in customer has; {@code /account/} requires it. */
    public static final String ROLE = "customer";

    @Inject
    HttpServletRequest request;

    /** The caller name the identity store gives a customer. */
    public static String callerName(long customerId) {
        return Long.toString(customerId);
    }

    /** The signed-in customer's id, if a customer is signed in. */
    public Optional<Long> id() {
        Principal caller = request.getUserPrincipal();
        if (caller == null || !request.isUserInRole(ROLE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(caller.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The signed-in customer's id; only for pages under {@code /account/}, which require one. */
    public long requireId() {
        return id().orElseThrow(() -> new IllegalStateException("no customer is signed in"));
    }
}

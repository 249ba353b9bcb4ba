package eu.gdprmodule.examples.shop.customer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is signed in, for the current request. The caller name is the customer's id, not the
 * e-mail: it never changes, and it puts no personal data in the container's logs.
 */
@RequestScoped
public class SignedInCustomer {

    /** The role every signed-in customer has; {@code /account/} requires it. */
    public static final String ROLE = "customer";

    @Inject
    SecurityContext security;

    /** The caller name the identity store gives a customer. */
    public static String callerName(long customerId) {
        return Long.toString(customerId);
    }

    /** The signed-in customer's id, if a customer is signed in. */
    public Optional<Long> id() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null || !security.isCallerInRole(ROLE)) {
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

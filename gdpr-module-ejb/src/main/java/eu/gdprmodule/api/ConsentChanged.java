package eu.gdprmodule.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A visitor's cookie choice, fired once its proof is committed (never for a choice that was not
 * stored). A host observes it to start or stop what a category covers on its side, or to keep
 * its own copy of a signed-in customer's choice:
 *
 * <pre>
 * void changed(&#64;Observes ConsentChanged change) {
 *     if (!change.granted().contains("analytics")) {
 *         analytics.forget(change.consentId());
 *     }
 * }
 * </pre>
 *
 * @param consentId     the visitor's consent id (the same across their later choices)
 * @param method        how it was given: {@code accept-all}, {@code reject-all}, {@code custom},
 *                      {@code closed}, {@code withdrawal} or {@code gpc}
 * @param granted       the categories allowed (essential ones included)
 * @param refused       the categories refused
 * @param services      the services allowed
 * @param policyVersion the cookie policy version in force when the visitor chose
 * @param givenAt       when
 * @param gpc           whether the browser sent a Global Privacy Control signal
 * @since 0.1
 */
public record ConsentChanged(String consentId, String method, Set<String> granted, Set<String> refused,
        Set<String> services, int policyVersion, Instant givenAt, boolean gpc) implements Serializable {

    public ConsentChanged {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(method, "method");
        granted = Set.copyOf(granted);
        refused = Set.copyOf(refused);
        services = Set.copyOf(services);
        Objects.requireNonNull(givenAt, "givenAt");
    }
}

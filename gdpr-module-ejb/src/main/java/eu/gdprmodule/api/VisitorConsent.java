package eu.gdprmodule.api;

import java.util.Optional;

/**
 * The current visitor's cookie choice, for server-side code that must not set a cookie or call a
 * tracker without consent (Art. 82 French Data Protection Act, Art. 5(3) ePrivacy Directive).
 * Injectable in any request; reading it costs no database query.
 *
 * <pre>
 * &#64;Inject VisitorConsent consent;
 *
 * if (consent.granted("analytics")) {
 *     response.addCookie(visitCounter());
 * }
 * </pre>
 *
 * <p>A visitor who has not chosen, whose choice expired or predates a material change of the
 * cookie policy, or whose cookie is not genuine, has granted nothing but the essential
 * categories. Outside an HTTP request nothing is granted.
 *
 * @since 0.1
 */
public interface VisitorConsent {

    /** Whether the visitor made a choice that still holds. */
    boolean decided();

    /** Whether the visitor allowed this category (always true for an essential one). */
    boolean granted(String category);

    /** Whether the visitor allowed this service (and so its category). */
    boolean grantedService(String service);

    /** The visitor's consent id, the reference to quote when they ask about their consent. */
    Optional<String> consentId();
}

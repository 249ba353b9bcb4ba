package eu.gdprmodule.consent;

import java.time.Instant;

/**
 * The cookie policy as consent needs it: the version a visitor consents under, and when it last
 * changed materially, which makes every earlier choice ask again (consent must stay informed, CNIL
 * guidelines of 17 September 2020, § 46). The policy package implements it
 * ({@code eu.gdprmodule.policy.CookiePolicyVersions}, from the published policies); consent owns the
 * question so that it does not depend on the policy package, which reads consent's cookie catalogue.
 */
public interface CookiePolicy {

    /** The version in force in this language (else in any), 0 when none is published. */
    int current(String language);

    /**
     * When the last material version (in any language) was published, or {@link Instant#EPOCH}.
     * Version 1 of a policy does not count: it is what the first choices were made under.
     */
    Instant lastMaterialChange();
}

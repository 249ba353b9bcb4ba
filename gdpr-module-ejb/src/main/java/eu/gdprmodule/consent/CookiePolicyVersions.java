package eu.gdprmodule.consent;

import eu.gdprmodule.policy.PolicyVersion;
import eu.gdprmodule.policy.PublishedPolicies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * The cookie policy's versions as consent needs them, from the published policies' cache (no
 * query per page view): the version a visitor consents under, and when the policy last changed
 * materially, which makes every earlier choice ask again (consent must stay informed, CNIL
 * guidelines of 17 September 2020, § 46).
 */
@ApplicationScoped
public class CookiePolicyVersions {

    @Inject
    PublishedPolicies policies;

    /** The version in force in this language (else in any), 0 when none is published. */
    public int current(String language) {
        String slug = ConsentSettings.current().policySlug();
        return policies.inForce(slug, language).map(PolicyVersion::getNumber)
                .or(() -> policies.versions(slug).orElse(List.of()).stream().findFirst().map(PolicyVersion::getNumber))
                .orElse(0);
    }

    /**
     * When the last material version (in any language) was published, or {@link Instant#EPOCH}.
     * Version 1 of a policy does not count: it is what the first choices were made under.
     */
    public Instant lastMaterialChange() {
        return policies.versions(ConsentSettings.current().policySlug()).orElse(List.of()).stream()
                .filter(v -> v.isMaterial() && v.getNumber() > 1).map(PolicyVersion::getPublishedAt)
                .max(Instant::compareTo).orElse(Instant.EPOCH);
    }
}

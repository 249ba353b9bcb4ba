package eu.gdprmodule.policy;

import eu.gdprmodule.config.Unproxied;
import eu.gdprmodule.consent.ConsentSettings;
import eu.gdprmodule.consent.CookiePolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cookie policy's versions as consent needs them, from the published policies' cache (no
 * query per page view): the version a visitor consents under, and when the policy last changed
 * materially, which makes every earlier choice ask again (consent must stay informed, CNIL
 * guidelines of 17 September 2020, § 46). Consent asks through {@link CookiePolicy}, which it owns,
 * so consent does not depend on the policy package (the policy package reads consent's catalogue).
 */
@ApplicationScoped
public class CookiePolicyVersions implements CookiePolicy {

    @Inject
    PublishedPolicies policies;

    /** Every page view with the banner asks: the bean itself, not its proxy (see {@link Unproxied}). */
    @PostConstruct
    void unproxy() {
        policies = Unproxied.of(PublishedPolicies.class, policies);
    }

    /**
     * What was derived from one copy of the published versions (the cache hands out the same list
     * until it reads again): every page view asks, and filtering the versions each time showed in
     * bench/page-overhead.
     */
    private record Derived(String slug, Optional<List<PolicyVersion>> versions, Instant lastMaterialChange,
            Map<String, Integer> current) {
    }

    private volatile Derived derived;

    private Derived derived() {
        String slug = ConsentSettings.current().policySlug();
        Optional<List<PolicyVersion>> versions = policies.versions(slug);
        Derived d = derived;
        if (d == null || d.versions() != versions || !d.slug().equals(slug)) {
            Instant last = versions.orElse(List.of()).stream()
                    .filter(v -> v.isMaterial() && v.getNumber() > 1).map(PolicyVersion::getPublishedAt)
                    .max(Instant::compareTo).orElse(Instant.EPOCH);
            d = new Derived(slug, versions, last, new ConcurrentHashMap<>());
            derived = d;
        }
        return d;
    }

    /** The version in force in this language (else in any), 0 when none is published. */
    @Override
    public int current(String language) {
        Derived d = derived();
        Integer known = d.current().get(language);
        if (known != null) {
            return known;
        }
        int version = policies.inForce(d.slug(), language).map(PolicyVersion::getNumber)
                .or(() -> d.versions().orElse(List.of()).stream().findFirst().map(PolicyVersion::getNumber))
                .orElse(0);
        if (d.current().size() < 100) { // languages asked for; any code can be
            d.current().put(language, version);
        }
        return version;
    }

    /**
     * When the last material version (in any language) was published, or {@link Instant#EPOCH}.
     * Version 1 of a policy does not count: it is what the first choices were made under.
     */
    @Override
    public Instant lastMaterialChange() {
        return derived().lastMaterialChange();
    }
}

package eu.gdprmodule.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What visitors read: the published versions of each policy, cached (every page view of a
 * site may ask). Published versions never change, so the cache only has to learn of new ones:
 * at once for publications on this server, within {@code gdpr.policy.refresh-seconds} for
 * another server's.
 */
@ApplicationScoped
public class PublishedPolicies {

    @Inject
    PolicyStore store;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Loaded> cache = new ConcurrentHashMap<>();
    private final Map<String, String> safeHtml = new ConcurrentHashMap<>();

    private record Loaded(Optional<List<PolicyVersion>> versions, Instant at) {
    }

    /** Every published version of a policy (newest first per language), or empty for an unknown policy. */
    public Optional<List<PolicyVersion>> versions(String slug) {
        Loaded loaded = slug == null ? null : cache.get(slug);
        if (loaded != null && !stale(loaded)) {
            return loaded.versions(); // only valid slugs are kept: every page view asks, without checking again
        }
        if (slug == null || !PolicyRules.SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        synchronized (this) {
            // one thread reads the database; the others waiting here then find its copy
            loaded = cache.get(slug);
            if (loaded == null || stale(loaded)) {
                Optional<List<PolicyVersion>> versions = store.policy(slug).map(p -> List.copyOf(store.versions(slug)));
                loaded = new Loaded(versions, clock.instant());
                cache.put(slug, loaded);
            }
        }
        return loaded.versions();
    }

    private boolean stale(Loaded loaded) {
        return loaded.at().plusSeconds(PolicySettings.current().refreshSeconds()).isBefore(clock.instant());
    }

    /** The published versions in one language, newest first. */
    public List<PolicyVersion> versions(String slug, String language) {
        return versions(slug).orElse(List.of()).stream().filter(v -> v.getLanguage().equals(language)).toList();
    }

    /** The version in force in one language. */
    public Optional<PolicyVersion> inForce(String slug, String language) {
        return versions(slug, language).stream().findFirst();
    }

    public Optional<PolicyVersion> version(String slug, String language, int number) {
        return versions(slug, language).stream().filter(v -> v.getNumber() == number).findFirst();
    }

    /**
     * The language to show: the first of the visitor's languages (in their order of preference)
     * the policy is published in, else the default language, else any published one.
     */
    public Optional<String> languageFor(String slug, List<Locale> preferred) {
        List<String> published = languages(slug);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        for (Locale locale : preferred) {
            if (published.contains(locale.getLanguage())) {
                return Optional.of(locale.getLanguage());
            }
        }
        String fallback = PolicySettings.current().defaultLanguage();
        return Optional.of(published.contains(fallback) ? fallback : published.get(0));
    }

    /** The languages a policy is published in, the configured order first. */
    public List<String> languages(String slug) {
        List<String> configured = PolicySettings.current().languages();
        List<String> published = new ArrayList<>(versions(slug).orElse(List.of()).stream()
                .map(PolicyVersion::getLanguage).distinct().toList());
        published.sort(Comparator.comparingInt((String l) -> configured.contains(l) ? configured.indexOf(l) : Integer.MAX_VALUE)
                .thenComparing(Comparator.naturalOrder()));
        return published;
    }

    /**
     * A version's HTML as visitors get it: sanitised at publication and again here, so a row
     * changed in the database behind the module's back still cannot put a script in front of a
     * visitor. Versions never change, so each is sanitised once, not on every page view.
     */
    public String html(PolicyVersion version) {
        return safeHtml.computeIfAbsent(version.getSlug() + "/" + version.getLanguage() + "/" + version.getNumber(),
                id -> PolicyHtml.sanitise(version.getHtml()));
    }

    /** Forgets everything: called after a publication on this server commits. */
    public void invalidate() {
        cache.clear();
        safeHtml.clear();
    }
}

package eu.gdprmodule.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * The cookie catalogue in force, cached: every page with the banner reads it, and a visitor
 * who has already chosen must cost no database query. Edits on this server are seen at once,
 * another server's within {@code gdpr.consent.refresh-seconds}.
 */
@ApplicationScoped
public class CookieCatalogues {

    @Inject
    CatalogueStore store;

    private final Clock clock = Clock.systemUTC();
    private volatile Loaded loaded;

    private record Loaded(StoredCatalogue catalogue, Instant at) {
    }

    /** The catalogue in force (empty until one is saved or imported). */
    public CookieCatalogue current() {
        return stored().catalogue();
    }

    /** The catalogue with its revision, for editors. */
    public StoredCatalogue stored() {
        Loaded now = loaded;
        if (now == null || stale(now)) {
            synchronized (this) {
                // one thread reads the database; the others waiting here then find its copy
                now = loaded;
                if (now == null || stale(now)) {
                    now = new Loaded(store.load(), clock.instant());
                    loaded = now;
                }
            }
        }
        return now.catalogue();
    }

    private boolean stale(Loaded copy) {
        return copy.at().plusSeconds(ConsentSettings.current().refreshSeconds()).isBefore(clock.instant());
    }

    /** Forgets the cached copy: called after a save on this server commits. */
    public void invalidate() {
        loaded = null;
    }
}

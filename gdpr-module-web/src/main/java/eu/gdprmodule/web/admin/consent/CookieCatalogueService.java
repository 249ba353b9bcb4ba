package eu.gdprmodule.web.admin.consent;

import eu.gdprmodule.consent.CatalogueConflict;
import eu.gdprmodule.consent.CatalogueStore;
import eu.gdprmodule.consent.CookieCatalogue;
import eu.gdprmodule.consent.CookieCatalogueFile;
import eu.gdprmodule.consent.InvalidCookieCatalogue;
import eu.gdprmodule.consent.StoredCatalogue;
import eu.gdprmodule.web.admin.AdministratorsOnly;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The console's entry to the cookie catalogue, for its editor and its API alike: both console
 * roles read, only administrators save. Reads go to the database rather than to the cache the
 * banner reads, so an editor always starts from the committed revision, and a save names that
 * revision so two editors never overwrite each other unseen.
 */
@ApplicationScoped
public class CookieCatalogueService {

    @Inject
    CatalogueStore store;

    /** The catalogue as committed now, with its revision and last editor. */
    public StoredCatalogue load() {
        return store.load();
    }

    /**
     * Checks and saves a whole catalogue.
     *
     * @param baseRevision the revision the editor started from
     * @throws InvalidCookieCatalogue with every problem, each with its path; nothing is saved
     * @throws CatalogueConflict      when someone saved since {@code baseRevision}
     */
    @AdministratorsOnly
    public StoredCatalogue save(CookieCatalogue catalogue, int baseRevision) {
        CookieCatalogueFile.check(catalogue);
        try {
            return store.save(catalogue, baseRevision);
        } catch (EJBException e) {
            throw unwrapped(e);
        }
    }

    /** Reads a catalogue file and saves it, as {@link #save} does. */
    @AdministratorsOnly
    public StoredCatalogue saveFile(String json, int baseRevision) {
        return save(CookieCatalogueFile.read(json), baseRevision);
    }

    /**
     * The store's refusal itself: a conflict is not declared an application exception, so the
     * container hands it over wrapped (and has rolled the transaction back, which is what we want).
     */
    static RuntimeException unwrapped(EJBException wrapper) {
        for (Throwable cause = wrapper; cause != null; cause = cause.getCause()) {
            if (cause instanceof CatalogueConflict || cause instanceof InvalidCookieCatalogue) {
                return (RuntimeException) cause;
            }
        }
        return wrapper;
    }
}

package eu.gdprmodule.consent;

import eu.gdprmodule.api.AuditedChange;
import eu.gdprmodule.audit.AuditChain;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Saves the cookie catalogue as a whole, audited, refusing a save based on an older revision
 * than the one stored (two editors must not overwrite each other).
 */
@Stateless
public class CatalogueStore {

    static final String AUDIT_TYPE = "cookie-catalogue";

    @PersistenceContext(unitName = "gdpr")
    private EntityManager em;

    @EJB
    private AuditChain audit;

    @Inject
    Event<CatalogueSaved> saved;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public StoredCatalogue load() {
        CatalogueRow row = em.find(CatalogueRow.class, CatalogueRow.ID);
        return row == null ? StoredCatalogue.NONE : stored(row);
    }

    /**
     * Replaces the catalogue.
     *
     * @param catalogue    the new catalogue (already read by {@link CookieCatalogueFile}, so valid)
     * @param baseRevision the revision the editor started from
     * @throws CatalogueConflict when someone saved since
     */
    public StoredCatalogue save(CookieCatalogue catalogue, int baseRevision) {
        String document = CookieCatalogueFile.write(catalogue);
        CatalogueRow row = em.find(CatalogueRow.class, CatalogueRow.ID, LockModeType.PESSIMISTIC_WRITE);
        String actor = AuditChain.actorOf(session);
        if (row == null) {
            if (baseRevision != 0) {
                throw new CatalogueConflict(StoredCatalogue.NONE);
            }
            row = new CatalogueRow(document, clock.instant(), actor);
            em.persist(row);
            audit.record(AuditedChange.of(AUDIT_TYPE, "catalogue", "created").to(summary(catalogue, 1)));
        } else {
            if (row.getRevision() != baseRevision) {
                throw new CatalogueConflict(stored(row));
            }
            if (row.getDocument().equals(document)) {
                return stored(row);
            }
            String before = summary(CookieCatalogueFile.read(row.getDocument()), row.getRevision());
            row.replace(document, clock.instant(), actor);
            audit.record(AuditedChange.of(AUDIT_TYPE, "catalogue", "saved").from(before).to(summary(catalogue, row.getRevision())));
        }
        em.flush();
        saved.fire(new CatalogueSaved(row.getRevision()));
        return stored(row);
    }

    /** Imports the shipped catalogue when none was ever saved; false when one exists. */
    public boolean importInitial(CookieCatalogue catalogue) {
        if (em.find(CatalogueRow.class, CatalogueRow.ID, LockModeType.PESSIMISTIC_WRITE) != null) {
            return false;
        }
        save(catalogue, 0);
        return true;
    }

    /**
     * What the audit log keeps of a catalogue: its revision and each category's services and
     * cookie names (the whole document, with its texts in every language, is too long for an
     * audit entry; each revision's document is the catalogue row itself).
     */
    static String summary(CookieCatalogue catalogue, int revision) {
        StringBuilder out = new StringBuilder("revision ").append(revision);
        for (CookieCatalogue.Category category : catalogue.categories()) {
            out.append("; ").append(category.key()).append(category.essential() ? " (essential)" : "").append(": ");
            out.append(String.join(", ", category.services().stream().map(s -> s.key() + " ["
                    + String.join(" ", s.cookies().stream().map(CookieCatalogue.Cookie::name).toList()) + "]").toList()));
        }
        String text = out.toString();
        return text.length() > 3900 ? text.substring(0, 3899) + "…" : text;
    }

    private static StoredCatalogue stored(CatalogueRow row) {
        return new StoredCatalogue(CookieCatalogueFile.read(row.getDocument()), row.getRevision(), row.getSavedAt(), row.getSavedBy());
    }

}

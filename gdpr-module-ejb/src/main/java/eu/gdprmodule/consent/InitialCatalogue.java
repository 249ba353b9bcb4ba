package eu.gdprmodule.consent;

import eu.gdprmodule.persistence.SchemaMigration;
import eu.gdprmodule.register.InitialRegister;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports the cookie catalogue an application ships ({@code gdpr.consent.initial-catalogue}) at
 * its first start, so the banner lists the site's cookies from the first page view. Before the
 * shipped policies are published, since the cookie policy's table is written from it. Once a
 * catalogue was saved, the file is not read again: the console's edits win.
 */
@Singleton
@Startup
public class InitialCatalogue {

    static final String KEY = "gdpr.consent.initial-catalogue";
    private static final Logger LOG = Logger.getLogger(InitialCatalogue.class.getName());

    @EJB
    private SchemaMigration migration;

    @EJB
    private CatalogueStore store;

    private volatile List<String> problems = List.of();
    private volatile boolean done;

    @PostConstruct
    void start() {
        importIfPending();
    }

    /** Imports the file unless that was tried; called again by the readiness check after an outage at start. */
    public void importIfPending() {
        if (done || !migration.state().complete()) {
            return;
        }
        done = true;
        String location = ConsentSettings.current().initialCatalogue();
        if (location == null) {
            return;
        }
        try {
            if (store.importInitial(CookieCatalogueFile.read(InitialRegister.read(location)))) {
                LOG.info(() -> "Imported the cookie catalogue " + location);
            }
        } catch (InvalidCookieCatalogue e) {
            problems = e.problems().stream().map(p -> KEY + " (" + location + ") was not imported: " + p.path() + ": " + p.message()).toList();
        } catch (IOException e) {
            problems = List.of(KEY + " (" + location + ") cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Importing " + location, e);
            problems = List.of(KEY + " (" + location + ") was not imported: " + e);
        }
        problems.forEach(LOG::severe);
    }

    /** Why the shipped catalogue was not imported; empty when it was, or none is configured. */
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> problems() {
        return problems;
    }
}

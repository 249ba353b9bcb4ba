package eu.gdprmodule.register;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.logging.Logger;

/** The start-up import in its own transaction, done once per database even when several servers start together. */
@Stateless
public class InitialRegisterImport {

    private static final Logger LOG = Logger.getLogger(InitialRegisterImport.class.getName());

    @EJB
    private RegisterStore store;

    /** Imports the document unless an earlier start did, or the register was already edited. */
    public void importOnce(String file, RegisterDocument document) {
        // The state row lock makes a second server starting at the same moment wait here, then skip.
        if (store.initialImportLocked().isPresent()) {
            return;
        }
        if (!store.snapshot().isEmpty()) {
            LOG.info(() -> InitialRegister.FILE_KEY + " (" + file + ") not imported: the register already has entries.");
        } else {
            RegisterStore.ImportOutcome outcome = store.importDocument(document, file);
            LOG.info(() -> "Register imported from " + file + ": " + outcome);
        }
        store.markInitialImport(file);
    }
}

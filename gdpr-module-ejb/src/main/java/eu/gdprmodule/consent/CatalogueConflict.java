package eu.gdprmodule.consent;

import jakarta.ejb.ApplicationException;

/** Someone saved the catalogue since the editor loaded it: saving would silently undo their work. */
@ApplicationException(rollback = true) // a 409 for the caller, not a container failure to log with its stack
public class CatalogueConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient StoredCatalogue current;

    public CatalogueConflict(StoredCatalogue current) {
        super("The cookie catalogue was saved by " + current.savedBy() + " (revision " + current.revision()
                + ") since you loaded it. Reload it and make your change again.");
        this.current = current;
    }

    public StoredCatalogue current() {
        return current;
    }
}

package eu.gdprmodule.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** After a committed catalogue save, this server shows the new catalogue at once. */
@ApplicationScoped
public class CatalogueRelay {

    @Inject
    CookieCatalogues catalogues;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueSaved saved) {
        catalogues.invalidate();
    }
}

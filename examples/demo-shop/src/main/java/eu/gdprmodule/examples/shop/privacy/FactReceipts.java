package eu.gdprmodule.examples.shop.privacy;

import eu.gdprmodule.api.ProcessingFactRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Logger;

/**
 * Logs the module's receipt for each fact the shop reports, so an operator can match the shop's
 * own log with the module's records. Observed after commit: a receipt is only ever logged for a
 * fact that is durable.
 */
@ApplicationScoped
public class FactReceipts {

    private static final Logger LOG = Logger.getLogger(FactReceipts.class.getName());

    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProcessingFactRecorded receipt) {
        LOG.fine(() -> "GDPR module recorded fact " + receipt.factId() + ": " + receipt.fact());
    }
}

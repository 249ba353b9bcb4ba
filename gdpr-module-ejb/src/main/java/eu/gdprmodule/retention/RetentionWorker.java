package eu.gdprmodule.retention;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Carries a run started by hand on a thread of its own, so the console answers at once. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionWorker {

    @Inject
    RetentionEngine engine;

    @Inject
    RetentionLease lease;

    /** Runs it to its end and releases the lease {@link RetentionEngine#start} took. */
    @Asynchronous
    public void carryOn(RetentionRun run) {
        try {
            engine.execute(run, RetentionSettings.current());
        } finally {
            lease.release();
        }
    }
}

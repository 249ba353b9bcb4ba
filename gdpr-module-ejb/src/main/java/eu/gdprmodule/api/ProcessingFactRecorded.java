package eu.gdprmodule.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * The module's receipt for a {@link ProcessingFact}: fired once the fact is stored, with the id
 * under which the module keeps it. Observe it after the transaction commits, so a receipt is
 * only ever seen for a fact that is durable:
 *
 * <pre>
 * void onRecorded(&#64;Observes(during = TransactionPhase.AFTER_SUCCESS) ProcessingFactRecorded r) {
 *     log.fine(() -&gt; "GDPR fact " + r.factId() + " recorded for " + r.fact().subject());
 * }
 * </pre>
 *
 * <p>Only the module creates it.
 *
 * @since 0.1
 */
public final class ProcessingFactRecorded implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long factId;
    private final ProcessingFact fact;

    /** For the module only; hosts observe this event, they never fire it. */
    public ProcessingFactRecorded(long factId, ProcessingFact fact) {
        this.factId = factId;
        this.fact = Objects.requireNonNull(fact, "fact");
    }

    public long factId() {
        return factId;
    }

    public ProcessingFact fact() {
        return fact;
    }

    @Override
    public String toString() {
        return "ProcessingFactRecorded[" + factId + ", " + fact + "]";
    }
}

package eu.gdprmodule.retention;

import java.time.Instant;

/** Another run holds the lease (on this server or another of the cluster): one run at a time. */
@jakarta.ejb.ApplicationException(rollback = true) // a refusal for the caller, not a container failure
public class RetentionBusy extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String holder;
    private final Instant until;

    public RetentionBusy(String holder, Instant until) {
        super("A retention run is in progress on " + holder + " (its lease runs until " + until
                + "); try again once it has ended, its progress is in the run log.");
        this.holder = holder;
        this.until = until;
    }

    public String holder() {
        return holder;
    }

    public Instant until() {
        return until;
    }
}

package eu.gdprmodule.policy;

import jakarta.ejb.ApplicationException;

/** The draft was saved by someone else since the editor loaded it; nothing was changed. */
@ApplicationException(rollback = true)
public class PolicyConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String changedBy;

    public PolicyConflict(String message, String changedBy) {
        super(message);
        this.changedBy = changedBy;
    }

    /** Who saved the draft last. */
    public String changedBy() {
        return changedBy;
    }
}

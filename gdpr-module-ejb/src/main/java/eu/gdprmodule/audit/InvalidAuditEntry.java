package eu.gdprmodule.audit;

import jakarta.ejb.ApplicationException;

/**
 * An audit entry refused (a required field blank, a field too long). It rolls back the caller's
 * transaction: a change that cannot be audited must not be stored unaudited.
 */
@ApplicationException(rollback = true)
public class InvalidAuditEntry extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidAuditEntry(String message) {
        super(message);
    }
}

package eu.gdprmodule.audit;

/** The audit log could not be read: the database did not answer or refused the query. */
public class AuditLogUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AuditLogUnavailable(Throwable cause) {
        super("The audit log could not be read from the database: " + cause.getMessage(), cause);
    }
}

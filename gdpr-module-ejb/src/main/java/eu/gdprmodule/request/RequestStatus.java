package eu.gdprmodule.request;

/** Where a request stands. */
public enum RequestStatus {
    /** Received from the public form; the person has not yet followed the e-mail link. */
    UNVERIFIED,
    /** Identity checked (by link, by an administrator, or filed by the host): work to do. */
    OPEN,
    /** Answered. */
    COMPLETED,
    /** Refused with a reason (Art. 12(5): manifestly unfounded or excessive; or identity not proven). */
    REFUSED;

    public boolean closed() {
        return this == COMPLETED || this == REFUSED;
    }
}

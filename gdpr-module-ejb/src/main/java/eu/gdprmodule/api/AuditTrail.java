package eu.gdprmodule.api;

/**
 * The module's audit log, open to host code: a host records its own changes to personal data
 * next to the module's, in the same hash-chained log a DPO shows an authority (accountability,
 * Art. 5(2) GDPR).
 *
 * <pre>
 * &#64;Inject AuditTrail audit;
 *
 * void changeEmail(Customer customer, String email) {
 *     String before = customer.getEmail();
 *     customer.setEmail(email);
 *     audit.record(AuditedChange.of("customer", customer.getId().toString(), "email-changed")
 *             .from("email=" + before).to("email=" + email));
 * }
 * </pre>
 *
 * <p>The entry joins the caller's transaction: it is stored if and only if the caller's change
 * commits. Entries cannot be changed or removed through the module; each entry's hash covers the
 * previous entry's hash, so a change made directly in the database is found by the console's
 * "verify chain" action. Unless the change names its actor, the actor is the signed-in caller, or
 * {@code system} when nobody is signed in.
 *
 * @since 0.1
 */
public interface AuditTrail {

    /**
     * Appends one entry.
     *
     * @return the entry's sequence number in the log
     * @throws IllegalArgumentException when a required field is blank or a field is too long; the
     *         caller's transaction is then rolled back, so the change is not stored unaudited
     */
    long record(AuditedChange change);
}

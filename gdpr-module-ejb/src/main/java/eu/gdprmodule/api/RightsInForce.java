package eu.gdprmodule.api;

/**
 * What host code must honour before it processes a person's data: a restriction (Art. 18), an
 * objection (Art. 21) and the direct-marketing suppression list (Art. 21(3): an objection to
 * direct marketing is absolute and permanent). Answers come from the database, so every server
 * of a cluster gives the same one.
 *
 * <pre>
 * &#64;Inject RightsInForce rights;
 *
 * void sendNewsletter(String email) {
 *     if (rights.isSuppressed(email) || rights.isRestricted(email, "newsletter")) {
 *         return;
 *     }
 *     ...
 * }
 * </pre>
 *
 * @since 0.1
 */
public interface RightsInForce {

    /** The purpose name under which objections to direct marketing are filed. */
    String DIRECT_MARKETING = "direct-marketing";

    /**
     * Whether processing of this person's data for this purpose is restricted now: a restriction
     * for that purpose or for all purposes is in force.
     */
    boolean isRestricted(String email, String purpose);

    /** Whether the person objected to processing for this purpose (or to direct marketing, for any marketing purpose). */
    boolean hasObjected(String email, String purpose);

    /** Whether the person must never receive direct marketing again. */
    boolean isSuppressed(String email);
}

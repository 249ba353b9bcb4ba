package eu.gdprmodule.api;

import java.util.List;
import java.util.Optional;

/**
 * The record of processing activities (Art. 30 GDPR) as it stands, read-only, for host code:
 *
 * <pre>
 * &#64;Inject Register register;
 *
 * Period kept = register.activity("prospects").map(ProcessingActivity::retention)
 *         .map(RetentionRule::total).orElseThrow();
 * </pre>
 *
 * <p>Each call sees the register as last committed (changes on another server of a cluster
 * within a few seconds). To react to changes, observe {@link RegisterChanged}.
 *
 * @since 0.1
 */
public interface Register {

    /** The controller the register belongs to (Art. 30(1)(a)). */
    ControllerIdentity controller();

    /** Every processing activity, by name. */
    List<ProcessingActivity> activities();

    /** The activity with this key. */
    Optional<ProcessingActivity> activity(String key);

    /** Every recipient, by name. */
    List<Recipient> recipients();

    /** The recipient with this key. */
    Optional<Recipient> recipient(String key);

    /** The recipients of one activity, in the activity's order. */
    List<Recipient> recipientsOf(ProcessingActivity activity);

    /** The technical and organisational security measures that apply to every activity (Art. 32). */
    List<String> securityMeasures();

    /** A number that grows with every committed change, to tell whether something changed. */
    long revision();
}

package eu.gdprmodule.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A fact about a data subject that a host fires so the module can run the retention periods it
 * publishes (Art. 5(1)(e) GDPR, storage limitation): personal data was collected, the person
 * contacted the controller, a contract started or ended, or a host-specific event happened.
 *
 * <p>Fire it with the standard CDI {@code Event}; the module records it durably. When the host
 * fires it inside its own transaction, the record joins that transaction, so the fact is kept
 * exactly when the host's own change is.
 *
 * <pre>
 * &#64;Inject Event&lt;ProcessingFact&gt; facts;
 *
 * void signUp(Customer c) {
 *     em.persist(c);
 *     facts.fire(ProcessingFact.dataCollected("customer:" + c.getId(), "customer-account"));
 * }
 * </pre>
 *
 * <p>It does not carry the personal data itself: only the host's stable reference to the person.
 *
 * @since 0.1
 */
public final class ProcessingFact implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest subject reference or activity key the module stores. */
    public static final int MAX_KEY_LENGTH = 255;

    /** What happened; each kind can start or restart a retention period. */
    public enum Kind {
        /** Personal data was collected (the default start of a retention period). */
        DATA_COLLECTED,
        /** The person initiated a contact (prospects: "3 years from the last contact"). */
        CONTACT_BY_SUBJECT,
        /** A contract with the person started. */
        CONTRACT_STARTED,
        /** A contract with the person ended (clients: "5 years after the relationship"). */
        CONTRACT_ENDED,
        /** A host-specific event, named by {@link ProcessingFact#hostEvent()}. */
        HOST_EVENT
    }

    private final String subject;
    private final String activity;
    private final Kind kind;
    private final String hostEvent;
    private final Instant occurredAt;

    private ProcessingFact(String subject, String activity, Kind kind, String hostEvent, Instant occurredAt) {
        this.subject = requireKey(subject, "subject");
        this.activity = requireKey(activity, "activity");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.hostEvent = kind == Kind.HOST_EVENT ? requireKey(hostEvent, "hostEvent") : null;
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** Personal data about {@code subject} was collected for the processing {@code activity}. */
    public static ProcessingFact dataCollected(String subject, String activity) {
        return new ProcessingFact(subject, activity, Kind.DATA_COLLECTED, null, Instant.now());
    }

    /** The person contacted the controller (a quote request, a message). */
    public static ProcessingFact contactBySubject(String subject, String activity) {
        return new ProcessingFact(subject, activity, Kind.CONTACT_BY_SUBJECT, null, Instant.now());
    }

    /** A contract with the person started. */
    public static ProcessingFact contractStarted(String subject, String activity) {
        return new ProcessingFact(subject, activity, Kind.CONTRACT_STARTED, null, Instant.now());
    }

    /** A contract with the person ended. */
    public static ProcessingFact contractEnded(String subject, String activity) {
        return new ProcessingFact(subject, activity, Kind.CONTRACT_ENDED, null, Instant.now());
    }

    /** A host-specific event, for rules whose period starts at something only the host knows. */
    public static ProcessingFact hostEvent(String subject, String activity, String eventName) {
        return new ProcessingFact(subject, activity, Kind.HOST_EVENT, eventName, Instant.now());
    }

    /** The same fact, dated when it really happened (for facts reported late or imported). */
    public ProcessingFact occurredAt(Instant when) {
        return new ProcessingFact(subject, activity, kind, hostEvent, when);
    }

    /** The host's stable, non-secret reference to the person, such as {@code customer:42}. */
    public String subject() {
        return subject;
    }

    /** The key of the processing activity in the register, such as {@code customer-account}. */
    public String activity() {
        return activity;
    }

    public Kind kind() {
        return kind;
    }

    /** The event name for {@link Kind#HOST_EVENT}, otherwise {@code null}. */
    public String hostEvent() {
        return hostEvent;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    private static String requireKey(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_KEY_LENGTH + " characters");
        }
        return value.strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessingFact f && subject.equals(f.subject) && activity.equals(f.activity)
                && kind == f.kind && Objects.equals(hostEvent, f.hostEvent) && occurredAt.equals(f.occurredAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, activity, kind, hostEvent, occurredAt);
    }

    @Override
    public String toString() {
        return "ProcessingFact[" + kind + (hostEvent == null ? "" : " " + hostEvent) + ", activity=" + activity
                + ", at=" + occurredAt + "]";
    }
}

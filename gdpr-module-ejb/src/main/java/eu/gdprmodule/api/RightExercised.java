package eu.gdprmodule.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A right the host must act on, fired after the module committed it. Observe it with a
 * {@code switch} on {@link #right()}:
 *
 * <ul>
 * <li>{@code RECTIFICATION}, once the person's identity is checked: {@link #details()} says what
 *     they want changed; the host corrects its records, and an administrator records the outcome
 *     in the console.</li>
 * <li>{@code RESTRICTION} when an administrator sets a restriction ({@link #inForce()} true) and
 *     when it is lifted (false): the host stops using the data for {@link #purpose()} (all
 *     purposes when {@code null}) but keeps it (Art. 18).</li>
 * <li>{@code OBJECTION} when an objection is upheld: the host stops processing for
 *     {@link #purpose()}; for direct marketing the person is also on the suppression list for good
 *     (Art. 21(3)).</li>
 * <li>{@code CONSENT_WITHDRAWAL}: the host's own consent named by {@link #purpose()} (a
 *     newsletter, say) is withdrawn (Art. 7(3)); the module keeps the proof.</li>
 * </ul>
 *
 * <pre>
 * void act(&#64;Observes RightExercised exercised) {
 *     if (exercised.right() == DataSubjectRight.CONSENT_WITHDRAWAL
 *             &amp;&amp; "newsletter".equals(exercised.purpose())) {
 *         newsletter.unsubscribe(exercised.subject().email());
 *     }
 * }
 * </pre>
 *
 * <p>Access, portability and erasure come as {@link PersonalDataExport} and
 * {@link PersonalDataErasure}; {@link RightsInForce} answers whether a restriction, an objection
 * or a suppression applies now.
 *
 * @param right            the right
 * @param subject          the person
 * @param purpose          the purpose or host consent concerned, or {@code null} for all
 * @param details          the person's words (what to rectify), possibly empty
 * @param inForce          false only when a restriction is lifted
 * @param requestReference the request's reference
 * @param at               when it took effect
 * @since 0.1
 */
public record RightExercised(DataSubjectRight right, DataSubject subject, String purpose, String details, boolean inForce,
        String requestReference, Instant at) implements Serializable {

    public RightExercised {
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(subject, "subject");
        details = details == null ? "" : details;
        Objects.requireNonNull(requestReference, "requestReference");
        Objects.requireNonNull(at, "at");
    }
}

package eu.gdprmodule.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Asks the host to erase a person's data (Art. 17 GDPR). Each observer erases or irreversibly
 * anonymises what it holds and reports, per kind of data, what it did, including what it must
 * keep, why and until when (Art. 17(3): invoices kept ten years for the tax authority, say).
 *
 * <pre>
 * void erase(&#64;Observes PersonalDataErasure erasure) {
 *     customers.findByEmail(erasure.subject().email()).ifPresent(customer -&gt; {
 *         int invoices = invoices.countOf(customer);
 *         if (!erasure.preview()) {
 *             invoices.detach(customer);
 *             customers.delete(customer);
 *         }
 *         erasure.erased("account", 1);
 *         erasure.kept("invoices", invoices, "French Commercial Code, art. L123-22: ten years",
 *                 LocalDate.now().plusYears(10));
 *     });
 * }
 * </pre>
 *
 * <p>With {@link #preview()} true, nothing may change: the observer only reports what it would
 * do, so an administrator sees the outcome before running it. The module calls each observer on
 * its own: one that throws is reported as failed, and what the others did stands. An erasure is
 * run again until every observer succeeds, so an observer must be safe to call twice (the second
 * call finds nothing left and reports zero).
 *
 * @since 0.1
 */
public final class PersonalDataErasure {

    /** What happened to one kind of data. */
    public enum Outcome {
        ERASED, ANONYMISED, KEPT
    }

    /**
     * One line of the report.
     *
     * @param kind    the kind of data, e.g. {@code orders}
     * @param outcome what happened to it
     * @param count   how many records
     * @param reason  for {@code KEPT}: the legal reason (Art. 17(3)); else {@code null}
     * @param until   for {@code KEPT}: until when, or {@code null} when open-ended
     */
    public record Line(String kind, Outcome outcome, long count, String reason, LocalDate until) {
    }

    private final DataSubject subject;
    private final String requestReference;
    private final boolean preview;
    private final List<Line> lines = new ArrayList<>();

    /** Made by the module; public only so tests of host observers can make one. */
    public PersonalDataErasure(DataSubject subject, String requestReference, boolean preview) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.requestReference = Objects.requireNonNull(requestReference, "requestReference");
        this.preview = preview;
    }

    public DataSubject subject() {
        return subject;
    }

    public String requestReference() {
        return requestReference;
    }

    /** True when the observer must change nothing and only report what it would do. */
    public boolean preview() {
        return preview;
    }

    public PersonalDataErasure erased(String kind, long count) {
        lines.add(new Line(requireKind(kind), Outcome.ERASED, count, null, null));
        return this;
    }

    public PersonalDataErasure anonymised(String kind, long count) {
        lines.add(new Line(requireKind(kind), Outcome.ANONYMISED, count, null, null));
        return this;
    }

    /**
     * @param reason the legal ground for keeping it; required, a person is owed it (Art. 12(4))
     * @param until  until when, or {@code null}
     */
    public PersonalDataErasure kept(String kind, long count, String reason, LocalDate until) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Data kept after an erasure request needs its legal reason: " + kind);
        }
        lines.add(new Line(requireKind(kind), Outcome.KEPT, count, reason, until));
        return this;
    }

    public List<Line> lines() {
        return Collections.unmodifiableList(lines);
    }

    private static String requireKind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("A kind of data is required");
        }
        return kind;
    }
}

package eu.gdprmodule.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells the host that a retention period of the register ended (Art. 5(1)(e) GDPR, storage
 * limitation): the host archives, deletes or irreversibly anonymises its data, and reports what it
 * did, per kind of data, including what it keeps and why. The module's retention run fires it;
 * hosts observe it and never fire it.
 *
 * <p>It comes in two forms, both for one register activity and one {@link Stage}:
 * <ul>
 * <li><b>per person</b> ({@link #subject()} present): the clock the host started for this person
 * with a {@link ProcessingFact} ("three years from the last contact") ran out;</li>
 * <li><b>per rule</b> ({@link #subject()} empty), once per run: everything whose own date is before
 * {@link #dueBefore()} is due, for data that carries its own date (an invoice's issue date).</li>
 * </ul>
 *
 * <pre>
 * void purge(&#64;Observes RetentionDue due) {
 *     if (!due.activity().equals("prospects") || due.subject().isEmpty()) {
 *         return;
 *     }
 *     long id = Long.parseLong(due.subject().get().substring("prospect:".length()));
 *     due.deleted("quote-requests", quotes.deleteOf(id));
 *     due.deleted("prospect", prospects.delete(id));
 * }
 *
 * void invoices(&#64;Observes RetentionDue due) {
 *     if (due.activity().equals("billing") &amp;&amp; due.subject().isEmpty()) {
 *         due.deleted("invoices", invoices.deleteIssuedBefore(due.dueBefore()));
 *     }
 * }
 * </pre>
 *
 * <p>The module calls each observer on its own, in a transaction of its own: one that throws is
 * named in the run log and retried at the next run, and what the others did stands. A person's
 * clock moves on (to the archive stage, or is closed) only once every observer succeeded. A run
 * that was interrupted (a crash) is resumed, so an observer must be safe to call twice: the second
 * call finds nothing left and reports nothing. It does not carry personal data: only the host's
 * own reference to the person.
 *
 * @since 0.1
 */
public final class RetentionDue {

    /** Which end of a period was reached. */
    public enum Stage {
        /**
         * The active period ended and the rule has an archive stage: move the data to restricted
         * access (the intermediate archive the CNIL describes), kept only for the archive's purpose.
         */
        ARCHIVE,
        /** The whole period ended: delete, or anonymise irreversibly, as {@link #endAction()} says. */
        END
    }

    /** What happened to one kind of data. */
    public enum Outcome {
        DELETED, ANONYMISED, ARCHIVED, KEPT
    }

    /**
     * One line of the host's report.
     *
     * @param kind    the kind of data, e.g. {@code invoices}
     * @param outcome what happened to it
     * @param count   how many records
     * @param reason  for {@code KEPT}: why (a legal obligation, a dispute); else {@code null}
     */
    public record Line(String kind, Outcome outcome, long count, String reason) {
    }

    private final String activity;
    private final RetentionRule rule;
    private final Stage stage;
    private final String subject;
    private final Instant clockStartedAt;
    private final Instant dueBefore;
    private final Instant asOf;
    private final List<Line> lines = new ArrayList<>();

    /**
     * Made by the module; public only so tests of host observers can make one.
     *
     * @param activity       the register activity's key
     * @param rule           its retention rule
     * @param stage          the stage reached
     * @param subject        the person, or {@code null} for the per-rule form
     * @param clockStartedAt when the person's clock started, or {@code null} for the per-rule form
     * @param dueBefore      data whose period started before this instant is due for {@code stage}
     * @param asOf           the instant the periods are counted to (the module's clock at the run)
     */
    public RetentionDue(String activity, RetentionRule rule, Stage stage, String subject, Instant clockStartedAt,
            Instant dueBefore, Instant asOf) {
        this.activity = Objects.requireNonNull(activity, "activity");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.subject = subject;
        this.clockStartedAt = clockStartedAt;
        this.dueBefore = Objects.requireNonNull(dueBefore, "dueBefore");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /** The register activity whose period ended, such as {@code prospects}. */
    public String activity() {
        return activity;
    }

    public RetentionRule rule() {
        return rule;
    }

    public Stage stage() {
        return stage;
    }

    /** What to do at {@link Stage#END}: delete or anonymise (the rule's end action). */
    public RetentionRule.EndAction endAction() {
        return rule.endAction();
    }

    /** The person whose clock ran out (the subject of their {@link ProcessingFact}s); empty per rule. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** When the person's clock started (the last fact that started it); empty per rule. */
    public Optional<Instant> clockStartedAt() {
        return Optional.ofNullable(clockStartedAt);
    }

    /** Data whose period started before this instant has reached {@link #stage()}. */
    public Instant dueBefore() {
        return dueBefore;
    }

    /** The instant the run counts periods to. */
    public Instant asOf() {
        return asOf;
    }

    public RetentionDue deleted(String kind, long count) {
        return line(kind, Outcome.DELETED, count, null);
    }

    public RetentionDue anonymised(String kind, long count) {
        return line(kind, Outcome.ANONYMISED, count, null);
    }

    public RetentionDue archived(String kind, long count) {
        return line(kind, Outcome.ARCHIVED, count, null);
    }

    /**
     * Data kept although its period ended, with the reason (a legal hold, a dispute in progress,
     * another activity's longer period): the controller must be able to show why (Art. 5(2)).
     */
    public RetentionDue kept(String kind, long count, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Data kept after its retention period needs a reason: " + kind);
        }
        return line(kind, Outcome.KEPT, count, reason);
    }

    public List<Line> lines() {
        return Collections.unmodifiableList(lines);
    }

    private RetentionDue line(String kind, Outcome outcome, long count, String reason) {
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("A kind of data is required");
        }
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + kind);
        }
        lines.add(new Line(kind.strip(), outcome, count, reason));
        return this;
    }

    @Override
    public String toString() {
        return "RetentionDue[" + activity + ", " + stage + (subject == null ? ", per rule" : ", " + subject) + "]";
    }
}

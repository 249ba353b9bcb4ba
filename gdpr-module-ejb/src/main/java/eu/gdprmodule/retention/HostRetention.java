package eu.gdprmodule.retention;

import eu.gdprmodule.api.RetentionDue;
import eu.gdprmodule.persistence.Jdbc;
import eu.gdprmodule.persistence.SchemaMigration;
import eu.gdprmodule.request.HostContributors;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The host's side of a run: each observer of {@link RetentionDue} called on its own, in a
 * transaction of its own together with its lines in the run log (the same approach as a
 * data-subject request's contributors, {@link HostContributors}), and the person's clock moved on
 * once every observer succeeded.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class HostRetention {

    /** A person's clock that ran out. */
    public record DueClock(String subject, long startedAt, String stage) {
    }

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    HostContributors contributors;

    @Inject
    RetentionRuns runs;

    /** Calls one observer; its work and its report commit together, or neither when it throws. */
    public void call(String runId, HostContributors.Contributor contributor, RetentionDue due) {
        contributors.call(contributor, due);
        for (RetentionDue.Line line : due.lines()) {
            runs.add(runId, due.activity(), contributor.name(), line.outcome().name().toLowerCase(Locale.ROOT), line.count(),
                    line.outcome() == RetentionDue.Outcome.KEPT ? line.kind() + ": " + line.reason() : line.kind());
        }
    }

    /**
     * Moves a clock on after every observer did its part: to the archive stage, or, at the end,
     * closes it with the facts that started it (nothing is left to count a period for). The clock
     * must not have been restarted meanwhile (a new contact during the run): then it stays.
     */
    public void advance(String activity, String startKind, DueClock clock, RetentionDue.Stage stage, long now) {
        Jdbc jdbc = new Jdbc(dataSource);
        if (stage == RetentionDue.Stage.ARCHIVE) {
            jdbc.update("UPDATE GDPR_RETENTION_CLOCK SET STAGE = ?, STAGE_SINCE = ? WHERE SUBJECT = ? AND ACTIVITY = ? AND START_KIND = ?"
                    + " AND STARTED_AT = ?", RetentionClocks.ARCHIVED, now, clock.subject(), activity, startKind, clock.startedAt());
            return;
        }
        int closed = jdbc.update("DELETE FROM GDPR_RETENTION_CLOCK WHERE SUBJECT = ? AND ACTIVITY = ? AND START_KIND = ? AND STARTED_AT = ?",
                clock.subject(), activity, startKind, clock.startedAt());
        if (closed > 0) {
            jdbc.update("DELETE FROM GDPR_PROCESSING_FACT WHERE SUBJECT = ? AND ACTIVITY = ? AND OCCURRED_AT <= ?",
                    clock.subject(), activity, Timestamp.from(Instant.ofEpochMilli(clock.startedAt())));
        }
    }

    /**
     * One page of the clocks of an activity that started before {@code before}, after the cursor
     * (started at, subject); {@code activeOnly} for the archive stage.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<DueClock> due(String activity, String startKind, long before, boolean activeOnly, long afterStart, String afterSubject, int max) {
        return new Jdbc(dataSource).list("SELECT SUBJECT, STARTED_AT, STAGE FROM GDPR_RETENTION_CLOCK WHERE ACTIVITY = ? AND START_KIND = ?"
                + " AND STARTED_AT < ?" + (activeOnly ? " AND STAGE = '" + RetentionClocks.ACTIVE + "'" : "")
                + " AND (STARTED_AT > ? OR (STARTED_AT = ? AND SUBJECT > ?)) ORDER BY STARTED_AT, SUBJECT FETCH FIRST ? ROWS ONLY",
                r -> new DueClock(r.getString(1), r.getLong(2), r.getString(3)), activity, startKind, before, afterStart, afterStart,
                afterSubject, max);
    }

    /** How many clocks run for an activity and start kind (the console's overview). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long clocks(String activity, String startKind) {
        return new Jdbc(dataSource).count("SELECT COUNT(*) FROM GDPR_RETENTION_CLOCK WHERE ACTIVITY = ? AND START_KIND = ?", activity, startKind);
    }
}

package eu.gdprmodule.retention;

import eu.gdprmodule.persistence.Jdbc;
import eu.gdprmodule.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * The run log ({@code GDPR_RETENTION_RUN}, {@code GDPR_RETENTION_RESULT}): the controller's record
 * that storage limitation is applied (Art. 5(1)(e) and the accountability of Art. 5(2)).
 */
@Stateless
public class RetentionRuns {

    private static final String COLUMNS = "ID, TRIGGERED, SLOT_AT, AS_OF, STARTED_AT, ENDED_AT, STATUS, NODE, ACTOR, ATTEMPTS, PROBLEMS";

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    /**
     * Records a new run; empty when a run for this slot is already recorded (by another server of
     * the cluster, which makes it; the unique slot is what makes it exactly one).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<RetentionRun> begin(String triggered, Instant slot, Instant asOf, String actor) {
        RetentionRun run = new RetentionRun(UUID.randomUUID().toString(), triggered, slot, asOf, Instant.now(), null,
                RetentionRun.RUNNING, RetentionLease.NODE, actor, 1, 0);
        if (slot != null && jdbc().count("SELECT COUNT(*) FROM GDPR_RETENTION_RUN WHERE SLOT_AT = ?", slot.toEpochMilli()) > 0) {
            return Optional.empty();
        }
        jdbc().update("INSERT INTO GDPR_RETENTION_RUN (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, 1, 0)",
                run.id(), triggered, slot == null ? Jdbc.Null.BIGINT : slot.toEpochMilli(), asOf.toEpochMilli(), run.startedAt().toEpochMilli(),
                RetentionRun.RUNNING, RetentionLease.NODE, actor);
        return Optional.of(run);
    }

    /** Takes over a run whose server died: this server resumes it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RetentionRun resume(RetentionRun run) {
        jdbc().update("UPDATE GDPR_RETENTION_RUN SET NODE = ?, ATTEMPTS = ATTEMPTS + 1 WHERE ID = ?", RetentionLease.NODE, run.id());
        return find(run.id()).orElseThrow();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void end(String runId, String status) {
        long problems = jdbc().count("SELECT COUNT(*) FROM GDPR_RETENTION_RESULT WHERE RUN_ID = ? AND OUTCOME IN ('failed', 'no-rule', 'no-observer')", runId);
        jdbc().update("UPDATE GDPR_RETENTION_RUN SET STATUS = ?, ENDED_AT = ?, PROBLEMS = ? WHERE ID = ?",
                status, System.currentTimeMillis(), problems, runId);
    }

    /** Adds to a count of the run's log, in the caller's transaction (a batch and its count commit together). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void add(String runId, String rule, String part, String outcome, long count, String detail) {
        addNow(runId, rule, part, outcome, count, detail);
    }

    /** Adds to a count in a transaction of its own: a failure or a missing rule, after a rollback. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void note(String runId, String rule, String part, String outcome, long count, String detail) {
        addNow(runId, rule, part, outcome, count, detail);
    }

    private void addNow(String runId, String rule, String part, String outcome, long count, String detail) {
        String cut = detail == null ? null : detail.length() > 2000 ? detail.substring(0, 1997) + "..." : detail;
        String shortPart = part.length() > 255 ? part.substring(0, 255) : part;
        int updated = jdbc().update("UPDATE GDPR_RETENTION_RESULT SET ITEM_COUNT = ITEM_COUNT + ?, DETAIL = COALESCE(?, DETAIL)"
                + " WHERE RUN_ID = ? AND RULE_KEY = ? AND PART = ? AND OUTCOME = ?", count, cut, runId, rule, shortPart, outcome);
        if (updated == 0) {
            jdbc().update("INSERT INTO GDPR_RETENTION_RESULT (RUN_ID, RULE_KEY, PART, OUTCOME, ITEM_COUNT, DETAIL) VALUES (?, ?, ?, ?, ?, ?)",
                    runId, rule, shortPart, outcome, count, cut);
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<RetentionRun> find(String id) {
        return jdbc().list("SELECT " + COLUMNS + " FROM GDPR_RETENTION_RUN WHERE ID = ?", RetentionRuns::run, id).stream().findFirst();
    }

    /** The run left RUNNING the longest, if any: a server died in it, or it is running now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<RetentionRun> unfinished() {
        return jdbc().list("SELECT " + COLUMNS + " FROM GDPR_RETENTION_RUN WHERE STATUS = ? ORDER BY STARTED_AT",
                RetentionRuns::run, RetentionRun.RUNNING).stream().findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean slotRecorded(Instant slot) {
        return jdbc().count("SELECT COUNT(*) FROM GDPR_RETENTION_RUN WHERE SLOT_AT = ?", slot.toEpochMilli()) > 0;
    }

    /** The newest runs first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RetentionRun> recent(int first, int max) {
        return jdbc().list("SELECT " + COLUMNS + " FROM GDPR_RETENTION_RUN ORDER BY STARTED_AT DESC, ID"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", RetentionRuns::run, first, max);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count() {
        return jdbc().count("SELECT COUNT(*) FROM GDPR_RETENTION_RUN");
    }

    /**
     * {@link #lastCompleted()} on the container's thread pool, so a caller can stop waiting: the
     * readiness probe must answer even while the database does not (its own check says so).
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Future<Optional<RetentionRun>> lastCompletedLater() {
        return new AsyncResult<>(lastCompleted());
    }

    /** The last run that completed, whatever its problems: the health check's measure. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<RetentionRun> lastCompleted() {
        return jdbc().list("SELECT " + COLUMNS + " FROM GDPR_RETENTION_RUN WHERE STATUS = ? ORDER BY ENDED_AT DESC"
                + " FETCH FIRST 1 ROWS ONLY", RetentionRuns::run, RetentionRun.COMPLETED).stream().findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RetentionRun.Result> results(String runId) {
        return jdbc().list("SELECT RULE_KEY, PART, OUTCOME, ITEM_COUNT, DETAIL FROM GDPR_RETENTION_RESULT WHERE RUN_ID = ?"
                + " ORDER BY RULE_KEY, PART, OUTCOME", r -> new RetentionRun.Result(r.getString(1), r.getString(2), r.getString(3),
                        r.getLong(4), r.getString(5)), runId);
    }

    private static RetentionRun run(ResultSet r) throws SQLException {
        long slot = r.getLong(3);
        Instant slotAt = r.wasNull() ? null : Instant.ofEpochMilli(slot);
        long ended = r.getLong(6);
        Instant endedAt = r.wasNull() ? null : Instant.ofEpochMilli(ended);
        return new RetentionRun(r.getString(1), r.getString(2), slotAt, Instant.ofEpochMilli(r.getLong(4)),
                Instant.ofEpochMilli(r.getLong(5)), endedAt, r.getString(7), r.getString(8), r.getString(9), r.getInt(10), r.getInt(11));
    }

    private Jdbc jdbc() {
        return new Jdbc(dataSource);
    }
}

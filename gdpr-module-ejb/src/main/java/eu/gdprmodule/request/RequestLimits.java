package eu.gdprmodule.request;

import eu.gdprmodule.config.ModuleClock;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Makes a public request's rate-limit check and its insert one step. Art. 12(5) GDPR lets a
 * controller refuse excessive requests, and each accepted request mails an identity-check letter:
 * a limit that a burst of simultaneous requests passes (each counts the rows before any of them is
 * stored) lets the form bomb a mailbox. So the intake first locks, in its own transaction, the row
 * of each key it limits by ({@code GDPR_REQUEST_LIMIT}, migration V9), then counts and inserts;
 * a second request for the same key waits for the first to commit and then counts it. The lock is
 * the database's, so it holds across the servers of a cluster, on PostgreSQL as on Derby.
 *
 * <p>Every transaction locks its keys in ascending order, so two requests sharing both keys cannot
 * deadlock; should the database still end a wait (lock timeout, deadlock victim), the intake
 * refuses the request as limited ({@link #busy}) rather than fail.
 */
@Stateless
public class RequestLimits {

    /** How long a key's row is kept after its last request: the limits' window. */
    static final Duration KEEP = Duration.ofDays(1);
    private static final int PURGE_BATCH = 500;
    private static final Logger LOG = Logger.getLogger(RequestLimits.class.getName());

    @PersistenceContext(unitName = "gdpr")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    ModuleClock clock;

    /** Locks the row of each key (null keys are skipped) until the caller's transaction ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void hold(Instant now, String... keys) {
        for (String key : new TreeSet<>(Arrays.stream(keys).filter(Objects::nonNull).toList())) {
            // UPDATE takes the row's write lock on both databases; a SELECT ... FOR UPDATE would too,
            // but Derby only honours it through an updatable cursor
            if (touch(key, now) == 0) {
                // first request for this key in a day: the row is made (and committed) apart, as a
                // failed duplicate insert would spoil this transaction on PostgreSQL
                context.getBusinessObject(RequestLimits.class).create(key, now);
                if (touch(key, now) == 0) {
                    throw new IllegalStateException("The rate-limit row of a request key could not be made");
                }
            }
        }
    }

    /** Inserts a key's row; a concurrent insert of the same key (another thread or server) is as good. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String key, Instant now) {
        try {
            em.createNativeQuery("INSERT INTO GDPR_REQUEST_LIMIT (LIMIT_KEY, TOUCHED_AT) VALUES (?, ?)")
                    .setParameter(1, key).setParameter(2, now.toEpochMilli()).executeUpdate();
        } catch (PersistenceException e) {
            context.setRollbackOnly(); // the caller's UPDATE finds the other insert's row, or fails
        }
    }

    private int touch(String key, Instant now) {
        return em.createNativeQuery("UPDATE GDPR_REQUEST_LIMIT SET TOUCHED_AT = ? WHERE LIMIT_KEY = ?")
                .setParameter(1, now.toEpochMilli()).setParameter(2, key).executeUpdate();
    }

    /** Every hour, on every server (deleting twice is harmless): rows untouched for a day. */
    @Schedule(hour = "*", minute = "41", persistent = false, info = "gdpr request limit rows purge")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void hourly() {
        try {
            RequestLimits self = context.getBusinessObject(RequestLimits.class);
            Instant before = clock.now().minus(KEEP);
            int deleted = 0;
            for (int n = self.purge(before); n > 0; n = self.purge(before)) {
                deleted += n;
            }
            int total = deleted;
            LOG.fine(() -> "Request limit rows purged: " + total);
        } catch (RuntimeException e) {
            LOG.warning("Request limit rows purge failed: " + e);
        }
    }

    /**
     * Deletes up to one batch of rows last touched before {@code before}, one key at a time in
     * ascending order: the order the intake locks in, so a purge cannot deadlock with it.
     *
     * @return how many rows were deleted
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purge(Instant before) {
        @SuppressWarnings("unchecked")
        List<String> stale = em.createNativeQuery("SELECT LIMIT_KEY FROM GDPR_REQUEST_LIMIT WHERE TOUCHED_AT < ? ORDER BY LIMIT_KEY")
                .setParameter(1, before.toEpochMilli()).setMaxResults(PURGE_BATCH).getResultList();
        int deleted = 0;
        for (String key : stale) {
            // a key touched meanwhile is young again and stays
            deleted += em.createNativeQuery("DELETE FROM GDPR_REQUEST_LIMIT WHERE LIMIT_KEY = ? AND TOUCHED_AT < ?")
                    .setParameter(1, key).setParameter(2, before.toEpochMilli()).executeUpdate();
        }
        return deleted;
    }

    /**
     * Whether a failure is the database ending a wait for a lock: a deadlock or serialisation
     * failure (SQLSTATE class 40, Derby's lock timeout 40XL1 included) or PostgreSQL's lock timeout.
     */
    static boolean busy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("55P03"))) {
                return true;
            }
        }
        return false;
    }
}

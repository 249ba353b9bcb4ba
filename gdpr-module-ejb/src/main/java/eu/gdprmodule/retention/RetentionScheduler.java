package eu.gdprmodule.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts retention runs by the schedule {@code gdpr.retention.schedule}, with a non-persistent
 * EJB timer, and catches up at start: Payara Micro's persistent timers live in its data grid and
 * are gone after a restart, so the schedule is kept in the run log instead (a run per slot), and a
 * slot missed while no server ran is run once a server starts. When another server holds the lease
 * the attempt is repeated once it expires, so a slot is not lost to a run started by hand.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // a long run must not lock out the readiness check; the lease orders runs
public class RetentionScheduler {

    private static final Logger LOG = Logger.getLogger(RetentionScheduler.class.getName());
    private static final String CATCH_UP = "gdpr retention catch-up";
    private static final String SCHEDULE = "gdpr retention schedule";
    /** When this server started: readiness counts from here until a first run completed. */
    private static final Instant STARTED = Instant.now();

    @Resource
    TimerService timers;

    @Inject
    RetentionEngine engine;

    private volatile RetentionSchedule schedule;

    /** What this server's timer did since it started: fired, ran, recorded (by another server), busy. */
    private final java.util.Map<String, java.util.concurrent.atomic.AtomicLong> tally = new java.util.concurrent.ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        RetentionSettings settings;
        try {
            settings = RetentionSettings.current();
        } catch (IllegalArgumentException e) {
            LOG.severe("Retention is not scheduled: " + e.getMessage());
            return;
        }
        if (!settings.enabled()) {
            LOG.info("Retention runs are not scheduled (gdpr.retention.enabled=false); run them from the console or the API");
            return;
        }
        schedule = settings.schedule();
        if (schedule.daily() != null) {
            ScheduleExpression expression = new ScheduleExpression().hour(schedule.daily().getHour())
                    .minute(schedule.daily().getMinute()).second(0).timezone(TimeZone.getTimeZone(schedule.zone()).getID());
            timers.createCalendarTimer(expression, new TimerConfig(SCHEDULE, false));
        } else {
            Instant next = schedule.next(schedule.slotAtOrBefore(Instant.now()));
            timers.createIntervalTimer(java.util.Date.from(next), schedule.every().toMillis(), new TimerConfig(SCHEDULE, false));
        }
        // the catch-up waits a moment, so the application's start is not held up by it
        timers.createSingleActionTimer(3000, new TimerConfig(CATCH_UP, false));
        LOG.info(() -> "Retention runs scheduled: " + schedule.text() + (schedule.daily() != null ? " (" + schedule.zone() + ")" : ""));
    }

    /** The schedule in force, or {@code null} when runs are not scheduled. */
    public RetentionSchedule schedule() {
        return schedule;
    }

    /**
     * How often this server's timer fired and what came of it ({@code fired}, {@code catch-up},
     * {@code ran}, {@code already-recorded}, {@code busy}): in a cluster every server fires, one runs.
     */
    public java.util.Map<String, Long> tally() {
        java.util.Map<String, Long> copy = new java.util.TreeMap<>();
        tally.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    private void count(String what) {
        tally.computeIfAbsent(what, k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
    }

    /** When this server started. */
    public Instant started() {
        return STARTED;
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        RetentionSchedule current = schedule;
        if (current == null) {
            return;
        }
        boolean catchUp = CATCH_UP.equals(timer.getInfo());
        Instant now = Instant.now();
        Instant slot = catchUp ? current.slotAtOrBefore(now) : current.slotNearest(now);
        count(catchUp ? "catch-up" : "fired");
        try {
            RetentionEngine.SlotOutcome outcome = engine.runSlot(catchUp ? "catch-up" : "scheduled", slot);
            count(outcome.attempt().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            if (outcome.attempt() == RetentionEngine.Attempt.BUSY) {
                Duration wait = outcome.retryIn();
                LOG.info(() -> "Retention slot " + slot + ": another run holds the lease; trying again in " + wait.toSeconds() + " s");
                timers.createSingleActionTimer(Math.max(1000, wait.toMillis()), new TimerConfig(CATCH_UP, false));
            } else if (outcome.attempt() == RetentionEngine.Attempt.ALREADY_RECORDED) {
                LOG.fine(() -> "Retention slot " + slot + " was run by another server");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Retention run for " + slot + " could not start; the next slot or start tries again", e);
        }
    }
}

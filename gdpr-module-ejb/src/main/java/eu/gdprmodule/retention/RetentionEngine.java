package eu.gdprmodule.retention;

import eu.gdprmodule.api.AuditedChange;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.RetentionDue;
import eu.gdprmodule.api.RetentionRule;
import eu.gdprmodule.audit.AuditChain;
import eu.gdprmodule.config.ModuleClock;
import eu.gdprmodule.persistence.Jdbc;
import eu.gdprmodule.register.RegisterView;
import eu.gdprmodule.request.HostContributors;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs retention (Art. 5(1)(e) GDPR: data kept no longer than necessary, then deleted or
 * irreversibly anonymised), by the register's rules and nothing else: the module's own data
 * ({@link ModuleDataPurge}), then, for each activity with a rule, the host's data through
 * {@link RetentionDue} ({@link HostRetention}).
 *
 * <p>One run at a time in a cluster: a run holds the database lease ({@link RetentionLease}) and
 * renews it between batches. A run whose server died stays {@code RUNNING} in the log; the next
 * run, once the lease expired, resumes it with the same reference instant, so it ends exactly
 * what the first attempt would have. Every step is idempotent: a second run finds nothing left.
 * Not transactional itself: every batch and every host observer commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionEngine {

    private static final Logger LOG = Logger.getLogger(RetentionEngine.class.getName());

    /** What became of an attempt to run for a slot of the schedule. */
    public enum Attempt {
        RAN, ALREADY_RECORDED, BUSY
    }

    /**
     * @param attempt what happened
     * @param run     the run made, when one was
     * @param retryIn with {@code BUSY}: when the lease expires, to try again then
     */
    public record SlotOutcome(Attempt attempt, RetentionRun run, Duration retryIn) {
    }

    @Inject
    RetentionLease lease;

    @Inject
    RetentionRuns runs;

    @Inject
    ModuleDataPurge module;

    @Inject
    HostRetention host;

    @Inject
    HostContributors contributors;

    @Inject
    RegisterView register;

    @Inject
    ModuleClock clock;

    @Inject
    AuditChain audit;

    /**
     * The run of one slot of the schedule (or, at start, the last slot, when no server ran it).
     * Another server that holds the lease, or that already recorded this slot, makes it instead.
     */
    public SlotOutcome runSlot(String triggered, Instant slot) {
        RetentionSettings settings = RetentionSettings.current();
        if (!lease.acquire(settings.lease())) {
            Duration wait = lease.holder().map(h -> Duration.ofMillis(Math.max(0, h.expiresAt() - System.currentTimeMillis())))
                    .orElse(Duration.ZERO).plusSeconds(1);
            return new SlotOutcome(Attempt.BUSY, null, wait);
        }
        try {
            Optional<RetentionRun> unfinished = runs.unfinished();
            if (unfinished.isPresent()) {
                execute(runs.resume(unfinished.get()), settings);
            }
            if (runs.slotRecorded(slot)) {
                return new SlotOutcome(Attempt.ALREADY_RECORDED, null, null);
            }
            Optional<RetentionRun> run;
            try {
                run = runs.begin(triggered, slot, clock.now(), AuditChain.SYSTEM);
            } catch (RuntimeException e) {
                if (Jdbc.duplicate(e)) {
                    return new SlotOutcome(Attempt.ALREADY_RECORDED, null, null);
                }
                throw e;
            }
            if (run.isEmpty()) {
                return new SlotOutcome(Attempt.ALREADY_RECORDED, null, null);
            }
            execute(run.get(), settings);
            return new SlotOutcome(Attempt.RAN, runs.find(run.get().id()).orElseThrow(), null);
        } finally {
            lease.release();
        }
    }

    /** "Run now", to its end: the console's button and tests. */
    public RetentionRun runNow(String actor) {
        RetentionRun run = start(actor);
        try {
            execute(run, RetentionSettings.current());
        } finally {
            lease.release();
        }
        return runs.find(run.id()).orElseThrow();
    }

    /**
     * Takes the lease and records a run started by hand, audited; the caller then
     * {@link #execute}s it and releases the lease. A run left unfinished by a server that died is
     * resumed instead of starting a second one.
     *
     * @throws RetentionBusy when another run holds the lease
     */
    public RetentionRun start(String actor) {
        RetentionSettings settings = RetentionSettings.current();
        if (!lease.acquire(settings.lease())) {
            RetentionLease.Holder holder = lease.holder().orElse(new RetentionLease.Holder("another server", System.currentTimeMillis()));
            throw new RetentionBusy(holder.node(), Instant.ofEpochMilli(holder.expiresAt()));
        }
        try {
            Optional<RetentionRun> unfinished = runs.unfinished();
            RetentionRun run = unfinished.isPresent() ? runs.resume(unfinished.get())
                    : runs.begin("manual", null, clock.now(), actor).orElseThrow();
            audit.record(AuditedChange.of("retention-run", run.id(), unfinished.isPresent() ? "resumed" : "started")
                    .to("triggered=manual, asOf=" + run.asOf()).by(actor));
            return run;
        } catch (RuntimeException e) {
            lease.release();
            throw e;
        }
    }

    /** Carries a run out under the lease this server holds; the log says how it ended. */
    public void execute(RetentionRun run, RetentionSettings settings) {
        LeaseKeeper keeper = new LeaseKeeper(settings.lease());
        long started = System.nanoTime();
        try {
            moduleData(run, settings, keeper);
            List<HostContributors.Contributor> observers = contributors.of(sample());
            for (ProcessingActivity activity : register.activities()) {
                if (activity.retention() != null) {
                    guarded(run, activity.key(), "host", () -> hostData(run, activity, observers, settings, keeper));
                }
            }
            runs.end(run.id(), RetentionRun.COMPLETED);
            LOG.info(() -> "Retention run " + run.id() + " (" + run.triggered() + ") completed in "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        } catch (LeaseLost e) {
            LOG.warning("Retention run " + run.id() + " stopped: this server lost the lease (a pause longer than "
                    + settings.lease() + "); the server that took it over resumes the run");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Retention run " + run.id() + " failed", e);
            runs.note(run.id(), "run", "module", "failed", 1, message(e));
            runs.end(run.id(), RetentionRun.FAILED);
        }
    }

    private void moduleData(RetentionRun run, RetentionSettings settings, LeaseKeeper keeper) {
        int batch = settings.batchSize();
        guarded(run, settings.consentActivity(), ModuleDataPurge.PART, () -> rule(run, settings.consentActivity(),
                ModuleDataPurge.CONSENT_PROOFS, "gdpr.consent.register-activity").ifPresent(rule -> {
                    long cutoff = minus(run.asOf(), rule.total()).toEpochMilli();
                    consentProofs(run, settings, rule.endAction(), cutoff, keeper);
                }));
        guarded(run, settings.requestsActivity(), ModuleDataPurge.PART, () -> rule(run, settings.requestsActivity(),
                ModuleDataPurge.CLOSED_REQUESTS, "gdpr.retention.requests-activity").ifPresent(rule -> {
                    long cutoff = minus(run.asOf(), rule.total()).toEpochMilli();
                    while (module.closedRequests(run.id(), settings.requestsActivity(), rule.endAction(), cutoff, batch)) {
                        keeper.check();
                    }
                }));
        guarded(run, ModuleDataPurge.EXPORT_FILES, ModuleDataPurge.PART, () -> module.expired(run.id(), run.asOf().toEpochMilli()));
        keeper.check();
    }

    /**
     * Ends the consent proofs given before {@code cutoff}, batch after batch. This thread finds
     * where each batch ends; up to {@link RetentionSettings#purgeWorkers()} batches are ended at
     * once, each in its own transaction, on disjoint ranges of time (a purge is mostly index work,
     * which the database's other CPUs can share). A failed batch stops the purge once the batches
     * under way have ended; what they did stays done and counted, and the next run resumes.
     */
    private void consentProofs(RetentionRun run, RetentionSettings settings, RetentionRule.EndAction action, long cutoff,
            LeaseKeeper keeper) {
        ArrayDeque<Future<Integer>> underWay = new ArrayDeque<>();
        RuntimeException failure = null;
        long from = Long.MIN_VALUE;
        boolean last = false;
        boolean counted = false;
        try {
            while (!last && failure == null) {
                OptionalLong end = module.consentProofsEnd(action, cutoff, from, settings.batchSize());
                last = end.isEmpty();
                long to = last ? cutoff : end.getAsLong();
                if (settings.purgeWorkers() == 1 || !counted) {
                    // the first batch that ends proofs creates the run log's count, which the
                    // batches after it add to (two first batches at once would both create it)
                    counted = module.consentProofs(run.id(), settings.consentActivity(), action, from, to, last) > 0;
                } else {
                    underWay.add(module.consentProofsLater(run.id(), settings.consentActivity(), action, from, to, last));
                    while (underWay.size() >= settings.purgeWorkers() && failure == null) {
                        failure = outcome(underWay.poll());
                    }
                }
                from = to + 1;
                keeper.check();
            }
        } finally {
            while (!underWay.isEmpty()) {
                RuntimeException e = outcome(underWay.poll());
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Waits for a batch under way; its failure, if it failed. */
    private static RuntimeException outcome(Future<Integer> batch) {
        try {
            batch.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause() instanceof RuntimeException r ? r : new EJBException(e.getCause() instanceof Exception x ? x : e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new IllegalStateException("interrupted while ending consent proofs", e);
        }
    }

    /** The register's rule for module data; where there is none, the log says so and nothing is deleted. */
    private Optional<RetentionRule> rule(RetentionRun run, String activityKey, String data, String setting) {
        Optional<RetentionRule> rule = register.activity(activityKey).map(ProcessingActivity::retention);
        if (rule.isEmpty()) {
            runs.note(run.id(), activityKey, ModuleDataPurge.PART, "no-rule", 0, "The register has no retention rule for the activity '"
                    + activityKey + "' (" + setting + "): the module keeps its " + data + " until the register has one.");
        }
        return rule;
    }

    private void hostData(RetentionRun run, ProcessingActivity activity, List<HostContributors.Contributor> observers,
            RetentionSettings settings, LeaseKeeper keeper) {
        String key = activity.key();
        RetentionRule rule = activity.retention();
        if (observers.isEmpty()) {
            runs.note(run.id(), key, "host", "no-observer", 0, "No host code observes RetentionDue: the host's own data for '"
                    + key + "' is not ended by the module.");
            return;
        }
        Instant asOf = run.asOf();
        Instant endBefore = minus(asOf, rule.total());
        Instant archiveBefore = rule.archivePeriod() == null ? null : minus(asOf, rule.period());
        // per rule, for data that carries its own date
        if (archiveBefore != null) {
            callAll(run, observers, () -> new RetentionDue(key, rule, RetentionDue.Stage.ARCHIVE, null, null, archiveBefore, asOf));
        }
        callAll(run, observers, () -> new RetentionDue(key, rule, RetentionDue.Stage.END, null, null, endBefore, asOf));
        // per person, for clocks started by facts
        String kind = RetentionClocks.startKind(rule);
        perPerson(run, key, rule, kind, RetentionDue.Stage.END, endBefore, null, observers, settings, keeper);
        if (archiveBefore != null) {
            perPerson(run, key, rule, kind, RetentionDue.Stage.ARCHIVE, archiveBefore, endBefore, observers, settings, keeper);
        }
    }

    private void perPerson(RetentionRun run, String key, RetentionRule rule, String kind, RetentionDue.Stage stage, Instant before,
            Instant notBefore, List<HostContributors.Contributor> observers, RetentionSettings settings, LeaseKeeper keeper) {
        long cursorStart = Long.MIN_VALUE;
        String cursorSubject = "";
        boolean archive = stage == RetentionDue.Stage.ARCHIVE;
        while (true) {
            List<HostRetention.DueClock> page = host.due(key, kind, before.toEpochMilli(), archive, cursorStart, cursorSubject,
                    Math.min(settings.batchSize(), 500));
            for (HostRetention.DueClock due : page) {
                if (notBefore != null && due.startedAt() < notBefore.toEpochMilli()) {
                    continue; // its end is due: left to the end stage, not archived on the way
                }
                Instant started = Instant.ofEpochMilli(due.startedAt());
                boolean allDone = callAll(run, observers, () -> new RetentionDue(key, rule, stage, due.subject(), started, before, run.asOf()));
                if (allDone) {
                    host.advance(key, kind, due, stage, System.currentTimeMillis());
                }
            }
            keeper.check();
            if (page.size() < Math.min(settings.batchSize(), 500)) {
                return;
            }
            HostRetention.DueClock last = page.get(page.size() - 1);
            cursorStart = last.startedAt();
            cursorSubject = last.subject();
        }
    }

    /** Each observer on its own; true when none failed. */
    private boolean callAll(RetentionRun run, List<HostContributors.Contributor> observers, Supplier<RetentionDue> event) {
        boolean allDone = true;
        for (HostContributors.Contributor observer : observers) {
            RetentionDue due = event.get();
            try {
                host.call(run.id(), observer, due);
            } catch (RuntimeException e) {
                allDone = false;
                String who = due.subject().map(s -> s + ", ").orElse("per rule, ");
                runs.note(run.id(), due.activity(), observer.name(), "failed", 1, who + due.stage().name().toLowerCase() + ": " + message(e));
                LOG.log(Level.WARNING, "Retention: " + observer.name() + " failed for " + due, e);
            }
        }
        return allDone;
    }

    /** A part that fails is logged and the run goes on with the next; only a lost lease stops it. */
    private void guarded(RetentionRun run, String rule, String part, Runnable work) {
        try {
            work.run();
        } catch (LeaseLost e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention: " + rule + " failed in run " + run.id(), e);
            runs.note(run.id(), rule, part, "failed", 1, message(e));
        }
    }

    /** A period before an instant, by the calendar (UTC): "P3Y" is three calendar years. */
    static Instant minus(Instant instant, Period period) {
        return instant.atZone(ZoneOffset.UTC).minus(period).toInstant();
    }

    private static RetentionDue sample() {
        return new RetentionDue("-", new RetentionRule(Period.ZERO, RetentionRule.Start.COLLECTION, null, null,
                RetentionRule.EndAction.DELETE, null), RetentionDue.Stage.END, null, null, Instant.EPOCH, Instant.EPOCH);
    }

    static String message(Throwable e) {
        Throwable t = e;
        while ((t instanceof EJBException || t.getMessage() == null) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** Renews the lease every third of its duration; a lease lost stops the run. */
    private final class LeaseKeeper {
        private final Duration duration;
        private long renewed = System.nanoTime();

        LeaseKeeper(Duration duration) {
            this.duration = duration;
        }

        void check() {
            if (System.nanoTime() - renewed > duration.toNanos() / 3) {
                if (!lease.renew(duration)) {
                    throw new LeaseLost();
                }
                renewed = System.nanoTime();
            }
        }
    }

    private static final class LeaseLost extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}

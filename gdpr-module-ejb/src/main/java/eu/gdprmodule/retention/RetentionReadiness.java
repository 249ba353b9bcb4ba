package eu.gdprmodule.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN when no retention run completed for more than twice the schedule's period: periods the
 * privacy policy promises are then not being kept (Art. 5(1)(e), 13(2)(a)), and an operator must
 * look. Until a first run completed, counted from this server's start.
 */
@Readiness
@ApplicationScoped
public class RetentionReadiness implements HealthCheck {

    /** How long a probe waits for the run log. */
    static final long READ_SECONDS = 3;

    @Inject
    RetentionRuns runs;

    /** The run-log read in progress, shared by the probes that arrive meanwhile. */
    private Future<Optional<RetentionRun>> reading;

    @Inject
    RetentionScheduler scheduler;

    @Inject
    eu.gdprmodule.register.RegisterView register;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("gdpr-retention");
        RetentionSchedule schedule = scheduler.schedule();
        if (schedule == null) {
            return response.up().withData("schedule", "not scheduled (gdpr.retention.enabled=false or a setting refused, see the log)").build();
        }
        response.withData("schedule", schedule.text());
        noRule().ifPresent(missing -> response.withData("noRule", missing));
        Optional<RetentionRun> last;
        try {
            last = lastCompleted();
        } catch (TimeoutException e) {
            return response.down().withData("problem", "the retention run log did not answer within " + READ_SECONDS
                    + " s: is the database reachable (see gdpr-database)?").build();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return response.down().withData("problem", "the retention run log cannot be read: " + cause.getMessage()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("problem", "interrupted while reading the retention run log").build();
        } catch (RuntimeException e) {
            return response.down().withData("problem", "the retention run log cannot be read: " + e.getMessage()).build();
        }
        Instant since = last.map(RetentionRun::endedAt).orElse(scheduler.started());
        last.ifPresent(run -> response.withData("lastCompletedRun", run.endedAt().toString()).withData("lastRunProblems", run.problems()));
        if (overdue(since, schedule.period(), Instant.now())) {
            return response.down().withData("problem", "no retention run completed since " + since + ", more than twice the schedule's period ("
                    + schedule.period() + "): see the run log at /gdpr/api/admin/retention/runs").build();
        }
        return response.up().build();
    }

    /**
     * The last completed run, waited for at most {@link #READ_SECONDS}: during a database outage
     * a read can hang on the pool far longer than a probe waits, and a probe that does not answer
     * is worse than one that says DOWN. One read at a time: probes during an outage wait on the
     * same read instead of piling up threads.
     */
    private Optional<RetentionRun> lastCompleted() throws InterruptedException, ExecutionException, TimeoutException {
        Future<Optional<RetentionRun>> current;
        synchronized (this) {
            if (reading == null || reading.isDone()) {
                reading = runs.lastCompletedLater();
            }
            current = reading;
        }
        return current.get(READ_SECONDS, TimeUnit.SECONDS);
    }

    /** Whether the last completed run (or the start) is more than twice the schedule's period ago. */
    static boolean overdue(Instant since, Duration period, Instant now) {
        return Duration.between(since, now).compareTo(period.multipliedBy(2)) > 0;
    }

    /**
     * The activities the module's own data should follow but the register lacks (their data is
     * kept, not deleted): said here too, not only in the run log.
     */
    private java.util.Optional<String> noRule() {
        try {
            RetentionSettings settings = RetentionSettings.current();
            String missing = java.util.stream.Stream.of(settings.consentActivity(), settings.requestsActivity()).distinct()
                    .filter(key -> register.activity(key).map(a -> a.retention() == null).orElse(true))
                    .collect(java.util.stream.Collectors.joining(", "));
            return missing.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of("the register has no retention rule for " + missing + ": that module data is kept");
        } catch (RuntimeException e) {
            return java.util.Optional.of(e.getMessage());
        }
    }
}

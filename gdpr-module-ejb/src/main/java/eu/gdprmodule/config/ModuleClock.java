package eu.gdprmodule.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The module's one clock for deadlines and periods counted in days and months (data-subject
 * requests, retention). Tests move it instead of sleeping: a deadline one month away is reached by
 * {@link #set(Clock)} with {@code Clock.offset(Clock.systemUTC(), Duration.ofDays(31))}. In
 * production it is the system clock.
 */
@ApplicationScoped
public class ModuleClock {

    private volatile Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }

    public Clock clock() {
        return clock;
    }

    /** Replaces the clock; for tests, or an operator replaying a missed day. */
    public void set(Clock replacement) {
        this.clock = Objects.requireNonNull(replacement, "clock");
    }

    /** Back to the system clock. */
    public void reset() {
        this.clock = Clock.systemUTC();
    }
}

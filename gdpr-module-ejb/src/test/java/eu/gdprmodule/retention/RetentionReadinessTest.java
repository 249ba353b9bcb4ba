package eu.gdprmodule.retention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionReadinessTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void readinessGoesDownOnlyAfterTwiceTheSchedulesPeriodWithoutACompletedRun() {
        Duration daily = Duration.ofDays(1);
        assertFalse(RetentionReadiness.overdue(NOW.minus(Duration.ofHours(47)), daily, NOW), "one missed run is tolerated");
        assertFalse(RetentionReadiness.overdue(NOW.minus(Duration.ofHours(48)), daily, NOW));
        assertTrue(RetentionReadiness.overdue(NOW.minus(Duration.ofHours(48)).minusSeconds(1), daily, NOW), "two missed runs are not");
    }
}

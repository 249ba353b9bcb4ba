package eu.gdprmodule.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RetentionScheduleTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aDailyScheduleHasOneSlotADayAtItsLocalTime() {
        RetentionSchedule daily = RetentionSchedule.parse("03:00", PARIS);
        assertEquals(Duration.ofDays(1), daily.period());
        assertEquals(Instant.parse("2026-11-24T02:00:00Z"), daily.slotAtOrBefore(Instant.parse("2026-11-24T10:00:00Z")));
        assertEquals(Instant.parse("2026-11-23T02:00:00Z"), daily.slotAtOrBefore(Instant.parse("2026-11-24T01:59:59Z")));
        assertEquals(Instant.parse("2026-11-24T02:00:00Z"), daily.slotNearest(Instant.parse("2026-11-24T02:00:00.250Z")));
        assertEquals(Instant.parse("2026-11-25T02:00:00Z"), daily.next(Instant.parse("2026-11-24T02:00:00Z")));
    }

    @Test
    void anIntervalIsCountedFromMidnightUtcAndATimerFiringLateOrEarlyKeepsItsSlot() {
        RetentionSchedule every = RetentionSchedule.parse("PT10S", PARIS);
        assertEquals(Instant.parse("2026-11-24T10:00:10Z"), every.slotAtOrBefore(Instant.parse("2026-11-24T10:00:19.999Z")));
        assertEquals(Instant.parse("2026-11-24T10:00:20Z"), every.slotNearest(Instant.parse("2026-11-24T10:00:19.900Z")));
        assertEquals(Instant.parse("2026-11-24T10:00:20Z"), every.slotNearest(Instant.parse("2026-11-24T10:00:20.300Z")));
    }

    @Test
    void aScheduleThatIsNeitherIsRefusedWithTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RetentionSchedule.parse("daily", PARIS));
        assertEquals(true, e.getMessage().startsWith("gdpr.retention.schedule: 'daily'"));
        assertThrows(IllegalArgumentException.class, () -> RetentionSchedule.parse("PT1S", PARIS));
        assertThrows(IllegalArgumentException.class, () -> RetentionSchedule.parse("PT11M", PARIS));
        assertThrows(IllegalArgumentException.class, () -> RetentionSchedule.parse("25:00", PARIS));
    }
}

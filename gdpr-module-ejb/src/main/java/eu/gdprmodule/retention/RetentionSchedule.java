package eu.gdprmodule.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * When retention runs are due: daily at a time of day ({@code 03:00}, in the retention time zone),
 * or every fixed interval ({@code PT6H}, counted from midnight UTC). Runs are identified by their
 * <em>slot</em>, the scheduled instant, so that of several servers firing the same timer exactly
 * one records the run for that slot.
 *
 * @param text   the setting as written
 * @param daily  the time of day, or {@code null} for an interval
 * @param every  the interval between two slots (one day for a daily schedule)
 * @param zone   the zone of the daily time
 */
public record RetentionSchedule(String text, LocalTime daily, Duration every, ZoneId zone) {

    private static final Duration SHORTEST = Duration.ofSeconds(5);

    static RetentionSchedule parse(String text, ZoneId zone) {
        String value = text.strip();
        if (value.matches("\\d{1,2}:\\d{2}")) {
            try {
                return new RetentionSchedule(value, LocalTime.parse(value.length() == 4 ? "0" + value : value), Duration.ofDays(1), zone);
            } catch (DateTimeParseException e) {
                // reported below
            }
        } else if (value.startsWith("P") || value.startsWith("p")) {
            try {
                Duration every = Duration.parse(value);
                if (every.compareTo(SHORTEST) >= 0 && every.compareTo(Duration.ofDays(7)) <= 0
                        && Duration.ofDays(7).toMillis() % every.toMillis() == 0) {
                    return new RetentionSchedule(value, null, every, zone);
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("gdpr.retention.schedule: '" + text + "' is neither a time of day such as 03:00"
                + " nor an ISO-8601 interval between PT5S and P7D that divides a week, such as PT6H");
    }

    /** The latest slot at or before this instant. */
    public Instant slotAtOrBefore(Instant instant) {
        if (daily != null) {
            ZonedDateTime local = instant.atZone(zone);
            ZonedDateTime slot = ZonedDateTime.of(local.toLocalDate(), daily, zone);
            if (slot.toInstant().isAfter(instant)) {
                slot = ZonedDateTime.of(local.toLocalDate().minusDays(1), daily, zone);
            }
            return slot.toInstant();
        }
        long step = every.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(instant.toEpochMilli(), step) * step);
    }

    /** The slot a timer firing now belongs to: the nearest one (timers fire a little late, never much). */
    public Instant slotNearest(Instant instant) {
        Instant before = slotAtOrBefore(instant);
        Instant after = next(before);
        return Duration.between(before, instant).compareTo(Duration.between(instant, after)) <= 0 ? before : after;
    }

    /** The slot after this one. */
    public Instant next(Instant slot) {
        if (daily != null) {
            LocalDate day = slot.atZone(zone).toLocalDate().plusDays(1);
            return ZonedDateTime.of(day, daily, zone).toInstant();
        }
        return slot.plus(every);
    }

    /** The time between two slots, for the health check. */
    public Duration period() {
        return every;
    }
}

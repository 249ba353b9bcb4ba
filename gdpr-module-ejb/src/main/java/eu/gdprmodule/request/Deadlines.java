package eu.gdprmodule.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Art. 12(3) GDPR: an answer "within one month of receipt of the request", a period that "may be
 * extended by two further months where necessary". Months are calendar months counted from the
 * day of receipt: a request of 31 January is due on 28 (or 29) February, as the EDPB's guidelines
 * 01/2022 on the right of access read Regulation 1182/71.
 */
public final class Deadlines {

    /** Reminders go out this many days before the deadline. */
    public static final int REMIND_DAYS_BEFORE = 7;

    private Deadlines() {
    }

    /**
     * The day a request arrived, in the controller's time zone ({@code gdpr.requests.time-zone}):
     * a request sent at 00:30 in Paris was received that day, whatever the date in UTC, and a
     * change of summer time moves the hour, never the day counted.
     */
    public static LocalDate receivedOn(Instant receivedAt, ZoneId controllerZone) {
        return LocalDate.ofInstant(receivedAt, controllerZone);
    }

    /** The first deadline of a request received on this day. */
    public static LocalDate dueOn(LocalDate received) {
        return received.plusMonths(1);
    }

    /** The latest deadline an extension may set: three months from receipt in all. */
    public static LocalDate latestExtension(LocalDate received) {
        return received.plusMonths(3);
    }

    /**
     * The deadline after extending by this many further months (1 or 2), counted from receipt, as
     * Art. 12(3) counts the whole period: one month, "extended by two further months" (so receipt
     * on 31 January, extended by one month, is due on 31 March, not on the 28 February deadline
     * plus one month).
     */
    public static LocalDate extended(LocalDate received, int months) {
        if (months < 1 || months > 2) {
            throw new IllegalArgumentException("A deadline is extended by one or two months (Art. 12(3) GDPR), not " + months);
        }
        return received.plusMonths(1 + months);
    }

    /** Whether a deadline is close enough for its reminder. */
    public static boolean dueSoon(LocalDate deadline, LocalDate today) {
        return !today.isAfter(deadline) && !today.plusDays(REMIND_DAYS_BEFORE).isBefore(deadline);
    }

    public static boolean overdue(LocalDate deadline, LocalDate today) {
        return today.isAfter(deadline);
    }
}

package eu.gdprmodule.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Art. 12(3) GDPR by the calendar: one month from the day of receipt, in the controller's time
 * zone, extendable once by one or two months; reminded during the last week, overdue the day after.
 */
class DeadlinesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aRequestIsDueOnTheSameDayOfTheNextMonth() {
        assertEquals(day("2024-03-05"), Deadlines.dueOn(day("2024-02-05")));
        assertEquals(day("2025-01-15"), Deadlines.dueOn(day("2024-12-15")), "across the turn of the year");
    }

    @Test
    void theDayOfReceiptIsNotCountedSoTheDeadlineIsNeverTheDayAMonthLaterMinusOne() {
        // Regulation 1182/71 art. 3(1): the period starts the day after receipt and ends on the same date a month later
        assertEquals(day("2024-05-01"), Deadlines.dueOn(day("2024-04-01")));
    }

    @Test
    void aRequestOfThe31stOfJanuaryIsDueOnTheLastDayOfFebruary() {
        assertEquals(day("2023-02-28"), Deadlines.dueOn(day("2023-01-31")));
        assertEquals(day("2023-02-28"), Deadlines.dueOn(day("2023-01-30")));
        assertEquals(day("2023-02-28"), Deadlines.dueOn(day("2023-01-29")));
        assertEquals(day("2023-02-28"), Deadlines.dueOn(day("2023-01-28")));
    }

    @Test
    void inALeapYearTheLastDayOfFebruaryIsThe29th() {
        assertEquals(day("2024-02-29"), Deadlines.dueOn(day("2024-01-31")));
        assertEquals(day("2024-02-29"), Deadlines.dueOn(day("2024-01-29")));
        assertEquals(day("2024-03-29"), Deadlines.dueOn(day("2024-02-29")), "the 29th, not the end of March");
        assertEquals(day("2100-02-28"), Deadlines.dueOn(day("2100-01-31")), "2100 is no leap year");
    }

    @Test
    void aRequestOfAMonthsLastDayIsDueOnTheLastDayOfAShorterMonth() {
        assertEquals(day("2024-04-30"), Deadlines.dueOn(day("2024-03-31")));
        assertEquals(day("2024-06-30"), Deadlines.dueOn(day("2024-05-31")));
        assertEquals(day("2025-01-31"), Deadlines.dueOn(day("2024-12-31")));
    }

    @Test
    void theLatestExtensionIsThreeMonthsFromReceipt() {
        assertEquals(day("2024-05-05"), Deadlines.latestExtension(day("2024-02-05")));
        assertEquals(day("2024-02-29"), Deadlines.latestExtension(day("2023-11-30")));
        assertEquals(day("2025-02-28"), Deadlines.latestExtension(day("2024-11-30")));
    }

    @Test
    void anExtensionByOneOrTwoMonthsIsCountedFromReceipt() {
        assertEquals(day("2024-04-05"), Deadlines.extended(day("2024-02-05"), 1));
        assertEquals(day("2024-05-05"), Deadlines.extended(day("2024-02-05"), 2));
        assertEquals(Deadlines.latestExtension(day("2023-11-30")), Deadlines.extended(day("2023-11-30"), 2));
    }

    @Test
    void anExtensionIsCountedFromReceiptSoAMonthEndIsNotLostInFebruary() {
        // 31 January: first due 29 February; one more month is 31 March, not 29 March
        LocalDate received = day("2024-01-31");
        assertEquals(day("2024-02-29"), Deadlines.dueOn(received));
        assertEquals(day("2024-03-31"), Deadlines.extended(received, 1));
        assertEquals(day("2024-04-30"), Deadlines.extended(received, 2));
    }

    @Test
    void anExtensionOfNoneOrMoreThanTwoMonthsIsRefusedCitingTheArticle() {
        for (int months : new int[] {0, 3, -1}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> Deadlines.extended(day("2024-02-05"), months));
            assertEquals("A deadline is extended by one or two months (Art. 12(3) GDPR), not " + months, refused.getMessage());
        }
    }

    @Test
    void theDayOfReceiptIsTheControllersDayNotTheUtcDay() {
        // 23:30 UTC on 31 January is 00:30 on 1 February in Paris (winter time, UTC+1)
        Instant lateEvening = Instant.parse("2024-01-31T23:30:00Z");
        assertEquals(day("2024-02-01"), Deadlines.receivedOn(lateEvening, PARIS));
        assertEquals(day("2024-03-01"), Deadlines.dueOn(Deadlines.receivedOn(lateEvening, PARIS)));
        assertEquals(day("2024-01-31"), Deadlines.receivedOn(lateEvening, ZoneOffset.UTC));
        assertEquals(day("2024-02-29"), Deadlines.dueOn(Deadlines.receivedOn(lateEvening, ZoneOffset.UTC)));
        assertEquals(day("2024-01-31"), Deadlines.receivedOn(Instant.parse("2024-01-31T22:59:59Z"), PARIS), "a second before midnight");
        assertEquals(day("2024-02-01"), Deadlines.receivedOn(Instant.parse("2024-01-31T23:00:00Z"), PARIS), "at midnight");
    }

    @Test
    void summerTimeMovesMidnightByAnHourButNotTheDayCounted() {
        // Paris went to summer time (UTC+2) at 01:00 UTC on 31 March 2024: midnight was 22:00 UTC the evening before
        assertEquals(day("2024-03-30"), Deadlines.receivedOn(Instant.parse("2024-03-30T22:59:59Z"), PARIS));
        assertEquals(day("2024-03-31"), Deadlines.receivedOn(Instant.parse("2024-03-30T23:00:00Z"), PARIS));
        assertEquals(day("2024-03-31"), Deadlines.receivedOn(Instant.parse("2024-03-31T21:59:59Z"), PARIS));
        assertEquals(day("2024-04-01"), Deadlines.receivedOn(Instant.parse("2024-03-31T22:00:00Z"), PARIS), "midnight in summer time");
        assertEquals(day("2024-04-30"), Deadlines.dueOn(Deadlines.receivedOn(Instant.parse("2024-03-31T21:59:59Z"), PARIS)));
    }

    @Test
    void winterTimeMovesMidnightBackByAnHour() {
        // Paris went back to UTC+1 at 01:00 UTC on 27 October 2024
        assertEquals(day("2024-10-27"), Deadlines.receivedOn(Instant.parse("2024-10-26T22:00:00Z"), PARIS), "midnight in summer time");
        assertEquals(day("2024-10-27"), Deadlines.receivedOn(Instant.parse("2024-10-27T22:59:59Z"), PARIS));
        assertEquals(day("2024-10-28"), Deadlines.receivedOn(Instant.parse("2024-10-27T23:00:00Z"), PARIS), "midnight in winter time");
        assertEquals(day("2024-11-27"), Deadlines.dueOn(Deadlines.receivedOn(Instant.parse("2024-10-27T22:59:59Z"), PARIS)));
    }

    @Test
    void theReminderWeekIsTheSevenDaysBeforeTheDeadlineAndTheDeadlineItself() {
        LocalDate deadline = day("2024-03-15");
        assertFalse(Deadlines.dueSoon(deadline, day("2024-03-07")), "eight days before");
        assertTrue(Deadlines.dueSoon(deadline, day("2024-03-08")), "seven days before");
        assertTrue(Deadlines.dueSoon(deadline, day("2024-03-14")));
        assertTrue(Deadlines.dueSoon(deadline, day("2024-03-15")), "on the day");
        assertFalse(Deadlines.dueSoon(deadline, day("2024-03-16")), "the day after is overdue, no longer due soon");
    }

    @Test
    void aRequestIsOverdueFromTheDayAfterItsDeadline() {
        LocalDate deadline = day("2024-02-29");
        assertFalse(Deadlines.overdue(deadline, day("2024-02-28")));
        assertFalse(Deadlines.overdue(deadline, day("2024-02-29")), "an answer on the last day is on time");
        assertTrue(Deadlines.overdue(deadline, day("2024-03-01")));
    }

    @Test
    void theReminderWeekCrossesAMonthEnd() {
        LocalDate deadline = day("2024-03-03");
        assertFalse(Deadlines.dueSoon(deadline, day("2024-02-24")));
        assertTrue(Deadlines.dueSoon(deadline, day("2024-02-25")), "seven days before 3 March in a leap year");
    }
}

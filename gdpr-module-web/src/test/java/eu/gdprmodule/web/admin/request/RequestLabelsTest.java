package eu.gdprmodule.web.admin.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.request.RequestStatus;
import eu.gdprmodule.web.admin.request.RequestLabels.DeadlineState;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where a request stands against its deadline, counted as the engine's reminders count it. */
class RequestLabelsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void anOpenRequestIsDueSoonWithinTheReminderWeekAndOverdueTheDayAfterItsDeadline() {
        assertEquals(DeadlineState.ON_TIME, RequestLabels.stateOf(RequestStatus.OPEN, TODAY.plusDays(8), TODAY));
        assertEquals(DeadlineState.DUE_SOON, RequestLabels.stateOf(RequestStatus.OPEN, TODAY.plusDays(7), TODAY));
        assertEquals(DeadlineState.DUE_SOON, RequestLabels.stateOf(RequestStatus.UNVERIFIED, TODAY, TODAY));
        assertEquals(DeadlineState.OVERDUE, RequestLabels.stateOf(RequestStatus.OPEN, TODAY.minusDays(1), TODAY));
    }

    @Test
    void aClosedRequestsDeadlineNoLongerRuns() {
        assertEquals(DeadlineState.CLOSED, RequestLabels.stateOf(RequestStatus.COMPLETED, TODAY.minusDays(30), TODAY));
        assertEquals(DeadlineState.CLOSED, RequestLabels.stateOf(RequestStatus.REFUSED, TODAY, TODAY));
    }

    @Test
    void pagesReadTheStateByItsWireName() {
        assertEquals("due-soon", DeadlineState.DUE_SOON.getWire());
        assertTrue(DeadlineState.OVERDUE.isLate());
        assertFalse(DeadlineState.ON_TIME.isLate());
    }
}

package eu.gdprmodule.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.DataSubjectRequests;
import eu.gdprmodule.api.DataSubjectRight;
import eu.gdprmodule.api.FiledRequest;
import eu.gdprmodule.api.RightsInForce;
import eu.gdprmodule.config.ModuleClock;
import eu.gdprmodule.request.DataSubjectRequest;
import eu.gdprmodule.request.DeadlineReminders;
import eu.gdprmodule.request.RequestDesk;
import eu.gdprmodule.request.RequestInbox;
import eu.gdprmodule.request.RequestSettings;
import eu.gdprmodule.web.TestHost;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deadlines by the calendar, inside the container with the module's clock moved instead of
 * sleeping: a host-filed request is due one month after receipt, reminded once a week before and
 * once when overdue; restrictions and objections are answered by {@link RightsInForce}.
 */
@ExtendWith(ArquillianExtension.class)
class RequestDeadlinesIT {

    @Deployment
    static WebArchive host() {
        return TestHost.war("request-deadlines").addClass(TestHost.class);
    }

    @Inject
    ModuleClock clock;

    @Inject
    DeadlineReminders reminders;

    @Inject
    DataSubjectRequests requests;

    @Inject
    RequestInbox inbox;

    @Inject
    RequestDesk desk;

    @Inject
    RightsInForce rights;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aRequestIsDueOneCalendarMonthAfterReceiptAndRemindedOncePerState() {
        // the database is shared with the other tests: the counts are compared before and after this request
        Instant now = Instant.now();
        LocalDate weekBefore = today(now.plus(Duration.ofDays(25)));
        LocalDate afterDeadline = today(now.plus(Duration.ofDays(40)));
        RequestInbox.DeadlineCounts beforeAtWeekBefore = inbox.deadlines(weekBefore);
        RequestInbox.DeadlineCounts beforeAfterDeadline = inbox.deadlines(afterDeadline);

        String reference = requests.fileVerified(FiledRequest.of(DataSubjectRight.ACCESS, "due-" + UUID.randomUUID() + "@example.com")
                .reference("customer:1"));
        DataSubjectRequest request = inbox.find(reference).orElseThrow();
        LocalDate received = LocalDate.ofInstant(request.getReceivedAt(), RequestSettings.current().zone());
        LocalDate due = received.plusMonths(1);
        assertEquals(due, request.getDueOn());
        assertNull(request.getReminded(), "nothing reminded on the day of receipt");

        RequestInbox.DeadlineCounts atWeekBefore = inbox.deadlines(weekBefore);
        assertEquals(beforeAtWeekBefore.open() + 1, atWeekBefore.open(), "the request is open");
        assertEquals(beforeAtWeekBefore.dueSoon() + 1, atWeekBefore.dueSoon(), "due within a week, 25 days after receipt");
        assertEquals(beforeAtWeekBefore.overdue(), atWeekBefore.overdue(), "not yet overdue 25 days after receipt");
        RequestInbox.DeadlineCounts atAfterDeadline = inbox.deadlines(afterDeadline);
        assertEquals(beforeAfterDeadline.dueSoon(), atAfterDeadline.dueSoon(), "no longer due soon 40 days after receipt");
        assertEquals(beforeAfterDeadline.overdue() + 1, atAfterDeadline.overdue(), "overdue 40 days after receipt");

        clock.set(Clock.offset(Clock.systemUTC(), Duration.ofDays(25)));
        reminders.remind();
        assertEquals("soon:" + due, inbox.find(reference).orElseThrow().getReminded(), "reminded as due soon");
        assertEquals(0, reminders.remind(), "a due-soon request is reminded once");

        clock.set(Clock.offset(Clock.systemUTC(), Duration.ofDays(40)));
        reminders.remind();
        assertEquals("overdue:" + due, inbox.find(reference).orElseThrow().getReminded(), "overdue is reminded again");
        assertEquals(0, reminders.remind(), "an overdue request is reminded once");

        desk.extend(reference, 2, "Archives to search");
        assertEquals(received.plusMonths(3), inbox.find(reference).orElseThrow().getDeadline());
    }

    private static LocalDate today(Instant at) {
        return LocalDate.ofInstant(at, RequestSettings.current().zone());
    }

    @Test
    void restrictionsObjectionsAndTheSuppressionListAreAnsweredForTheHost() {
        String email = "rights-" + UUID.randomUUID() + "@example.com";
        String restriction = requests.fileVerified(FiledRequest.of(DataSubjectRight.RESTRICTION, email).purpose("newsletter"));
        assertTrue(!rights.isRestricted(email, "newsletter"), "nothing until an administrator restricts");
        desk.restrict(restriction);
        assertTrue(rights.isRestricted(email, "newsletter"));
        assertTrue(!rights.isRestricted(email, "orders"), "only the purpose asked");
        desk.lift(restriction);
        assertTrue(!rights.isRestricted(email, "newsletter"));

        requests.fileVerified(FiledRequest.of(DataSubjectRight.OBJECTION, email.toUpperCase()).purpose(RightsInForce.DIRECT_MARKETING));
        assertTrue(rights.isSuppressed(email), "an objection to direct marketing is upheld at once (Art. 21(3))");
        assertTrue(rights.hasObjected(email, RightsInForce.DIRECT_MARKETING));
        assertTrue(!rights.isSuppressed("other-" + email));
    }
}

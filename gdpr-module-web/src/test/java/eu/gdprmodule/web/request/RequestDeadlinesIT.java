package eu.gdprmodule.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        String reference = requests.fileVerified(FiledRequest.of(DataSubjectRight.ACCESS, "due-" + UUID.randomUUID() + "@example.com")
                .reference("customer:1"));
        DataSubjectRequest request = inbox.find(reference).orElseThrow();
        LocalDate received = LocalDate.ofInstant(request.getReceivedAt(), RequestSettings.current().zone());
        assertEquals(received.plusMonths(1), request.getDueOn());

        clock.set(Clock.offset(Clock.systemUTC(), Duration.ofDays(25)));
        LocalDate later = LocalDate.ofInstant(clock.now(), RequestSettings.current().zone());
        assertTrue(inbox.deadlines(later).dueSoon() >= 1, "due within a week, 25 days after receipt");
        reminders.remind();
        assertEquals(0, reminders.remind(), "a due-soon request is reminded once");

        clock.set(Clock.offset(Clock.systemUTC(), Duration.ofDays(40)));
        assertTrue(inbox.deadlines(LocalDate.ofInstant(clock.now(), RequestSettings.current().zone())).overdue() >= 1);
        assertTrue(reminders.remind() >= 1, "overdue is reminded again");
        assertEquals(0, reminders.remind());

        desk.extend(reference, 2, "Archives to search");
        assertEquals(received.plusMonths(3), inbox.find(reference).orElseThrow().getDeadline());
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

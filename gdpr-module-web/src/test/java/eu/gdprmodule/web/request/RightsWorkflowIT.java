package eu.gdprmodule.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.DataSubjectDeceased;
import eu.gdprmodule.api.DataSubjectRequests;
import eu.gdprmodule.api.DataSubjectRight;
import eu.gdprmodule.api.FiledRequest;
import eu.gdprmodule.api.RightExercised;
import eu.gdprmodule.api.RightsInForce;
import eu.gdprmodule.request.DataSubjectRequest;
import eu.gdprmodule.request.InboxQuery;
import eu.gdprmodule.request.RequestDesk;
import eu.gdprmodule.request.RequestEvent;
import eu.gdprmodule.request.RequestInbox;
import eu.gdprmodule.request.RequestStatus;
import eu.gdprmodule.request.RequestTimeline;
import eu.gdprmodule.web.TestHost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rights that are not an export or an erasure, in the container with the module's real
 * transactions: what the host is told ({@link RightExercised}, only after commit), what the
 * module records, and post-mortem instructions applied when the host reports a death (Art. 85
 * Loi Informatique et Libertés).
 */
@ExtendWith(ArquillianExtension.class)
class RightsWorkflowIT {

    @Deployment
    static WebArchive host() {
        return TestHost.war("rights-workflow").addClasses(TestHost.class, HostRights.class);
    }

    /** The host's side: what it was told, and an observer that fails for one address. */
    @ApplicationScoped
    public static class HostRights {

        final List<RightExercised> told = new CopyOnWriteArrayList<>();

        public void act(@Observes RightExercised exercised) {
            if (exercised.subject().email().startsWith("broken-host-")) {
                throw new IllegalStateException("newsletter service unavailable");
            }
            told.add(exercised);
        }

        RightExercised about(String reference) {
            return told.stream().filter(r -> r.requestReference().equals(reference)).findFirst()
                    .orElseThrow(() -> new AssertionError("the host was not told of " + reference + "; told: " + told));
        }
    }

    @Inject
    DataSubjectRequests requests;

    @Inject
    RequestInbox inbox;

    @Inject
    RequestDesk desk;

    @Inject
    RequestTimeline timeline;

    @Inject
    RightsInForce rights;

    @Inject
    HostRights host;

    @Inject
    Event<DataSubjectDeceased> deaths;

    @Test
    void aRectificationIsHandedToTheHostWithWhatThePersonAskedToChange() {
        String email = unique("rectify");
        String reference = requests.fileVerified(FiledRequest.of(DataSubjectRight.RECTIFICATION, email)
                .details("My name is Zoé Durand, not Zoe Durand.").reference("customer:7"));
        RightExercised told = host.about(reference);
        assertEquals(DataSubjectRight.RECTIFICATION, told.right());
        assertEquals("My name is Zoé Durand, not Zoe Durand.", told.details());
        assertEquals(email, told.subject().email());
        assertEquals("customer:7", told.subject().reference());
        assertEquals(RequestStatus.OPEN, inbox.find(reference).orElseThrow().getStatus(),
                "open until an administrator records the outcome");

        desk.complete(reference, "Name corrected in the customer account.");
        DataSubjectRequest done = inbox.find(reference).orElseThrow();
        assertEquals(RequestStatus.COMPLETED, done.getStatus());
        assertTrue(kinds(done).contains("completed"), kinds(done).toString());
    }

    @Test
    void aWithdrawalOfAHostConsentIsRecordedAndTheHostToldAfterCommit() {
        String email = unique("withdraw");
        String reference = requests.fileVerified(FiledRequest.of(DataSubjectRight.CONSENT_WITHDRAWAL, email).purpose("newsletter"));
        RightExercised told = host.about(reference);
        assertEquals(DataSubjectRight.CONSENT_WITHDRAWAL, told.right());
        assertEquals("newsletter", told.purpose());
        RequestEvent proof = event(inbox.find(reference).orElseThrow(), "consent-withdrawn");
        assertTrue(proof.getDetail().contains("newsletter"), proof.getDetail());
        assertTrue(proof.getAt() != null && !proof.getAt().isAfter(told.at().plusSeconds(5)), "dated: " + proof.getAt());
    }

    @Test
    void aFailingHostObserverIsWrittenToTheTimelineAndTheWithdrawalStaysRecorded() {
        String email = "broken-host-" + UUID.randomUUID() + "@example.com";
        String reference = requests.fileVerified(FiledRequest.of(DataSubjectRight.CONSENT_WITHDRAWAL, email).purpose("newsletter"));
        DataSubjectRequest request = inbox.find(reference).orElseThrow();
        assertTrue(kinds(request).contains("consent-withdrawn"), "the module's record is committed: " + kinds(request));
        RequestEvent failed = event(request, "host-failed");
        assertTrue(failed.getDetail().contains("newsletter service unavailable"), failed.getDetail());
    }

    @Test
    void anObjectionToAnotherPurposeWaitsForAnAdministratorThenHoldsForThatPurposeOnly() {
        String email = unique("object");
        String reference = requests.fileVerified(FiledRequest.of(DataSubjectRight.OBJECTION, email).purpose("profiling"));
        assertFalse(rights.hasObjected(email, "profiling"), "Art. 21(1): the controller may show compelling grounds first");
        desk.upholdObjection(reference);
        assertTrue(rights.hasObjected(email, "profiling"));
        assertFalse(rights.hasObjected(email, RightsInForce.DIRECT_MARKETING));
        assertFalse(rights.isSuppressed(email), "only an objection to direct marketing suppresses the address");
        assertEquals(DataSubjectRight.OBJECTION, host.about(reference).right());
    }

    @Test
    void postMortemInstructionsToEraseOpenAnErasureWhenTheHostReportsTheDeath() {
        String email = unique("erase-after");
        String instructions = requests.fileVerified(FiledRequest.of(DataSubjectRight.POST_MORTEM_INSTRUCTIONS, email)
                .purpose("erase").details("Delete my account and my reviews.").reference("customer:9"));
        assertTrue(opened(email, DataSubjectRight.ERASURE).isEmpty(), "nothing happens while the person lives");

        deaths.fire(new DataSubjectDeceased(email, LocalDate.of(2026, 10, 2), "notary's letter"));

        List<DataSubjectRequest> erasures = opened(email, DataSubjectRight.ERASURE);
        assertEquals(1, erasures.size(), "one erasure, opened as instructed");
        DataSubjectRequest erasure = erasures.get(0);
        assertEquals(RequestStatus.OPEN, erasure.getStatus(), "no identity check: the instructions were verified");
        assertTrue(erasure.getDetails().contains(instructions), erasure.getDetails());
        RequestEvent reported = event(inbox.find(instructions).orElseThrow(), "death-reported");
        assertTrue(reported.getDetail().contains("2026-10-02"), reported.getDetail());
        assertTrue(reported.getDetail().contains("notary's letter"), reported.getDetail());
        assertTrue(reported.getDetail().contains(erasure.getReference()), reported.getDetail());
    }

    @Test
    void postMortemInstructionsToCommunicateOpenAnAccessRequestForTheContact() {
        String email = unique("share-after");
        requests.fileVerified(FiledRequest.of(DataSubjectRight.POST_MORTEM_INSTRUCTIONS, email).purpose("communicate")
                .details("Give my photos to my daughter."));
        deaths.fire(new DataSubjectDeceased(email, null, ""));
        List<DataSubjectRequest> access = opened(email, DataSubjectRight.ACCESS);
        assertEquals(1, access.size());
        assertTrue(access.get(0).getDetails().contains("send the export to"), access.get(0).getDetails());
    }

    @Test
    void aDeathWithoutInstructionsOpensNothing() {
        String email = unique("no-instructions");
        requests.fileVerified(FiledRequest.of(DataSubjectRight.ACCESS, email));
        deaths.fire(new DataSubjectDeceased(email, null, "family"));
        assertTrue(opened(email, DataSubjectRight.ERASURE).isEmpty());
        assertEquals(1, inbox.search(new InboxQuery(null, null, null, email), 0, 10).size(), "only the person's own request");
    }

    private List<DataSubjectRequest> opened(String email, DataSubjectRight right) {
        return inbox.search(new InboxQuery(right, null, null, email), 0, 10);
    }

    private List<String> kinds(DataSubjectRequest request) {
        return timeline.of(request.getId()).stream().map(RequestEvent::getKind).toList();
    }

    private RequestEvent event(DataSubjectRequest request, String kind) {
        return timeline.of(request.getId()).stream().filter(e -> e.getKind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + kinds(request)));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.com";
    }
}

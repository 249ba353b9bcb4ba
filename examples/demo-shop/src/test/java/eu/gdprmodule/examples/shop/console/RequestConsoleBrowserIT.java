package eu.gdprmodule.examples.shop.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.examples.shop.BuiltShop;
import eu.gdprmodule.examples.shop.browser.Browser;
import eu.gdprmodule.examples.shop.browser.ConsolePage;
import eu.gdprmodule.examples.shop.browser.RequestInboxPage;
import eu.gdprmodule.examples.shop.browser.RequestPage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data-subject requests in the console, as the shop's staff handle them in headless Chromium. A
 * visitor files each request through the module's public API (as its form does, so it waits for
 * the identity check); staff find it in the inbox with its deadline (one month from receipt, Art.
 * 12(3)), verify the identity by hand, extend the deadline once with a reason, run the export,
 * preview then run an erasure, restrict and lift, refuse (never without a reason) and complete
 * with the template reply. The DPO processes requests as the administrator does. Each test files
 * its own requests under addresses of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestConsoleBrowserIT extends ConsoleBrowserTest {

    @Deployment(testable = false)
    static WebArchive shop() {
        return BuiltShop.war();
    }

    @Test
    void anAccessRequestIsVerifiedExtendedExportedAndCompletedWithTheTemplateReply() {
        String email = unique("access") + "@example.com";
        file("{\"right\": \"access\", \"email\": \"" + email + "\", \"name\": \"Alice Martin\", \"language\": \"en\"}");
        signInAsAdministrator();

        RequestInboxPage inbox = RequestInboxPage.open(browser, base).search(email);
        assertEquals(1, inbox.references().size(), inbox.references().toString());
        String reference = inbox.references().get(0);
        assertEquals(List.of("unverified"), inbox.statuses());
        String listed = inbox.deadline(reference);
        RequestPage request = inbox.openRequest(reference);
        assertEquals("Request " + reference, request.heading());
        LocalDate received = LocalDate.parse(request.received().substring(0, 10));
        assertEquals(received.plusMonths(1).toString(), request.deadline(), "one month from receipt");
        assertEquals(listed, request.deadline(), "the inbox shows the same deadline");
        assertFalse(request.offers("complete"), "nothing is answered before the identity is checked");

        request.verifyByHand("Called the customer back on the phone number of their account.");
        assertEquals("open", request.status(), request.messages());
        assertTrue(request.messages().contains("the identity is checked"), request.messages());

        request.extend("2 months", "Many requests this month; the archive takes longer to gather.");
        assertEquals(received.plusMonths(3).toString(), request.deadline(), "extended by two months: three from receipt");
        assertTrue(request.extension().contains("the archive takes longer to gather"), request.extension());
        assertTrue(request.timeline().contains("extended"), request.timeline().toString());
        assertTrue(request.timelineText().contains("Deadline extended"), request.timelineText());
        assertFalse(request.offers("extend"), "the GDPR allows one extension");

        request.runExport();
        assertTrue(request.messages().contains("The export is ready"), request.messages());
        assertTrue(request.contributors("export-reports").contains("CustomerAccountData"),
                request.contributors("export-reports").toString());
        assertTrue(request.timeline().contains("export-ready"), request.timeline().toString());

        String reply = request.reply();
        assertTrue(reply.contains("Art. 15 GDPR"), "the English access template: " + reply);
        request.complete();
        assertEquals("completed", request.status(), request.messages());
        assertEquals(reply.strip(), request.outcome());
        assertTrue(request.timeline().contains("completed"), request.timeline().toString());
        assertFalse(request.offers("refuse"), "a closed request takes no more actions");
        Browser.screenshot(browser, "request-completed");

        RequestInboxPage after = RequestInboxPage.open(browser, base).search(reference);
        assertEquals(List.of("completed"), after.statuses());
        assertEquals("closed", after.deadlineState(reference));
    }

    @Test
    void aRefusalNeedsAReasonWhichIsAskedForBesideTheFieldNotOnAnErrorPage() {
        String email = unique("refuse") + "@example.com";
        file("{\"right\": \"erasure\", \"email\": \"" + email + "\"}");
        signInAsAdministrator();
        RequestInboxPage inbox = RequestInboxPage.open(browser, base).search(email);
        String reference = inbox.references().get(0);
        RequestPage request = inbox.openRequest(reference);

        request.refuse("");
        assertTrue(request.fieldMessage("refusalReason").contains("Give the reason for the refusal"),
                request.fieldMessage("refusalReason"));
        assertEquals("Request " + reference, request.heading(), "still the request page");
        assertEquals("unverified", request.status(), "nothing was refused");

        request.refuse("Manifestly excessive: the fifth identical request this month (Art. 12(5) GDPR).");
        assertEquals("refused", request.status(), request.messages());
        assertTrue(request.outcome().contains("fifth identical request"), request.outcome());
        assertTrue(request.timeline().contains("refused"), request.timeline().toString());
        assertFalse(request.offers("refuse"));
    }

    @Test
    void theDpoVerifiesAndAnswersARequestInTheFrenchTemplate() {
        String email = unique("dpo") + "@example.com";
        file("{\"right\": \"rectification\", \"email\": \"" + email + "\", \"details\": \"Mon nom s'écrit Zoé, pas Zoe.\","
                + " \"language\": \"fr\"}");
        signInAs(ConsoleWalkIT.DPO, ConsoleWalkIT.DPO_PASSWORD);
        RequestInboxPage inbox = RequestInboxPage.open(browser, base).search(email);
        RequestPage request = inbox.openRequest(inbox.references().get(0));

        // the reply is offered once the request is open (identity checked): nothing is answered before
        request.verifyByHand("Pièce d'identité reçue par courrier.").addNote("Nom corrigé dans le compte client.");
        assertTrue(request.reply().contains("art. 16 RGPD"), "a French request starts from the French template: " + request.reply());
        assertTrue(request.timeline().containsAll(List.of("verified", "note")), request.timeline().toString());
        assertTrue(request.useTemplate("en").reply().contains("Art. 16 GDPR"), request.reply());
        request.useTemplate("fr").complete();
        assertEquals("completed", request.status(), request.messages());
        assertTrue(request.timelineText().contains(ConsoleWalkIT.DPO), "the DPO is named as the author: " + request.timelineText());
    }

    @Test
    void theInboxFiltersByRightAndByStatus() {
        String domain = unique("filter") + ".example";
        file("{\"right\": \"restriction\", \"email\": \"ana@" + domain + "\", \"details\": \"I dispute my order history.\"}");
        file("{\"right\": \"objection\", \"email\": \"ben@" + domain + "\"}");
        signInAsAdministrator();

        RequestInboxPage inbox = RequestInboxPage.open(browser, base).search(domain);
        assertEquals(2, inbox.references().size(), inbox.references().toString());
        inbox.right("Restriction of processing").apply();
        assertEquals(List.of("restriction"), inbox.rights());
        String restriction = inbox.references().get(0);

        RequestPage request = inbox.openRequest(restriction).verifyByHand("Customer came to the shop with an ID card.");
        request.restrict();
        assertTrue(request.messages().contains("Processing is restricted"), request.messages());
        assertTrue(request.offers("lift") && !request.offers("restrict"), "restricted: the page offers to lift it");
        request.lift();
        assertTrue(request.timeline().containsAll(List.of("restricted", "restriction-lifted")), request.timeline().toString());

        RequestInboxPage open = RequestInboxPage.open(browser, base).status("Open").search(domain);
        assertEquals(List.of(restriction), open.references());
        RequestInboxPage waiting = RequestInboxPage.open(browser, base).status("Awaiting identity check").search(domain);
        assertEquals(List.of("objection"), waiting.rights());
        Browser.screenshot(browser, "request-inbox");
    }

    @Test
    void anErasureIsPreviewedThenRunAndEachContributorReportsWhatItDid() {
        String email = unique("erase") + "@example.com";
        assertTrue(new FacesSession(base).signUp("Erin Case", email, "plum orchard tuesday lantern"), "the shop account exists");
        file("{\"right\": \"erasure\", \"email\": \"" + email + "\", \"name\": \"Erin Case\"}");
        signInAsAdministrator();
        RequestInboxPage inbox = RequestInboxPage.open(browser, base).search(email);
        RequestPage request = inbox.openRequest(inbox.references().get(0)).verifyByHand("Signed-in customer, confirmed by phone.");
        assertFalse(request.offers("erase"), "the erasure runs only after its preview");

        request.previewErasure();
        assertTrue(request.messages().contains("nothing was changed"), request.messages());
        assertTrue(request.contributors("preview-reports").contains("CustomerAccountData"),
                request.contributors("preview-reports").toString());
        assertTrue(request.contributorOutcomes("preview-reports").stream().allMatch("done"::equals), request.reportText("preview-reports"));
        assertTrue(request.reportText("preview-reports").contains("account"), request.reportText("preview-reports"));

        request.runErasure();
        assertTrue(request.messages().contains("done by every contributor"), request.messages());
        assertEquals(request.contributors("preview-reports"), request.contributors("erasure-reports"));
        assertTrue(request.timeline().contains("erased"), request.timeline().toString());
        assertTrue(request.reply().contains("Art. 17 GDPR"), request.reply());
        Browser.screenshot(browser, "request-erasure");
    }

    @Test
    void postMortemInstructionsAreShownFirstWithThePersonToContact() {
        String email = unique("after") + "@example.com";
        file("{\"right\": \"post-mortem\", \"email\": \"" + email + "\", \"details\": \"Close my account and delete my reviews.\","
                + " \"purpose\": \"erase\", \"contact\": \"Jeanne Case, jeanne.case@example.com\"}");
        signInAsAdministrator();
        RequestInboxPage inbox = RequestInboxPage.open(browser, base).search(email);
        RequestPage request = inbox.openRequest(inbox.references().get(0));

        assertTrue(request.postMortem().contains("Close my account and delete my reviews."), request.postMortem());
        assertTrue(request.postMortem().contains("an erasure request is opened"), request.postMortem());
        assertTrue(request.postMortemContact().contains("jeanne.case@example.com"), request.postMortemContact());
    }

    @Test
    void theDashboardCountsTheRequestsStillToAnswer() {
        // the shop's database is shared with the other tests: the figure is compared before and after this request
        long before = Long.parseLong(signInAsAdministrator().tileFigure("requests"));
        file("{\"right\": \"portability\", \"email\": \"" + unique("count") + "@example.com\"}");
        ConsolePage dashboard = ConsolePage.open(browser, base, "gdpr/admin/");
        assertTrue(dashboard.isAvailable("requests"), "the menu opens the inbox");
        assertEquals(before + 1, Long.parseLong(dashboard.tileFigure("requests")), "the request just filed is still to answer");

        RequestInboxPage inbox = RequestInboxPage.open(browser, base, "due=soon");
        assertEquals("Data-subject requests", inbox.heading());
        assertTrue(inbox.counts().contains("still to answer"), inbox.counts());
    }

    private void file(String json) {
        assertEquals(202, RequestInboxPage.fileAsVisitor(browser, base, json), "the request is registered: " + json);
    }

    private static String unique(String prefix) {
        return "req-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}

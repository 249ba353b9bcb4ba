package eu.gdprmodule.examples.shop.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.examples.shop.BuiltShop;
import eu.gdprmodule.examples.shop.browser.Browser;
import eu.gdprmodule.examples.shop.browser.ConsolePage;
import eu.gdprmodule.examples.shop.browser.RegisterPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WindowType;

/**
 * The register of processing activities (Art. 30 GDPR) in the console, as the shop's staff use it
 * in headless Chromium: the shop's own register listed and filtered, an activity created after a
 * refused retention period and found in the audit log, a transfer outside the EU/EEA refused
 * without its safeguard, the DPO's read-only form, the printable record and a refused import.
 * Every test starts as a new visitor; what a test creates it deletes again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegisterBrowserIT extends ConsoleBrowserTest {

    /** The activities of the shop's register.json, loaded at its first start. */
    static final List<String> SHOP_ACTIVITIES = List.of("customer-account", "orders", "billing", "newsletter",
            "prospects", "security-logs", "audience-measurement", "cookie-consent");

    @Deployment(testable = false)
    static WebArchive shop() {
        return BuiltShop.war();
    }

    private RegisterPage register() {
        return RegisterPage.open(browser, base, "gdpr/admin/register/index.xhtml");
    }

    @Test
    void theRegisterListsTheShopsActivitiesAndAFilterByLegalBasisNarrowsThem() {
        ConsolePage dashboard = signInAsAdministrator();
        assertTrue(dashboard.isAvailable("register"), "the menu opens the register");
        dashboard.openSection("register");
        RegisterPage register = new RegisterPage(browser);
        assertEquals("Register of processing activities", register.heading());
        List<String> all = register.activityKeys();
        assertTrue(all.containsAll(SHOP_ACTIVITIES), all.toString());
        assertTrue(register.activityRow("prospects").contains("3 years from the last contact, then deleted"),
                register.activityRow("prospects"));
        assertTrue(register.activityRow("newsletter").contains("Consent — Art. 6(1)(a)"), register.activityRow("newsletter"));
        assertTrue(register.isFlaggedOutsideEea("mailer"), "MailCo Inc. sends the newsletter from the US");
        assertFalse(register.isFlaggedOutsideEea("hosting"), "HostCo SAS is in France");
        Browser.screenshot(browser, "register");

        register.filter("basis", "Legitimate interests — Art. 6(1)(f)");
        List<String> legitimate = register.activityKeys();
        assertTrue(legitimate.contains("security-logs"), legitimate.toString());
        assertFalse(legitimate.contains("audience-measurement"), "the shop measures its audience with consent: " + legitimate);
        assertFalse(legitimate.contains("orders"), legitimate.toString());
        assertFalse(legitimate.contains("newsletter"), legitimate.toString());
        assertTrue(legitimate.size() < all.size(), legitimate + " narrows " + all);
        assertTrue(legitimate.stream().allMatch(key -> register.activityRow(key).contains("Legitimate interests")),
                legitimate.toString());
        assertEquals(legitimate.size() + " of " + all.size() + " activities shown", register.shownCount());

        new ConsolePage(browser).switchLanguage("fr");
        RegisterPage french = new RegisterPage(browser);
        assertEquals("Registre des activités de traitement", french.heading());
        assertTrue(french.activityRow("prospects").contains("3 ans à compter du dernier contact, puis suppression"),
                french.activityRow("prospects"));
        assertTrue(french.activityRow("security-logs").contains("Intérêt légitime — art. 6(1)(f)"),
                french.activityRow("security-logs"));
        assertEquals(all.size() + " activités affichées sur " + all.size(), french.shownCount());
    }

    @Test
    void anAdministratorCreatesAnActivityAfterARefusedPeriodAndFindsItInTheListAndTheAuditLog() {
        signInAsAdministrator();
        String key = "it-activity-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Browser test " + key;
        RegisterPage form = register().newActivity();
        assertEquals("New processing activity", form.heading());
        try {
            form.type("activity:key", key).type("activity:name", name)
                    .type("activity:purposes", "Check the console's register form")
                    .tick("activity:dataCategories", "Contact details (e-mail, phone, address)")
                    .tick("activity:dataSubjects", "Customers")
                    .choose("activity:basisRows:0:basis", "Contract — Art. 6(1)(b)")
                    .type("activity:period", "3 years");
            RegisterPage refused = form.save("activity");
            String periodMessage = refused.fieldMessage("activity:periodMessage");
            assertTrue(periodMessage.contains("“3 years” is not a period"), periodMessage);
            assertTrue(periodMessage.contains("P3Y"), periodMessage);
            assertEquals("", refused.fieldMessage("activity:nameMessage"), "only the period is refused");
            assertEquals(name, refused.value("activity:name"), "the form keeps what was typed");
            assertFalse(refused.url().contains("key="), "nothing was created");
            Browser.screenshot(browser, "register-activity-refused");

            RegisterPage created = refused.type("activity:period", "P3Y").save("activity");
            assertTrue(created.url().endsWith("activity.xhtml?key=" + key), created.url());
            assertTrue(created.formMessages("activity").contains("is created"), created.formMessages("activity"));
            assertEquals("P3Y", created.value("activity:period"));

            RegisterPage list = register();
            assertTrue(list.activityNames().contains(name), list.activityNames().toString());
            assertTrue(list.activityRow(key).contains("3 years from collection, then deleted"), list.activityRow(key));

            ConsolePage audit = ConsolePage.open(browser, base, "gdpr/admin/audit.xhtml");
            audit.filterByEntityType("register-activity");
            List<List<String>> rows = audit.auditRows();
            assertTrue(rows.stream().anyMatch(row -> row.contains(key) && row.contains("created")
                    && row.contains(ConsoleWalkIT.ADMIN)), rows.toString());

            // the same activity open in two tabs: the later save is refused, the first one kept
            String firstTab = browser.getWindowHandle();
            RegisterPage older = RegisterPage.open(browser, base, "gdpr/admin/register/activity.xhtml?key=" + key);
            browser.switchTo().newWindow(WindowType.TAB);
            RegisterPage newer = RegisterPage.open(browser, base, "gdpr/admin/register/activity.xhtml?key=" + key)
                    .type("activity:description", "Changed in the second tab").save("activity");
            assertTrue(newer.formMessages("activity").contains("is saved"), newer.formMessages("activity"));
            browser.close();
            browser.switchTo().window(firstTab);
            RegisterPage conflict = older.type("activity:description", "Changed in the first tab").save("activity");
            assertTrue(conflict.formMessages("activity").contains("since you opened it"), conflict.formMessages("activity"));
            assertTrue(conflict.offersReload("activity"));
            assertEquals("Changed in the second tab", conflict.reload("activity").value("activity:description"));
        } finally {
            RegisterPage activity = RegisterPage.open(browser, base, "gdpr/admin/register/activity.xhtml?key=" + key);
            if (!activity.isMissing()) {
                RegisterPage after = activity.delete("activity");
                assertFalse(after.activityKeys().contains(key), "the test's activity is deleted again");
            }
        }
    }

    @Test
    void aRecipientInTheUsWithoutATransferSafeguardIsRefusedAtTheTransferField() {
        signInAsAdministrator();
        String key = "it-us-" + UUID.randomUUID().toString().substring(0, 8);
        RegisterPage form = register().newRecipient();
        assertEquals("New recipient", form.heading());
        try {
            form.type("recipient:key", key).type("recipient:name", "US Analytics Inc.").type("recipient:country", "us");
            RegisterPage refused = form.save("recipient");
            String transfer = refused.fieldMessage("recipient:mechanismMessage");
            assertTrue(transfer.contains("US is outside the EU/EEA"), transfer + " / " + refused.formMessages("recipient"));
            assertEquals("", refused.fieldMessage("recipient:countryMessage"), "the country itself is fine");
            assertFalse(refused.url().contains("key="), "nothing was created");
            Browser.screenshot(browser, "register-recipient-refused");
            assertFalse(register().recipientKeys().contains(key));
        } finally {
            RegisterPage recipient = RegisterPage.open(browser, base, "gdpr/admin/register/recipient.xhtml?key=" + key);
            if (!recipient.isMissing()) {
                recipient.delete("recipient");
            }
        }
    }

    @Test
    void aRecipientWithItsSafeguardIsSavedAndOneStillInUseIsNotDeleted() {
        signInAsAdministrator();
        String key = "it-scc-" + UUID.randomUUID().toString().substring(0, 8);
        RegisterPage form = register().newRecipient();
        form.type("recipient:key", key).type("recipient:name", "US Support Inc.").type("recipient:country", "US");
        form.save("recipient"); // shows the safeguard's fields
        RegisterPage created = new RegisterPage(browser)
                .choose("recipient:mechanism", "Standard contractual clauses (Art. 46(2)(c))")
                .type("recipient:reference", "Module 2, signed 2026-01-15")
                .save("recipient");
        assertTrue(created.url().endsWith("recipient.xhtml?key=" + key), created.url() + " " + created.formMessages("recipient"));
        assertTrue(created.formMessages("recipient").contains("is created"), created.formMessages("recipient"));
        RegisterPage list = created.delete("recipient");
        assertFalse(list.recipientKeys().contains(key), "deleted again");

        RegisterPage hosting = RegisterPage.open(browser, base, "gdpr/admin/register/recipient.xhtml?key=hosting");
        RegisterPage refused = hosting.deleteRefused("recipient");
        assertTrue(refused.formMessages("recipient").contains("still send data to this recipient"),
                refused.formMessages("recipient"));
        assertTrue(register().recipientKeys().contains("hosting"), "a recipient in use stays");
    }

    @Test
    void theDpoSeesAnActivityReadOnlyWithoutASaveButton() {
        ConsolePage dashboard = signInAs(ConsoleWalkIT.DPO, ConsoleWalkIT.DPO_PASSWORD);
        assertTrue(Integer.parseInt(dashboard.tileFigure("register")) >= SHOP_ACTIVITIES.size(),
                "the dashboard counts the register's activities: " + dashboard.tileFigure("register"));
        RegisterPage register = register();
        assertTrue(register.activityKeys().containsAll(SHOP_ACTIVITIES), "the DPO reads the whole register");
        assertFalse(register.offersChanges(), "no New, Import or Save for the DPO");
        RegisterPage newsletter = RegisterPage.open(browser, base, "gdpr/admin/register/activity.xhtml?key=newsletter");
        assertEquals("Processing activity: Newsletter", newsletter.heading());
        assertTrue(newsletter.isReadOnly("activity"));
        assertFalse(newsletter.hasSaveButton("activity"));
        assertEquals("P3Y", newsletter.value("activity:period"), "the DPO sees the values in force");
        assertEquals("register", newsletter.currentSection(), "the menu shows where the activity belongs");
        RegisterPage recipient = RegisterPage.open(browser, base, "gdpr/admin/register/recipient.xhtml?key=mailer");
        assertTrue(recipient.isReadOnly("recipient"));
    }

    @Test
    void thePrintableRecordHasTheArticle30HeadingsAndEveryActivity() {
        signInAsAdministrator();
        RegisterPage register = register();
        List<String> names = register.activityNames();
        assertFalse(names.isEmpty());
        RegisterPage record = register.openRecord();
        assertEquals("Record of processing activities (Art. 30(1) GDPR)", record.heading());
        List<String> headings = record.recordHeadings();
        for (String point : List.of("(a) ", "(b) ", "(c) ", "(d) ", "(e) ", "(f) ", "(g) ")) {
            assertTrue(headings.stream().anyMatch(h -> h.startsWith(point)), point + " in " + headings);
        }
        List<String> titles = record.recordActivities();
        assertEquals(names.size(), titles.size(), titles.toString());
        for (String name : names) {
            assertTrue(titles.stream().anyMatch(t -> t.endsWith(". " + name)), name + " in " + titles);
        }
        assertTrue(record.offersPrint());
        assertTrue(record.printsOnlyTheRecord(), "on paper, the console around the record is hidden");
        Browser.screenshot(browser, "register-record");
    }

    @Test
    void importingAnInvalidFileShowsTheProblemsPathAndChangesNothing() throws IOException {
        signInAsAdministrator();
        Path build = Files.createDirectories(Path.of(System.getProperty("it.build.dir", "target")));
        Path invalid = Files.createTempFile(build, "invalid-register-", ".json");
        Path exported = Files.createTempFile(build, "exported-register-", ".json");
        try {
            Files.writeString(invalid, "{\"format\":\"gdpr-register/1\",\"recipients\":[],\"activities\":[{\"key\":\"x\"}]}");
            RegisterPage register = register();
            List<String> before = register.activityKeys();
            String outcome = register.importFile(invalid);
            assertTrue(register.importRefused(), outcome);
            assertTrue(outcome.contains("nothing was changed"), outcome);
            assertTrue(outcome.contains("activities[0]."), outcome);
            Browser.screenshot(browser, "register-import-refused");
            assertEquals(before, register().activityKeys(), "the register is as it was");

            // the register's own export imports again without a change
            RegisterPage again = register();
            String json = again.exportedJson();
            assertTrue(json.contains("\"format\""), json);
            Files.writeString(exported, json);
            String roundTrip = again.importFile(exported);
            assertFalse(again.importRefused(), roundTrip);
            assertTrue(roundTrip.contains("0 created, 0 changed, 0 deleted"), roundTrip);
            assertEquals(before, again.activityKeys(), "the lists are shown again after the import");
        } finally {
            Files.deleteIfExists(invalid);
            Files.deleteIfExists(exported);
        }
    }
}

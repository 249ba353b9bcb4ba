package eu.gdprmodule.examples.shop.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.examples.shop.BuiltShop;
import eu.gdprmodule.examples.shop.browser.Browser;
import eu.gdprmodule.examples.shop.browser.ConsolePage;
import eu.gdprmodule.examples.shop.browser.HomePage;
import eu.gdprmodule.examples.shop.browser.LoginPage;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;

/**
 * The GDPR console as the shop's staff use it, in headless Chromium: signing in on the shop's
 * page, moving through the console, changing the controller identity and finding the change in
 * the audit log, verifying the chain, French and English, a tablet-sized window, the DPO's
 * read-only settings, signing out. Every test starts as a new visitor.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT extends ConsoleBrowserTest {

    @Deployment(testable = false)
    static WebArchive shop() {
        return BuiltShop.war();
    }

    @Test
    void anAdministratorSignsInMovesThroughTheConsoleAndSignsOut() {
        ConsolePage dashboard = signInAsAdministrator();
        assertEquals("Dashboard", dashboard.heading());
        assertTrue(dashboard.userLine().contains(ConsoleWalkIT.ADMIN), dashboard.userLine());
        assertTrue(dashboard.userLine().contains("administrator"), dashboard.userLine());
        assertEquals(List.of("Dashboard", "Register", "Policies", "Cookies", "Requests", "Consent log", "Retention",
                "Audit", "Settings"), dashboard.sections());
        assertTrue(dashboard.isAvailable("register"));
        assertTrue(dashboard.isAvailable("policies"), "the policies section opens its page");
        assertTrue(dashboard.startedWidgets() > 0, "PrimeFaces runs under the console's script policy");
        Browser.screenshot(browser, "console-dashboard");

        ConsolePage audit = dashboard.openSection("audit");
        assertEquals("Audit log", audit.heading());
        assertTrue(audit.path().endsWith("/gdpr/admin/audit.xhtml"));
        ConsolePage settings = audit.openSection("settings");
        assertEquals("Settings", settings.heading());

        HomePage home = settings.signOut();
        assertTrue(home.offersSignIn(), "signed out, the shop offers to sign in again");
        browser.get(base.resolve("gdpr/admin/index.xhtml").toString());
        assertTrue(new LoginPage(browser).currentPath().endsWith("/login.xhtml"), "the console is closed again");
    }

    @Test
    void aChangeOfTheControllerIdentityIsInTheAuditLogAndTheChainVerifies() {
        ConsolePage settings = signInAsAdministrator().openSection("settings");
        String name = "Demo Shop " + UUID.randomUUID().toString().substring(0, 8) + " SAS";

        try {
            String refused = settings.saveControllerIdentity(name, "privacy-at-demo-shop");
            assertTrue(settings.fieldErrors().stream().anyMatch(m -> m.contains("This is not an e-mail address.")),
                    settings.fieldErrors() + refused);

            String answer = settings.saveControllerIdentity(name, "privacy@demo-shop.example");
            assertTrue(answer.contains("The controller identity is saved"), answer);
            checkTheAuditLog(settings, name);
        } finally {
            ConsolePage back = ConsolePage.open(browser, base, "gdpr/admin/settings.xhtml");
            if (back.isSavedInConsole()) {
                back.revertToConfiguration();
            }
            assertEquals("Demo Shop SAS", back.controllerName(), "the configuration applies again");
        }
    }

    private void checkTheAuditLog(ConsolePage settings, String name) {
        ConsolePage audit = settings.openSection("audit");
        List<String> newest = audit.auditRows().get(0);
        assertTrue(newest.contains(ConsoleWalkIT.ADMIN), newest.toString());
        assertTrue(newest.contains("controller-identity"), newest.toString());
        assertTrue(newest.stream().anyMatch(cell -> cell.contains("name=" + name)), newest.toString());
        assertTrue(audit.csvLink().contains("/gdpr/api/admin/audit/entries.csv"));

        audit.filterByEntityType("controller-identity");
        assertTrue(audit.auditRows().stream().allMatch(row -> row.contains("controller-identity")), audit.auditRows().toString());

        String verdict = audit.verifyChain();
        assertTrue(verdict.startsWith("The chain is intact"), verdict);
        Browser.screenshot(browser, "console-audit");
    }

    @Test
    void theConsoleSpeaksFrenchOnRequestAndKeepsIt() {
        ConsolePage dashboard = signInAsAdministrator();
        ConsolePage french = dashboard.switchLanguage("fr");
        assertEquals("fr", french.language());
        assertEquals("Tableau de bord", french.heading());
        ConsolePage audit = french.openSection("audit");
        assertEquals("Journal d’audit", audit.heading());
        assertTrue(audit.sections().contains("Paramètres"));
        Browser.screenshot(browser, "console-audit-fr");
        assertEquals("Dashboard", audit.switchLanguage("en").openSection("dashboard").heading());
    }

    @Test
    void onATabletTheMenuFoldsAndNothingOverflows() {
        ConsolePage dashboard = signInAsAdministrator();
        browser.manage().window().setSize(new Dimension(768, 1024));
        assertFalse(dashboard.isNavigationShown(), "the menu is folded");
        dashboard.toggleMenu();
        assertTrue(dashboard.isNavigationShown(), "the Menu button unfolds it");
        assertFalse(dashboard.overflowsHorizontally());
        ConsolePage audit = dashboard.openSection("audit");
        assertFalse(audit.overflowsHorizontally(), "the audit table fits a tablet");
        Browser.screenshot(browser, "console-audit-tablet");
    }

    @Test
    void theDpoReadsTheSettingsButCannotChangeThem() {
        ConsolePage dashboard = signInAs(ConsoleWalkIT.DPO, ConsoleWalkIT.DPO_PASSWORD);
        assertTrue(dashboard.userLine().contains("data protection officer"), dashboard.userLine());
        ConsolePage settings = dashboard.openSection("settings");
        assertTrue(settings.isReadOnly());
        assertFalse(settings.controllerName().isBlank(), "the DPO sees the identity in force");
        String verdict = settings.openSection("audit").verifyChain();
        assertTrue(verdict.startsWith("The chain is intact"), verdict);
    }
}

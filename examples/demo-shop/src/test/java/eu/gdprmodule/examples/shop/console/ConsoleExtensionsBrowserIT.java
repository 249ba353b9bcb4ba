package eu.gdprmodule.examples.shop.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.examples.shop.BuiltShop;
import eu.gdprmodule.examples.shop.browser.Browser;
import eu.gdprmodule.examples.shop.browser.ConsolePage;
import eu.gdprmodule.examples.shop.browser.HostExtensions;
import eu.gdprmodule.examples.shop.browser.RequestInboxPage;
import eu.gdprmodule.examples.shop.browser.RequestPage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The shop's extensions of the GDPR console in headless Chromium: its menu entry to the staff
 * customer list (administrators only), its dashboard tile of customers inactive for three years
 * (a warning, linking to the list of them), and its panels listing a person's orders and
 * newsletter subscription on the person lookup and on a request's page. The test deployment adds
 * a contributor that throws on every event ({@link ConsoleExtensionsITFailing}): it is shown as
 * failed in its place and the rest of each page works.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleExtensionsBrowserIT extends ConsoleBrowserTest {

    // contributors as the console names them: their class's simple name
    private static final String FAILING = ConsoleExtensionsITFailing.class.getSimpleName();
    private static final String MENU = "StaffConsoleMenu";
    private static final String TILE = "InactiveCustomersTile";
    private static final String PANELS = "CustomerPanels";

    @Deployment(testable = false)
    static WebArchive shop() {
        return BuiltShop.war().addClasses(ConsoleExtensionsITFailing.class, ConsoleExtensionsITSeed.class);
    }

    @Test
    void theShopsMenuEntryAndTileLeadToItsCustomerListAndAFailingContributorIsContained() {
        // the shop's database is shared with the other tests: the figures are compared before and after this test's data
        long requestsBefore = Long.parseLong(signInAsAdministrator().tileFigure("requests"));
        HostExtensions before = new HostExtensions(browser);
        long inactiveBefore = Long.parseLong(before.tile(TILE).findElement(By.className("gdpr-figure")).getText());
        String email = inactiveCustomer();
        assertEquals(202, RequestInboxPage.fileAsVisitor(browser, base,
                "{\"right\": \"access\", \"email\": \"tile-" + java.util.UUID.randomUUID() + "@example.com\"}"));
        ConsolePage dashboard = ConsolePage.open(browser, base, "gdpr/admin/");
        HostExtensions host = new HostExtensions(browser);
        assertEquals(List.of(MENU + "=ok", FAILING + "=failed"), host.menu(),
                "the shop's entry (order 100) before the failed contributor (no @Priority: 2500)");
        assertTrue(host.menuEntry(MENU).getText().contains("Customers"), host.menuEntry(MENU).getText());
        assertEquals(List.of(TILE + "=ok", FAILING + "=failed"), host.tiles());
        assertEquals(requestsBefore + 1, Long.parseLong(dashboard.tileFigure("requests")),
                "the module's own tile counts the request just filed");
        String tile = host.tile(TILE).getText();
        assertTrue(tile.contains("Customers inactive for 3 years"), tile);
        long inactive = Long.parseLong(host.tile(TILE).findElement(By.className("gdpr-figure")).getText());
        assertEquals(inactiveBefore + 1, inactive, "the customer seen four years ago counts");
        assertTrue(host.tile(TILE).getAttribute("class").contains("gdpr-tile-warning"), "a warning while any are left");
        assertTrue(host.tile(FAILING).getText().contains("ConsoleExtensionsITFailing failed"),
                host.tile(FAILING).getText());
        assertFalse(browser.getPageSource().contains(ConsoleExtensionsITFailing.MESSAGE), "the error stays in the log");
        Browser.screenshot(browser, "console-host-dashboard");

        click(host.tile(TILE).findElement(By.className("gdpr-tile-link")));
        ConsolePage list = new ConsolePage(browser);
        assertEquals("Customers inactive for 3 years", list.heading());
        assertTrue(list.path().endsWith("/staff/customers.xhtml"), list.path());
        assertEquals(List.of("Dashboard", "Register", "Policies", "Cookies", "Requests", "Consent log", "Retention",
                "Audit", "Settings"), list.sections(), "the shop's page in the console's frame");
        assertFalse(browser.findElements(By.cssSelector("tr[data-email='" + email + "']")).isEmpty(), "the seeded customer is listed");
        assertTrue(browser.findElement(By.cssSelector("tr[data-email='" + email + "']")).getText().contains("Old <Customer>"),
                "host text is text");

        click(host.menuEntry(MENU));
        ConsolePage all = new ConsolePage(browser);
        assertEquals("Customers", all.heading());
        assertTrue(host.menuEntry(MENU).getAttribute("class").contains("gdpr-nav-current"), "the entry shown is marked");
        Browser.screenshot(browser, "console-host-customers");
    }

    @Test
    void thePersonLookupListsTheCustomersOrdersAndNewsletterWithEditLinks() {
        String email = inactiveCustomer();
        signInAsAdministrator();
        ConsolePage lookup = ConsolePage.open(browser, base, "gdpr/admin/requests/subject.xhtml?email=" + email);
        assertEquals("Look up a person", lookup.heading());
        HostExtensions host = new HostExtensions(browser);
        assertEquals(List.of(PANELS + "/orders=ok", PANELS + "/newsletter=ok", FAILING + "/=failed"), host.panels(),
                "in the shop's order (orders, then newsletter), the failed contributor in its place");
        List<List<String>> orders = host.rows("orders");
        assertEquals(1, orders.size(), orders.toString());
        assertTrue(orders.get(0).contains("Screen repair"), orders.toString());
        List<List<String>> newsletter = host.rows("newsletter");
        assertEquals(1, newsletter.size(), newsletter.toString());
        assertTrue(newsletter.get(0).contains("SIGN_UP") && newsletter.get(0).contains("subscribed"), newsletter.toString());
        Browser.screenshot(browser, "console-host-person");

        click(host.panel("orders").findElement(By.className("gdpr-panel-edit")));
        ConsolePage customer = new ConsolePage(browser);
        assertTrue(customer.path().endsWith("/staff/customers.xhtml"), customer.path());
        assertEquals(1, browser.findElements(By.cssSelector("#customers tbody tr")).size(), "the edit link opens this customer");

        ConsolePage nobody = ConsolePage.open(browser, base, "gdpr/admin/requests/subject.xhtml?email=nobody-here@example.com");
        assertEquals(List.of(FAILING + "/=failed"), new HostExtensions(browser).panels(), "the shop lists nothing for a stranger");
        assertEquals("Look up a person", nobody.heading());
    }

    @Test
    void aRequestsPageShowsWhatTheShopHoldsAboutThePerson() {
        String email = inactiveCustomer();
        assertEquals(202, RequestInboxPage.fileAsVisitor(browser, base, "{\"right\": \"erasure\", \"email\": \"" + email + "\"}"));
        signInAsAdministrator();
        RequestInboxPage inbox = RequestInboxPage.open(browser, base).search(email);
        RequestPage request = inbox.openRequest(inbox.references().get(0));
        assertTrue(request.heading().startsWith("Request "), request.heading());
        HostExtensions host = new HostExtensions(browser);
        assertEquals(List.of(PANELS + "/orders=ok", PANELS + "/newsletter=ok", FAILING + "/=failed"), host.panels());
        assertTrue(host.rows("orders").get(0).contains("Screen repair"), host.rows("orders").toString());
        assertTrue(browser.findElement(By.id("person-lookup")).getAttribute("href").contains("subject.xhtml?email="),
                "the person lookup is one click away");
        Browser.screenshot(browser, "console-host-request");
    }

    @Test
    void theDpoSeesNeitherEntryNorTileAndNobodyElseOpensTheStaffPages() throws Exception {
        signInAs(ConsoleWalkIT.DPO, ConsoleWalkIT.DPO_PASSWORD);
        HostExtensions host = new HostExtensions(browser);
        assertEquals(List.of(FAILING + "=failed"), host.menu(), "the customer list is for administrators");
        assertEquals(List.of(FAILING + "=failed"), host.tiles());

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(base.resolve("staff/customers.xhtml?inactive=3")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, anonymous.statusCode(), "an anonymous visitor is sent to sign in");
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml"), anonymous.headers().map().toString());
        FacesSession dpo = new FacesSession(base);
        assertTrue(dpo.signIn(ConsoleWalkIT.DPO, ConsoleWalkIT.DPO_PASSWORD));
        assertEquals(403, dpo.get("/staff/customers.xhtml").statusCode(), "the DPO is refused the staff list");
        FacesSession admin = new FacesSession(base);
        assertTrue(admin.signIn(ConsoleWalkIT.ADMIN, ConsoleWalkIT.ADMIN_PASSWORD));
        for (String bad : List.of("?email=%25%27%22%3Cscript%3Ealert(7)%3C%2Fscript%3E", "?inactive=x", "?email=" + "a".repeat(400))) {
            HttpResponse<String> answer = admin.get("/staff/customers.xhtml" + bad);
            assertEquals(200, answer.statusCode(), bad);
            assertFalse(answer.body().contains("<script>alert(7)"), bad);
            assertEquals(200, admin.get("/gdpr/admin/requests/subject.xhtml" + bad).statusCode(), bad);
        }
    }

    /** Seeds a customer last seen four years ago (test deployment only) and returns the address. */
    private String inactiveCustomer() {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("it/inactive-customer"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            return answer.body().strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void click(org.openqa.selenium.WebElement link) {
        String before = browser.getCurrentUrl();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.extensionsTestOldPage = true");
        link.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Browser.PATIENCE)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .withMessage(() -> "no new page after clicking a link on " + before)
                .until(d -> !Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return window.extensionsTestOldPage === true")));
    }
}

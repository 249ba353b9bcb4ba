package eu.gdprmodule.examples.shop.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.examples.shop.BuiltShop;
import eu.gdprmodule.examples.shop.browser.Browser;
import eu.gdprmodule.examples.shop.browser.ConsentLogPage;
import eu.gdprmodule.examples.shop.browser.ConsolePage;
import eu.gdprmodule.examples.shop.browser.CookieCataloguePage;
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
 * Cookie consent in the console, as the shop's staff use it in headless Chromium: the
 * administrator adds a cookie to one of the shop's services (a lifetime over 13 months refused
 * next to its field first), saves the catalogue and finds it after a reload; an import is checked
 * with the file's rules; a save from an older revision names who saved since; the DPO reads the
 * catalogue without a button to change it; a visitor's choice is found in the consent log by the
 * reference the visitor was shown (Art. 7(1) GDPR). Cookies added are deleted again, so the
 * catalogue the other test classes find is the one the shop ships.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CookieCatalogueBrowserIT extends ConsoleBrowserTest {

    @Deployment(testable = false)
    static WebArchive shop() {
        return BuiltShop.war();
    }

    @Test
    void anAdministratorAddsACookieToAServiceAndSavesTheCatalogue() {
        ConsolePage dashboard = signInAsAdministrator();
        assertTrue(dashboard.isAvailable("cookies"), "the menu opens the cookie catalogue");
        CookieCataloguePage catalogue = CookieCataloguePage.open(browser, base);
        assertEquals("Cookie catalogue", catalogue.heading());
        assertTrue(catalogue.categories().containsAll(List.of("essential", "analytics", "media")),
                "the shop's cookies.json was imported at its first start: " + catalogue.categories());
        assertTrue(catalogue.cookies("shop-analytics").contains("_sa_id"), catalogue.cookies("shop-analytics").toString());

        String cookie = "_sa_it_" + UUID.randomUUID().toString().substring(0, 8);
        catalogue.addCookie("shop-analytics").type("cookieName", cookie).type("cookieLifetime", "P2Y")
                .type("cookiePurposeEn", "Remembers the last product seen.")
                .type("cookiePurposeFr", "Retient le dernier produit vu.").apply("cookie");
        assertTrue(catalogue.isDialogOpen("cookie"), "refused: the dialog stays open");
        assertTrue(catalogue.fieldMessage("cookieLifetime").contains("13 months"), catalogue.fieldMessage("cookieLifetime"));
        Browser.screenshot(browser, "cookie-lifetime-refused");

        catalogue.type("cookieLifetime", "P6M").apply("cookie");
        assertFalse(catalogue.isDialogOpen("cookie"), catalogue.fieldMessage("cookieLifetime"));
        assertTrue(catalogue.cookies("shop-analytics").contains(cookie), catalogue.cookies("shop-analytics").toString());
        assertTrue(catalogue.state().contains("not saved"), catalogue.state());

        catalogue.save();
        assertTrue(catalogue.messages().contains("The catalogue is saved"), catalogue.messages());
        assertTrue(catalogue.state().contains("saved by " + ConsoleWalkIT.ADMIN), catalogue.state());
        Browser.screenshot(browser, "cookie-catalogue");

        CookieCataloguePage reloaded = CookieCataloguePage.open(browser, base);
        assertTrue(reloaded.cookies("shop-analytics").contains(cookie), "saved: " + reloaded.cookies("shop-analytics"));
        assertFalse(reloaded.state().contains("not saved"), reloaded.state());

        // and removed again, so the shop's catalogue stays as it ships for the other tests
        assertFalse(reloaded.deleteCookie(cookie).cookies("shop-analytics").contains(cookie));
        assertTrue(reloaded.save().messages().contains("The catalogue is saved"), reloaded.messages());
        assertFalse(CookieCataloguePage.open(browser, base).cookies("shop-analytics").contains(cookie));
    }

    @Test
    void anImportedFileIsCheckedWithTheFilesRulesAndOnlyLoadedIntoTheEditor() throws IOException {
        signInAsAdministrator();
        CookieCataloguePage catalogue = CookieCataloguePage.open(browser, base);
        Path folder = Files.createDirectories(Path.of(System.getProperty("it.build.dir", "target"), "it-files"));
        String file = """
                {"format": "gdpr-cookies/1", "categories": [{"key": "Stats!", "essential": false,
                  "name": {"en": "Statistics"}, "description": {"en": "Counts visits."}, "services": [
                  {"key": "counter", "name": "Counter", "provider": "Demo Shop SAS", "purpose": {"en": "Counts."},
                   "cookies": [{"name": "_cnt", "purpose": {"en": "Visitor id."}, "lifetime": "P2Y"}]}]}]}
                """;
        catalogue.importFile(Files.writeString(folder.resolve("cookies-invalid.json"), file));
        assertTrue(catalogue.messages().contains("was not loaded"), catalogue.messages());
        List<String> problems = catalogue.problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("categories[0].key: ")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("categories[0].services[0].cookies[0].lifetime: ")),
                problems.toString());
        assertTrue(catalogue.services().contains("shop-analytics"), "nothing was loaded");

        catalogue.importFile(Files.writeString(folder.resolve("cookies-valid.json"),
                file.replace("Stats!", "stats").replace("P2Y", "P6M")));
        assertTrue(catalogue.messages().contains("is loaded: 1 categories, 1 services, 1 cookies"), catalogue.messages());
        assertEquals(List.of("counter"), catalogue.services());
        assertTrue(catalogue.state().contains("not saved"), catalogue.state());
        assertTrue(CookieCataloguePage.open(browser, base).services().contains("shop-analytics"),
                "an import is in force only once saved");
    }

    @Test
    void aSaveFromAnOlderRevisionIsRefusedWithWhoSavedSinceAndAReload() {
        signInAsAdministrator();
        CookieCataloguePage first = CookieCataloguePage.open(browser, base);
        String firstWindow = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        String theirs = "_sa_theirs_" + UUID.randomUUID().toString().substring(0, 8);
        CookieCataloguePage second = CookieCataloguePage.open(browser, base).addCookie("shop-analytics")
                .type("cookieName", theirs).type("cookieLifetime", "P1M").type("cookiePurposeEn", "Theirs.")
                .apply("cookie").save();
        assertTrue(second.messages().contains("The catalogue is saved"), second.messages());
        browser.close();
        browser.switchTo().window(firstWindow);

        String mine = "_sa_mine_" + UUID.randomUUID().toString().substring(0, 8);
        first.addCookie("shop-analytics").type("cookieName", mine).type("cookieLifetime", "P1M")
                .type("cookiePurposeEn", "Mine.").apply("cookie").save();
        assertTrue(first.messages().contains(ConsoleWalkIT.ADMIN + " saved the catalogue"), first.messages());
        assertTrue(first.offersReload(), "the conflict offers to load what was saved");
        CookieCataloguePage reloaded = first.reload();
        assertTrue(reloaded.cookies("shop-analytics").contains(theirs), reloaded.cookies("shop-analytics").toString());
        assertFalse(reloaded.cookies("shop-analytics").contains(mine), "the refused change was not saved");
        assertTrue(reloaded.deleteCookie(theirs).save().messages().contains("The catalogue is saved"), reloaded.messages());
    }

    @Test
    void theDpoReadsTheCatalogueWithoutAnEditButton() {
        signInAs(ConsoleWalkIT.DPO, ConsoleWalkIT.DPO_PASSWORD);
        CookieCataloguePage catalogue = CookieCataloguePage.open(browser, base);
        assertTrue(catalogue.services().contains("shop-analytics"), "the DPO reads the whole catalogue");
        assertTrue(catalogue.cookies("session").contains("JSESSIONID"), catalogue.cookies("session").toString());
        assertFalse(catalogue.offersChanges(), "no Add, Edit, Delete, Save or Import for the DPO");
        assertTrue(catalogue.readOnlyNote().contains("an administrator changes it"), catalogue.readOnlyNote());
    }

    @Test
    void aVisitorsChoiceIsFoundInTheConsentLogByItsReference() {
        String consentId = ConsentLogPage.acceptAllAsVisitor(browser, base);
        assertTrue(consentId.matches("[0-9a-f-]{36}"), "the preferences page shows the reference: " + consentId);

        signInAs(ConsoleWalkIT.DPO, ConsoleWalkIT.DPO_PASSWORD);
        ConsentLogPage log = ConsentLogPage.open(browser, base);
        assertTrue(log.retention().contains("cookie"), "how long proofs are kept, from the register: " + log.retention());
        ConsentLogPage found = log.searchByConsentId(consentId);
        assertFalse(found.consentIds().isEmpty(), "the visitor's proof is found");
        assertTrue(found.consentIds().stream().allMatch(consentId::equals), found.consentIds().toString());
        assertTrue(found.methods().contains("accept-all"), found.methods().toString());
        assertTrue(found.firstRow().contains("Accepted all"), found.firstRow());
        assertTrue(found.firstRow().contains("analytics"), "the choices are listed: " + found.firstRow());
        assertTrue(found.firstTextLink().contains("/gdpr/api/admin/consents/texts/"), found.firstTextLink());
        assertTrue(found.csvLink().endsWith("consents.csv?consentId=" + consentId), found.csvLink());
        Browser.screenshot(browser, "consent-log");
    }
}

package eu.gdprmodule.examples.shop.console;

import eu.gdprmodule.examples.shop.browser.Browser;
import eu.gdprmodule.examples.shop.browser.ConsolePage;
import eu.gdprmodule.examples.shop.browser.LoginPage;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/**
 * What the console's browser tests share: one headless Chromium per test class, a new visitor
 * (no cookies, a desktop-sized window) for every test, and signing in as the shop's staff.
 */
abstract class ConsoleBrowserTest {

    static WebDriver browser;

    @ArquillianResource
    URL deployment;

    URI base;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void newVisitor() throws URISyntaxException {
        base = deployment.toURI();
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        Browser.refuseCookies(browser, base); // the shop's sign-in page has the cookie banner
    }

    ConsolePage signInAs(String email, String password) {
        browser.get(base.resolve("gdpr/admin/").toString());
        // not signed in: the console sends the visitor to the shop's sign-in, then back
        LoginPage login = new LoginPage(browser);
        login.signInAsStaff(email, password);
        return new ConsolePage(browser);
    }

    ConsolePage signInAsAdministrator() {
        return signInAs(ConsoleWalkIT.ADMIN, ConsoleWalkIT.ADMIN_PASSWORD);
    }
}

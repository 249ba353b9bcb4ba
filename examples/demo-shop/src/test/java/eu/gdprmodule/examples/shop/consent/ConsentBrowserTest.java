package eu.gdprmodule.examples.shop.consent;

import eu.gdprmodule.examples.shop.browser.Browser;
import eu.gdprmodule.examples.shop.browser.CookieBanner;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What the shop's cookie-banner tests with JavaScript share: one headless
 * Chromium per test class, and a new visitor (no cookies) on the test's first page for every test.
 */
abstract class ConsentBrowserTest {

    static WebDriver browser;

    @ArquillianResource
    URL deployment;

    /** The shop's root, on {@code localhost}: the cookies' host. */
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

    /** The page each test starts on, relative to the shop's root. */
    abstract String firstPage();

    @BeforeEach
    void newVisitor() throws URISyntaxException {
        base = new URI("http", null, "localhost", deployment.getPort(), deployment.getPath(), null, null);
        String page = base.resolve(firstPage()).toString();
        browser.get(page);
        browser.manage().deleteAllCookies();
        browser.get(page);
    }

    CookieBanner banner() {
        return new CookieBanner(browser);
    }

    Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    Set<String> cookieNames() {
        return browser.manage().getCookies().stream().map(c -> c.getName()).collect(Collectors.toSet());
    }
}

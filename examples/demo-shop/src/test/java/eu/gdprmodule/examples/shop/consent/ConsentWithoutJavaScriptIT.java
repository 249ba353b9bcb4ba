package eu.gdprmodule.examples.shop.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.examples.shop.BuiltShop;
import eu.gdprmodule.examples.shop.browser.Browser;
import eu.gdprmodule.examples.shop.browser.CookieBanner;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The cookie banner with JavaScript switched off: every button is a form that records the choice
 * and brings the visitor back to the page (303), Customise and Cookie settings open the
 * preference page, and the embed's button allows the video.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsentWithoutJavaScriptIT {

    private static WebDriver browser;

    @Deployment(testable = false)
    static WebArchive shop() {
        return BuiltShop.war();
    }

    @ArquillianResource
    URL deployment;

    private URI base;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.startWithoutJavaScript();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void newVisitor() throws URISyntaxException {
        base = new URI("http", null, "localhost", deployment.getPort(), deployment.getPath(), null, null);
        browser.get(base.toString());
        browser.manage().deleteAllCookies();
        browser.get(base.resolve("quote.xhtml").toString());
    }

    private void waitForUrl(String part) {
        new WebDriverWait(browser, Browser.PATIENCE).until(d -> d.getCurrentUrl().contains(part));
    }

    private CookieBanner banner() {
        return new CookieBanner(browser);
    }

    @Test
    void acceptAllIsAFormThatBringsTheVisitorBackToTheSamePage() {
        assertTrue(banner().isShown(), "the server renders the banner");
        banner().acceptAll();
        banner().waitUntilHidden(); // a click does not wait for the page it leads to
        assertTrue(browser.getCurrentUrl().endsWith("/quote.xhtml"), browser.getCurrentUrl());
        assertFalse(banner().isShown());
        assertTrue(browser.manage().getCookieNamed("gdpr_consent") != null);
        // the server now writes the analytics script as a real script
        assertEquals(null, browser.findElement(By.cssSelector("script[data-gdpr-category='analytics']")).getDomAttribute("type"));
    }

    @Test
    void customiseOpensThePreferencePageWhoseChoiceHoldsBackOnThePage() {
        banner().customise();
        waitForUrl("/gdpr/consent/preferences");
        assertTrue(browser.getCurrentUrl().contains("/gdpr/consent/preferences"), browser.getCurrentUrl());
        assertFalse(banner().isCategoryTicked("analytics"));
        banner().toggleCategory("media");
        banner().saveChoices();
        waitForUrl("/quote.xhtml");
        assertTrue(browser.getCurrentUrl().endsWith("/quote.xhtml"), browser.getCurrentUrl());
        assertFalse(banner().isShown());
        assertEquals("text/plain", browser.findElement(By.cssSelector("script[data-gdpr-category='analytics']")).getDomAttribute("type"),
                "analytics stays refused");
        browser.get(base.toString());
        assertTrue(banner().embedLoaded(), "the video's category was allowed");
        Browser.screenshot(browser, "consent-without-javascript");
    }

    @Test
    void theEmbedsButtonAllowsTheVideoAndTheSettingsLinkOpensThePreferences() {
        banner().rejectAll();
        banner().waitUntilHidden();
        browser.get(base.toString());
        Browser.screenshot(browser, "consent-without-javascript-embed");
        assertFalse(banner().embedLoaded());
        assertTrue(banner().embedPlaceholderText().contains("PeerTube"), browser.getPageSource());
        banner().allowEmbed();
        new WebDriverWait(browser, Browser.PATIENCE).until(d -> banner().embedLoaded());
        banner().openSettings();
        waitForUrl("/gdpr/consent/preferences");
        assertTrue(browser.getCurrentUrl().contains("/gdpr/consent/preferences"), browser.getCurrentUrl());
        assertTrue(browser.getPageSource().contains("consent reference"), "the page gives the consent id");
    }
}

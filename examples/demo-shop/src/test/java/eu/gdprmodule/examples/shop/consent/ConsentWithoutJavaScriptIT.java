package eu.gdprmodule.examples.shop.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.examples.shop.BuiltShop;
import eu.gdprmodule.examples.shop.browser.Browser;
import eu.gdprmodule.examples.shop.browser.CookieBanner;
import java.net.CookieManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        Browser.waitFor(browser).until(d -> d.getCurrentUrl().contains(part));
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
        Browser.waitFor(browser).until(d -> banner().embedLoaded());
        banner().openSettings();
        waitForUrl("/gdpr/consent/preferences");
        assertTrue(browser.getCurrentUrl().contains("/gdpr/consent/preferences"), browser.getCurrentUrl());
        assertTrue(browser.getPageSource().contains("consent reference"), "the page gives the consent id");
    }

    /**
     * What the browser gets before any script runs: the banner's stylesheet and script once each,
     * in the head, the script before any other (it sets Google Consent Mode's defaults), also when
     * a form's post renders the same view again (its head resources are added once per view).
     */
    @Test
    void theHeadHoldsTheBannersStylesheetAndScriptOnceAlsoAfterAFormIsPosted() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI quote = base.resolve("quote.xhtml");
        String page = client.send(HttpRequest.newBuilder(quote).build(), BodyHandlers.ofString()).body();
        assertHeadResourcesOnce(page);
        assertTrue(page.contains("id=\"cookie-settings\""), "the settings link keeps the id the shop gave it");

        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(viewState.find(), "the quote form holds its view state");
        String form = "quote=quote&quote%3AfullName=&quote%3Aemail=&quote%3Acompany=&quote%3Amessage=&quote%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(quote).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());
        assertEquals(200, posted.statusCode(), "an empty quote request is shown again with its errors");
        assertTrue(posted.body().contains("Please enter your name."), "the same view, rendered again with its errors");
        assertHeadResourcesOnce(posted.body());
    }

    private void assertHeadResourcesOnce(String page) {
        String head = page.substring(page.indexOf("<head"), page.indexOf("</head>"));
        String context = base.getPath().replaceAll("/$", "");
        String stylesheet = "<link rel=\"stylesheet\" href=\"" + context + "/gdpr/consent.css\"/>";
        String script = "<script src=\"" + context + "/gdpr/consent.js\">";
        assertEquals(1, count(page, stylesheet), head);
        assertEquals(1, count(page, script), head);
        assertTrue(head.contains(stylesheet), head);
        assertEquals(head.indexOf("<script"), head.indexOf(script), "the banner's script comes before the head's other scripts: " + head);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

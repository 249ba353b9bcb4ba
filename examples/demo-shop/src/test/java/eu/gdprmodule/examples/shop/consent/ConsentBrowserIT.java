package eu.gdprmodule.examples.shop.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.examples.shop.BuiltShop;
import eu.gdprmodule.examples.shop.browser.Browser;
import eu.gdprmodule.examples.shop.browser.CookieBanner;
import java.io.IOException;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The cookie banner in the example shop as visitors meet it, in headless Chromium with
 * JavaScript: nothing non-essential before a choice, refusing as easy as accepting, the choice
 * saved without a reload and blocked content started at once, the preference centre, the embed
 * placeholder, withdrawal from the footer link, and the keyboard alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsentBrowserIT extends ConsentBrowserTest {

    @Deployment(testable = false)
    static WebArchive shop() {
        return BuiltShop.war();
    }

    @Override
    String firstPage() {
        return "";
    }

    private void markPage() {
        js("window.sameDocument = true;");
    }

    private boolean samePage() {
        return Boolean.TRUE.equals(js("return window.sameDocument === true;"));
    }

    private long countedPageViews() throws IOException, InterruptedException {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("analytics/hit")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return Long.parseLong(body.replaceAll(".*\"counted\":(\\d+).*", "$1"));
    }

    @Test
    void nothingRunsBeforeAChoiceAndTheThreeButtonsLookTheSame() throws Exception {
        long before = countedPageViews();
        CookieBanner banner = banner();
        assertTrue(banner.isShown());
        assertTrue(banner.focusIsInADialog(), "focus moved into the banner: " + banner.focusedLabel());
        assertNull(js("return window.shopAnalytics;"), "the analytics script has not run");
        assertFalse(cookieNames().contains("_sa_id"));
        assertEquals("text/plain", browser.findElement(By.cssSelector("script[data-gdpr-category='analytics']")).getAttribute("type"));
        List<WebElement> buttons = banner.firstLayerButtons();
        assertEquals(List.of("Accept all", "Reject all", "Customise"), buttons.stream().map(WebElement::getText).toList());
        for (WebElement button : buttons) {
            assertEquals(buttons.get(0).getSize(), button.getSize(), "same size: " + button.getText());
            for (String property : List.of("background-color", "color", "font-size", "font-weight", "border-radius")) {
                assertEquals(buttons.get(0).getCssValue(property), button.getCssValue(property), property + " of " + button.getText());
            }
        }
        assertEquals(before, countedPageViews());
        Browser.screenshot(browser, "consent-banner");
    }

    @Test
    void rejectAllHidesTheBannerWithoutReloadingAndKeepsAnalyticsOff() throws Exception {
        markPage();
        banner().rejectAll();
        banner().waitUntilHidden();
        assertTrue(samePage(), "saved without reloading the page");
        assertTrue(cookieNames().contains("gdpr_consent"));
        assertNull(js("return window.shopAnalytics;"));
        browser.navigate().refresh();
        assertFalse(banner().isShown(), "the choice holds on the next page");
        assertNull(js("return window.shopAnalytics;"));
    }

    @Test
    void acceptAllStartsTheBlockedAnalyticsAtOnceAndUpdatesConsentMode() throws Exception {
        long before = countedPageViews();
        markPage();
        banner().acceptAll();
        banner().waitUntilHidden();
        Browser.waitFor(browser).until(d -> js("return window.shopAnalytics;") != null);
        assertTrue(samePage());
        assertTrue(cookieNames().contains("_sa_id"), cookieNames().toString());
        Browser.waitFor(browser).until(d -> {
            try {
                return countedPageViews() > before;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        });
        assertEquals("granted", js("return dataLayer.filter(e => e[0] === 'consent' && e[1] === 'update').pop()[2].analytics_storage;"));
        assertEquals("consent,default", js("return Array.from(dataLayer[0]).slice(0, 2).join(',');"), "the default comes first");
        assertTrue(banner().embedLoaded(), "the video loads too");
    }

    @Test
    void customiseAllowsOnlyWhatIsTickedAndTheVideoWaitsForItsOwnPermission() throws Exception {
        banner().customise();
        banner().waitUntilCentreShown();
        assertTrue(banner().focusIsInADialog());
        assertFalse(banner().isCategoryTicked("analytics"), "nothing pre-ticked");
        banner().toggleCategory("analytics");
        banner().saveChoices();
        Browser.waitFor(browser).until(d -> js("return window.shopAnalytics;") != null);
        assertFalse(banner().isCentreShown());
        assertFalse(banner().embedLoaded());
        assertTrue(banner().embedPlaceholderText().contains("PeerTube"), banner().embedPlaceholderText());
        banner().allowEmbed();
        Browser.waitFor(browser).until(d -> banner().embedLoaded());
        assertTrue(browser.findElement(By.cssSelector(".gdpr-embed iframe")).getAttribute("src").startsWith("https://framatube.org/"));
    }

    @Test
    void theSettingsLinkWithdrawsConsentAndExpiresTheAnalyticsCookies() throws Exception {
        banner().acceptAll();
        Browser.waitFor(browser).until(d -> cookieNames().contains("_sa_id"));
        browser.navigate().refresh();
        banner().openSettings();
        banner().waitUntilCentreShown();
        assertTrue(banner().isCategoryTicked("analytics"), "the centre shows the choice in force");
        banner().rejectAllInCentre();
        Browser.waitFor(browser).until(d -> !cookieNames().contains("_sa_id"));
        // a script that sets the cookie again after the withdrawal sees it expired again
        js("document.cookie = '_sa_id=again; path=/';");
        Browser.waitFor(browser).until(d -> !cookieNames().contains("_sa_id"));
        assertEquals(Boolean.FALSE, js("return window.gdprConsent.granted('analytics');"));
    }

    @Test
    void theKeyboardAloneCanReadChooseAndLeaveTheBanner() throws Exception {
        assertTrue(banner().focusIsInADialog());
        Actions keys = new Actions(browser);
        for (int i = 0; i < 12; i++) {
            keys.sendKeys(Keys.TAB).perform();
            assertTrue(banner().focusIsInADialog(), "Tab " + (i + 1) + " stays in the banner: " + banner().focusedLabel());
            Object outline = js("return parseFloat(getComputedStyle(document.activeElement).outlineWidth);");
            assertTrue(((Number) outline).doubleValue() >= 2, "visible focus on " + banner().focusedLabel() + ": " + outline);
        }
        for (int i = 0; i < 5; i++) {
            keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            assertTrue(banner().focusIsInADialog(), "Shift+Tab stays in the banner");
        }
        Number contrast = (Number) js(CONTRAST);
        assertTrue(contrast.doubleValue() >= 4.5, "lowest contrast of the banner's text: " + contrast);
        keys.sendKeys(Keys.ESCAPE).perform();
        banner().waitUntilHidden();
        Browser.waitFor(browser).until(d -> cookieNames().contains("gdpr_consent"));
        assertNull(js("return window.shopAnalytics;"), "closing is a refusal");
    }

    /** The lowest WCAG contrast ratio between a text element of the banner and its background. */
    private static final String CONTRAST = String.join("\n",
            "function rgb(c) { return c.match(/[\\d.]+/g).slice(0, 4).map(Number); }",
            "function lum(c) { return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]); }",
            "function ch(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }",
            "function bg(e) { for (; e; e = e.parentElement) { var c = rgb(getComputedStyle(e).backgroundColor);",
            "  if (c.length < 4 || c[3] > 0) return c; } return [255, 255, 255]; }",
            "var min = 21;",
            "document.querySelectorAll('#gdpr-banner h2, #gdpr-banner p, #gdpr-banner a, #gdpr-banner button').forEach(function (e) {",
            "  var a = lum(rgb(getComputedStyle(e).color)), b = lum(bg(e));",
            "  var r = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); if (r < min) min = r; });",
            "return min;");
}

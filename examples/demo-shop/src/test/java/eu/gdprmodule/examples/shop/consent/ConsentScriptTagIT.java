package eu.gdprmodule.examples.shop.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.examples.shop.BuiltShop;
import eu.gdprmodule.examples.shop.browser.Browser;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The cookie banner on a page that is not a Faces page (the shop's {@code workshop.html}, plain
 * HTML as a CMS serves it), in headless Chromium: its one script tag brings the banner and its
 * stylesheet, nothing non-essential runs before a choice, the choice starts the script written
 * inert with the module's convention and holds on the next visit, and the page's own "Cookie
 * settings" link opens the preference centre to withdraw it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsentScriptTagIT extends ConsentBrowserTest {

    @Deployment(testable = false)
    static WebArchive shop() {
        return BuiltShop.war();
    }

    @Override
    String firstPage() {
        return "workshop.html";
    }

    private void waitForBanner() {
        Browser.waitFor(browser).until(d -> banner().isShown());
    }

    @Test
    void oneScriptTagBringsAStyledBannerAndNothingRunsBeforeAChoice() {
        waitForBanner();
        assertTrue(banner().focusIsInADialog(), "focus moved into the banner: " + banner().focusedLabel());
        assertEquals(1L, js("return document.querySelectorAll('link[href$=\"/gdpr/consent.css\"]').length;"),
                "the stylesheet came with the banner");
        // the stylesheet loads once the banner is in the page
        Browser.waitFor(browser).until(d -> "fixed".equals(d.findElement(By.id("gdpr-banner")).getCssValue("position")));
        List<WebElement> buttons = banner().firstLayerButtons();
        assertEquals(List.of("Accept all", "Reject all", "Customise"), buttons.stream().map(WebElement::getText).toList());
        for (WebElement button : buttons) {
            assertEquals(buttons.get(0).getSize(), button.getSize(), "same size: " + button.getText());
            assertEquals(buttons.get(0).getCssValue("background-color"), button.getCssValue("background-color"), button.getText());
        }
        assertNull(js("return window.shopAnalytics;"), "the analytics script has not run");
        assertFalse(cookieNames().contains("_sa_id"));
        assertEquals("consent,default", js("return Array.from(dataLayer[0]).slice(0, 2).join(',');"), "Consent Mode denied first");
    }

    @Test
    void acceptingStartsTheInertScriptAndTheChoiceHoldsOnTheNextVisit() {
        waitForBanner();
        banner().acceptAll();
        banner().waitUntilHidden();
        Browser.waitFor(browser).until(d -> js("return window.shopAnalytics;") != null);
        assertTrue(cookieNames().contains("gdpr_consent"));
        assertTrue(cookieNames().contains("_sa_id"), cookieNames().toString());

        browser.navigate().refresh();
        Browser.waitFor(browser).until(d -> js("return window.shopAnalytics;") != null);
        assertFalse(banner().isShown(), "the choice holds: no banner on the next visit");
    }

    @Test
    void thePagesOwnSettingsLinkOpensTheCentreAndWithdrawalExpiresTheAnalyticsCookies() {
        waitForBanner();
        banner().acceptAll();
        Browser.waitFor(browser).until(d -> cookieNames().contains("_sa_id"));
        browser.navigate().refresh();
        Browser.waitFor(browser).until(d -> js("return window.shopAnalytics;") != null);

        browser.findElement(By.id("cookie-settings")).click();
        banner().waitUntilCentreShown();
        assertEquals(base.resolve(firstPage()).toString(), browser.getCurrentUrl(), "opened in place, not the preference page");
        assertTrue(banner().isCategoryTicked("analytics"), "the centre shows the choice that holds");
        banner().rejectAllInCentre();
        Browser.waitFor(browser).until(d -> !banner().isCentreShown());
        Browser.waitFor(browser).until(d -> !cookieNames().contains("_sa_id"));

        browser.navigate().refresh();
        Browser.waitFor(browser).until(d -> js("return window.gdprConsent && window.gdprConsent.state.decided;") == Boolean.TRUE);
        assertNull(js("return window.shopAnalytics;"), "withdrawn: the script stays inert");
        assertFalse(banner().isShown());
    }
}

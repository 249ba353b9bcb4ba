package eu.gdprmodule.examples.shop.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The GDPR module's cookie banner and preference centre on a shop page ({@code <gdpr:consent/>}),
 * as a visitor meets them with or without JavaScript.
 */
public class CookieBanner {

    private static final By BANNER = By.id("gdpr-banner");
    private static final By CENTRE = By.id("gdpr-preferences");

    private final WebDriver driver;

    public CookieBanner(WebDriver driver) {
        this.driver = driver;
    }

    public boolean isShown() {
        List<WebElement> banner = driver.findElements(BANNER);
        return !banner.isEmpty() && banner.get(0).isDisplayed();
    }

    public boolean isCentreShown() {
        List<WebElement> centre = driver.findElements(CENTRE);
        return !centre.isEmpty() && centre.get(0).isDisplayed();
    }

    public List<WebElement> firstLayerButtons() {
        return driver.findElements(By.cssSelector("#gdpr-banner .gdpr-actions > .gdpr-button"));
    }

    public void acceptAll() {
        driver.findElement(By.cssSelector("#gdpr-banner button[value='accept-all']")).click();
    }

    public void rejectAll() {
        driver.findElement(By.cssSelector("#gdpr-banner button[value='reject-all']")).click();
    }

    public void customise() {
        driver.findElement(By.cssSelector("#gdpr-banner [data-gdpr-customise]")).click();
    }

    /** Ticks or unticks a category in the preference centre (or the preference page). */
    public void toggleCategory(String category) {
        driver.findElement(By.cssSelector("#gdpr-preferences input[name='category'][value='" + category + "']")).click();
    }

    public boolean isCategoryTicked(String category) {
        return driver.findElement(By.cssSelector("#gdpr-preferences input[name='category'][value='" + category + "']")).isSelected();
    }

    public void saveChoices() {
        driver.findElement(By.cssSelector("#gdpr-preferences button[value='custom']")).click();
    }

    public void rejectAllInCentre() {
        driver.findElement(By.cssSelector("#gdpr-preferences button[value='reject-all']")).click();
    }

    /** The footer's "Cookie settings" link. */
    public void openSettings() {
        driver.findElement(By.cssSelector("a.gdpr-settings-link")).click();
    }

    /** Whether the element that has focus is inside the open banner or centre. */
    public boolean focusIsInADialog() {
        return (Boolean) js("var a = document.activeElement; return !!a && !!a.closest('#gdpr-banner:not([hidden]), #gdpr-preferences:not([hidden])');");
    }

    public String focusedLabel() {
        return (String) js("var a = document.activeElement; return a ? (a.textContent || a.value || a.tagName).trim() : '';");
    }

    public void waitUntilHidden() {
        Browser.waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(BANNER));
    }

    public void waitUntilCentreShown() {
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(CENTRE));
    }

    /** The embed placeholder's "Allow and load" button. */
    public void allowEmbed() {
        driver.findElement(By.cssSelector(".gdpr-embed-placeholder button[name='service']")).click();
    }

    public String embedPlaceholderText() {
        return driver.findElement(By.cssSelector(".gdpr-embed-placeholder")).getText();
    }

    public boolean embedLoaded() {
        return !driver.findElements(By.cssSelector(".gdpr-embed iframe")).isEmpty();
    }

    Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}

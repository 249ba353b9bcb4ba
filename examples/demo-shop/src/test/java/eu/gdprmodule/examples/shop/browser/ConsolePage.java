package eu.gdprmodule.examples.shop.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A screen of the GDPR module's console (dashboard, audit log, settings): its shell (heading,
 * navigation, user line, language switch, sign-out) and what the tests do on each screen.
 */
public class ConsolePage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public ConsolePage(WebDriver driver) {
        this.driver = driver;
        this.wait = Browser.waitFor(driver);
        wait.withMessage(() -> "a console screen expected, but the browser shows " + driver.getCurrentUrl() + ": "
                + driver.findElement(By.tagName("body")).getText())
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#gdpr-content h1")));
        wait.until(d -> "complete".equals(script("return document.readyState")));
    }

    public static ConsolePage open(WebDriver driver, URI base, String path) {
        driver.get(base.resolve(path).toString());
        return new ConsolePage(driver);
    }

    public String heading() {
        return driver.findElement(By.cssSelector("#gdpr-content h1")).getText();
    }

    public String userLine() {
        return driver.findElement(By.id("gdpr-user")).getText();
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The navigation's labels, available or not, in menu order. */
    public List<String> sections() {
        return driver.findElements(By.cssSelector("#gdpr-nav [data-nav]")).stream()
                .map(e -> e.getAttribute("textContent").strip()).toList();
    }

    public boolean isAvailable(String section) {
        return driver.findElement(By.cssSelector("#gdpr-nav [data-nav='" + section + "']")).getTagName().equals("a");
    }

    public ConsolePage openSection(String section) {
        if (!driver.findElement(By.id("gdpr-nav")).isDisplayed()) {
            driver.findElement(By.id("gdpr-menu-toggle")).click();
        }
        load(By.cssSelector("#gdpr-nav a[data-nav='" + section + "']"));
        return new ConsolePage(driver);
    }

    public boolean isNavigationShown() {
        return driver.findElement(By.id("gdpr-nav")).isDisplayed();
    }

    public void toggleMenu() {
        driver.findElement(By.id("gdpr-menu-toggle")).click();
    }

    public ConsolePage switchLanguage(String language) {
        load(By.id("gdpr-session:lang-" + language));
        return new ConsolePage(driver);
    }

    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public HomePage signOut() {
        load(By.id("gdpr-session:sign-out"));
        return new HomePage(driver);
    }

    /** How many PrimeFaces widgets started: none when the script policy blocked their scripts. */
    public long startedWidgets() {
        return ((Number) script("return window.PrimeFaces ? Object.keys(PrimeFaces.widgets).length : 0")).longValue();
    }

    /** Whether the page is wider than the window (a horizontal scroll bar). */
    public boolean overflowsHorizontally() {
        return (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth + 1");
    }

    // Dashboard

    public String tileFigure(String tile) {
        return driver.findElement(By.cssSelector("#tile-" + tile + " .gdpr-figure")).getText();
    }

    // Settings

    public boolean isReadOnly() {
        return !driver.findElements(By.id("read-only")).isEmpty()
                && !driver.findElement(By.id("identity:name")).isEnabled()
                && driver.findElements(By.id("identity:save")).isEmpty();
    }

    public boolean isSavedInConsole() {
        return !driver.findElements(By.id("identity:revert")).isEmpty();
    }

    public String controllerName() {
        return driver.findElement(By.id("identity:name")).getAttribute("value");
    }

    /** Changes fields of the controller identity and saves them (AJAX): the message line answers. */
    public String saveControllerIdentity(String name, String email) {
        type("identity:name", name);
        type("identity:privacyContactEmail", email);
        WebElement save = driver.findElement(By.id("identity:save"));
        save.click();
        // the answer replaces the form's content, the old button included
        wait.until(ExpectedConditions.stalenessOf(save));
        return driver.findElement(By.id("identity")).getText();
    }

    /** The messages shown next to refused fields. */
    public List<String> fieldErrors() {
        return driver.findElements(By.cssSelector("#identity .ui-message-error")).stream().map(WebElement::getText).toList();
    }

    public String revertToConfiguration() {
        WebElement revert = driver.findElement(By.id("identity:revert"));
        revert.click();
        wait.until(ExpectedConditions.stalenessOf(revert));
        return driver.findElement(By.id("source")).getText();
    }

    // Audit log

    /** The rows of the audit table as shown: each row's cells' text. */
    public List<List<String>> auditRows() {
        return driver.findElements(By.cssSelector("[id='audit:entries_data'] > tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(ConsolePage::cellValue).toList())
                .filter(cells -> cells.size() > 1)
                .toList();
    }

    /** A cell's text without the column title the responsive table repeats in each cell. */
    private static String cellValue(WebElement cell) {
        String text = cell.getAttribute("textContent").strip();
        for (WebElement title : cell.findElements(By.className("ui-column-title"))) {
            String prefix = title.getAttribute("textContent");
            if (text.startsWith(prefix)) {
                text = text.substring(prefix.length()).strip();
            }
        }
        return text;
    }

    public void filterByEntityType(String entityType) {
        type("audit:entityType", entityType);
        WebElement table = driver.findElement(By.id("audit:entries"));
        driver.findElement(By.id("audit:apply")).click();
        // the answer replaces the table
        wait.until(ExpectedConditions.stalenessOf(table));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit:entries_data")));
    }

    /** Runs "verify chain" (AJAX) and returns the verdict shown. */
    public String verifyChain() {
        driver.findElement(By.id("audit:verify")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        return driver.findElement(By.id("verdict")).getText();
    }

    public String csvLink() {
        return driver.findElement(By.id("audit:csv")).getAttribute("href");
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private Object script(String code) {
        return ((JavascriptExecutor) driver).executeScript(code);
    }

    /** Clicks something that loads a new page and waits until the new document is there. */
    private void load(By clickable) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.consoleTestOldPage = true");
        driver.findElement(clickable).click();
        Browser.waitFor(driver)
                .withMessage(() -> "no new page after clicking " + clickable + "; still at " + driver.getCurrentUrl())
                .until(d -> !Boolean.TRUE.equals(js.executeScript("return window.consoleTestOldPage === true")));
    }
}

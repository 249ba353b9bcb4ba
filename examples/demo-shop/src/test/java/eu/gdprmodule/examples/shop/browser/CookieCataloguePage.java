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
 * The cookie catalogue screen of the GDPR module's console ({@code gdpr/admin/cookies/}):
 * categories, services and their cookies, the dialog that adds or edits one of them, and the
 * save of the whole catalogue.
 */
public class CookieCataloguePage {

    public static final String PATH = "gdpr/admin/cookies/index.xhtml";

    private final WebDriver driver;
    private final WebDriverWait wait;

    public CookieCataloguePage(WebDriver driver) {
        this.driver = driver;
        this.wait = Browser.waitFor(driver);
        wait.withMessage(() -> "the cookie catalogue expected, but the browser shows " + driver.getCurrentUrl() + ": "
                + driver.findElement(By.tagName("body")).getText())
                .until(ExpectedConditions.presenceOfElementLocated(By.id("catalogue")));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public static CookieCataloguePage open(WebDriver driver, URI base) {
        driver.get(base.resolve(PATH).toString());
        return new CookieCataloguePage(driver);
    }

    public String heading() {
        return driver.findElement(By.cssSelector("#gdpr-content h1")).getText();
    }

    /** The keys of the categories, in the banner's order. */
    public List<String> categories() {
        return attributes("[data-category]", "data-category");
    }

    /** The keys of every service. */
    public List<String> services() {
        return attributes("[data-service]", "data-service");
    }

    /** The cookie names listed for a service. */
    public List<String> cookies(String service) {
        return attributes("[data-service='" + service + "'] [data-cookie]", "data-cookie");
    }

    /** Opens the dialog that adds a cookie to a service. */
    public CookieCataloguePage addCookie(String service) {
        driver.findElement(By.cssSelector("[data-service='" + service + "'] button[id$=':addCookie']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("catalogue:cookieName")));
        return this;
    }

    /** Deletes a cookie from the draft, confirming in the dialog that asks; Save makes it final. */
    public CookieCataloguePage deleteCookie(String name) {
        WebElement delete = driver.findElement(By.xpath("//code[@data-cookie='" + name
                + "']/ancestor::tr//button[contains(@id, ':deleteCookie')]"));
        delete.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(ExpectedConditions.stalenessOf(delete));
        return this;
    }

    /** Types into a field of the open dialog ({@code cookieName}, {@code cookieLifetime}, ...), replacing it. */
    public CookieCataloguePage type(String field, String text) {
        WebElement input = driver.findElement(By.id("catalogue:" + field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Applies the open dialog: it closes, or stays open with a message next to each refused field. */
    public CookieCataloguePage apply(String kind) {
        WebElement apply = driver.findElement(By.id("catalogue:" + kind + "Apply"));
        apply.click();
        wait.until(ExpectedConditions.stalenessOf(apply));
        wait.until(d -> !isDialogOpen(kind)
                || !d.findElements(By.cssSelector("[id='catalogue:" + kind + "Dialog'] .ui-message-error")).isEmpty());
        return this;
    }

    public boolean isDialogOpen(String kind) {
        List<WebElement> dialog = driver.findElements(By.id("catalogue:" + kind + "Dialog"));
        return !dialog.isEmpty() && dialog.get(0).isDisplayed();
    }

    /** The message next to a dialog field ({@code cookieLifetime}); empty when none. */
    public String fieldMessage(String field) {
        List<WebElement> message = driver.findElements(By.id("catalogue:" + field + "Message"));
        return message.isEmpty() ? "" : message.get(0).getText().strip();
    }

    /** Saves the whole catalogue: the page comes back with its messages. */
    public CookieCataloguePage save() {
        WebElement save = driver.findElement(By.id("catalogue:save"));
        save.click();
        wait.until(ExpectedConditions.stalenessOf(save));
        return this;
    }

    /** Chooses a catalogue file to import: it is sent at once, and the page comes back with the outcome. */
    public CookieCataloguePage importFile(java.nio.file.Path file) {
        WebElement state = driver.findElement(By.id("catalogue:state"));
        driver.findElement(By.id("importForm:file_input")).sendKeys(file.toAbsolutePath().toString());
        wait.until(ExpectedConditions.stalenessOf(state));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("catalogue:state")));
        return this;
    }

    /** The problems of the last import or save, each with its path in the file. */
    public List<String> problems() {
        return driver.findElements(By.cssSelector("#problems li")).stream().map(WebElement::getText).toList();
    }

    /** Whether the page offers to load the catalogue someone else saved meanwhile. */
    public boolean offersReload() {
        return !driver.findElements(By.id("catalogue:reload")).isEmpty();
    }

    /** Drops the edits and shows the catalogue as saved now. */
    public CookieCataloguePage reload() {
        WebElement reload = driver.findElement(By.id("catalogue:reload"));
        reload.click();
        wait.until(ExpectedConditions.stalenessOf(reload));
        return new CookieCataloguePage(driver);
    }

    /** The messages at the top (saved, refused, changed meanwhile). */
    public String messages() {
        return driver.findElement(By.id("catalogue:messages")).getText().strip();
    }

    /** What the page says of the revision saved and unsaved changes. */
    public String state() {
        return driver.findElement(By.id("catalogue:state")).getText().strip();
    }

    /** Whether the page offers any change: add, edit, delete, save or import. */
    public boolean offersChanges() {
        return !driver.findElements(By.cssSelector("#catalogue button, #importForm input[type=file]")).isEmpty();
    }

    /** The note saying why the page is read-only; empty when it is not. */
    public String readOnlyNote() {
        List<WebElement> note = driver.findElements(By.id("read-only"));
        return note.isEmpty() ? "" : note.get(0).getText();
    }

    private List<String> attributes(String selector, String attribute) {
        return driver.findElements(By.cssSelector(selector)).stream().map(e -> e.getAttribute(attribute)).toList();
    }
}

package eu.gdprmodule.examples.shop.browser;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screens of the GDPR module's register of processing activities (Art. 30 GDPR): the
 * overview with its filters, the activity and recipient forms, the import and the printable
 * record. One object per screen shown; an action that opens another screen returns a new one.
 */
public class RegisterPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public RegisterPage(WebDriver driver) {
        this.driver = driver;
        this.wait = Browser.waitFor(driver);
        patience().withMessage(() -> "a register screen expected, but the browser shows " + driver.getCurrentUrl() + ": "
                + driver.findElement(By.tagName("body")).getText())
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#gdpr-content h1")));
        wait.until(d -> "complete".equals(script("return document.readyState")));
    }

    public static RegisterPage open(WebDriver driver, URI base, String path) {
        driver.get(base.resolve(path).toString());
        return new RegisterPage(driver);
    }

    public String heading() {
        return driver.findElement(By.cssSelector("#gdpr-content h1")).getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    // ---- the overview (index.xhtml)

    /** The keys of the activities the table shows, in its order. */
    public List<String> activityKeys() {
        return driver.findElements(By.cssSelector("[id='register:activities_data'] a[data-activity]")).stream()
                .map(a -> a.getAttribute("data-activity")).toList();
    }

    public List<String> activityNames() {
        return driver.findElements(By.cssSelector("[id='register:activities_data'] a[data-activity]")).stream()
                .map(a -> a.getAttribute("textContent").strip()).toList();
    }

    /** The text of one activity's row, every cell. */
    public String activityRow(String key) {
        return driver.findElement(By.xpath("//tbody[@id='register:activities_data']/tr[.//a[@data-activity='" + key + "']]"))
                .getAttribute("textContent").replaceAll("\\s+", " ").strip();
    }

    public List<String> recipientKeys() {
        return driver.findElements(By.cssSelector("[id='register:recipients_data'] a[data-recipient]")).stream()
                .map(a -> a.getAttribute("data-recipient")).toList();
    }

    /** Whether the recipients table flags this recipient as outside the EU/EEA. */
    public boolean isFlaggedOutsideEea(String recipientKey) {
        return !driver.findElements(By.cssSelector("[data-outside-eea='" + recipientKey + "']")).isEmpty();
    }

    /**
     * Chooses a filter's value ({@code basis}, {@code category}, {@code subject}, {@code recipient})
     * by its label; the table is replaced by the filtered one.
     */
    public RegisterPage filter(String filter, String label) {
        WebElement table = driver.findElement(By.id("register:activities"));
        choose("register:" + filter, label);
        wait.until(ExpectedConditions.stalenessOf(table));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register:activities_data")));
        return this;
    }

    public String shownCount() {
        return driver.findElement(By.id("register:count")).getText();
    }

    public boolean offersChanges() {
        return !driver.findElements(By.id("new-activity")).isEmpty()
                || !driver.findElements(By.id("register-import-button")).isEmpty()
                || !driver.findElements(By.id("register:saveMeasures")).isEmpty();
    }

    public RegisterPage newActivity() {
        load(By.id("new-activity"));
        return new RegisterPage(driver);
    }

    public RegisterPage newRecipient() {
        load(By.id("new-recipient"));
        return new RegisterPage(driver);
    }

    public RegisterPage openRecord() {
        load(By.id("record-link"));
        return new RegisterPage(driver);
    }

    /**
     * Imports a file with the page's Import control, confirms the replacement, and returns what
     * the page then says about it; after an import the lists are reloaded.
     */
    public String importFile(Path file) {
        WebElement table = driver.findElement(By.id("register:activities"));
        driver.findElement(By.id("register-import-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("register-import-button")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        WebElement outcome = driver.findElement(By.id("register-import-outcome"));
        patience().withMessage(() -> "no import outcome; the page shows " + outcome.getText())
                .until(d -> outcome.getAttribute("class").matches(".*gdpr-import-(ok|refused).*"));
        if (!importRefused()) {
            // the page then shows the lists again, as imported
            patience().withMessage(() -> "the lists were not reloaded after the import")
                    .until(ExpectedConditions.stalenessOf(table));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register:activities_data")));
        }
        return outcome.getText();
    }

    /** The register file the Export JSON link downloads, fetched by the page itself (same session). */
    public String exportedJson() {
        String url = driver.findElement(By.id("export-json")).getAttribute("href");
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text(); })"
                + ".then(done, function (e) { done('failed: ' + e); });", url);
    }

    public boolean importRefused() {
        return driver.findElement(By.id("register-import-outcome")).getAttribute("class").contains("gdpr-import-refused");
    }

    // ---- the activity and recipient forms

    /** Types into a form field, such as {@code activity:name}, replacing what it held. */
    public RegisterPage type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /** Ticks a box of a group of check boxes ({@code activity:dataCategories}) by its label. */
    public RegisterPage tick(String group, String label) {
        WebElement box = driver.findElements(By.cssSelector("[id='" + group + "'] label")).stream()
                .filter(l -> l.getText().strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no check box labelled " + label + " in " + group));
        WebElement input = driver.findElement(By.id(box.getAttribute("for")));
        if (!input.isSelected()) {
            box.click();
        }
        if (!input.isSelected()) {
            // the styled box beside the hidden input
            input.findElement(By.xpath("ancestor::div[contains(@class,'ui-chkbox')][1]//div[contains(@class,'ui-chkbox-box')]"))
                    .click();
        }
        wait.until(d -> input.isSelected());
        return this;
    }

    /** Chooses an entry of a PrimeFaces drop-down ({@code activity:basisRows:0:basis}) by its label. */
    public RegisterPage choose(String menu, String label) {
        By shown = By.id(menu + "_label");
        By items = By.cssSelector("[id='" + menu + "_panel'] li.ui-selectonemenu-item");
        // opens the list and clicks the entry until the menu shows it: a click during the
        // list's opening animation may be lost
        patience().withMessage(() -> "no entry " + label + " in " + menu + ": "
                + driver.findElements(By.id(menu + "_panel")).stream().map(p -> p.getAttribute("outerHTML")).toList())
                .until(d -> {
                    if (label.equals(d.findElement(shown).getText().strip())) {
                        return true;
                    }
                    if (d.findElements(By.id(menu + "_panel")).stream().noneMatch(WebElement::isDisplayed)) {
                        d.findElement(shown).click();
                        return false;
                    }
                    d.findElements(items).stream()
                            .filter(li -> label.equals(li.getAttribute("data-label")) || label.equals(li.getText().strip()))
                            .filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
                    return label.equals(d.findElement(shown).getText().strip());
                });
        return this;
    }

    /**
     * Presses a form's Save button ({@code activity} or {@code recipient}): the form comes back,
     * with messages, or a new activity opens at its own address.
     */
    public RegisterPage save(String form) {
        WebElement save = driver.findElement(By.id(form + ":save"));
        save.click();
        wait.until(ExpectedConditions.stalenessOf(save));
        return new RegisterPage(driver);
    }

    /** Deletes what the form shows, confirming in the dialog: the register opens. */
    public RegisterPage delete(String form) {
        driver.findElement(By.id(form + ":delete")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes")));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.registerTestOldPage = true");
        driver.findElement(By.id("confirm-yes")).click();
        Browser.waitFor(driver)
                .until(d -> !Boolean.TRUE.equals(js.executeScript("return window.registerTestOldPage === true")));
        return new RegisterPage(driver);
    }

    /** Tries to delete what the form shows, confirming in the dialog, and the form answers that it may not. */
    public RegisterPage deleteRefused(String form) {
        WebElement delete = driver.findElement(By.id(form + ":delete"));
        delete.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(ExpectedConditions.stalenessOf(delete));
        return new RegisterPage(driver);
    }

    /** The message next to a field, by the message's id ({@code activity:periodMessage}); empty when none. */
    public String fieldMessage(String messageId) {
        List<WebElement> message = driver.findElements(By.id(messageId));
        return message.isEmpty() ? "" : message.get(0).getText().strip();
    }

    /** The messages at the top of a form (saved, refused, changed meanwhile). */
    public String formMessages(String form) {
        List<WebElement> messages = driver.findElements(By.id(form + ":messages"));
        return messages.isEmpty() ? "" : messages.get(0).getText().strip();
    }

    /** Whether the form offers to load the version someone else saved meanwhile. */
    public boolean offersReload(String form) {
        return !driver.findElements(By.id(form + ":reload")).isEmpty();
    }

    /** Drops the edits and shows what is stored now. */
    public RegisterPage reload(String form) {
        WebElement reload = driver.findElement(By.id(form + ":reload"));
        reload.click();
        wait.until(ExpectedConditions.stalenessOf(reload));
        return new RegisterPage(driver);
    }

    public boolean isMissing() {
        return !driver.findElements(By.id("missing")).isEmpty();
    }

    /** Whether the form is shown read-only: the note saying why, disabled fields, no Save or Delete. */
    public boolean isReadOnly(String form) {
        return !driver.findElements(By.id("read-only")).isEmpty()
                && !driver.findElement(By.id(form + ":name")).isEnabled()
                && driver.findElements(By.id(form + ":save")).isEmpty()
                && driver.findElements(By.id(form + ":delete")).isEmpty();
    }

    public boolean hasSaveButton(String form) {
        return !driver.findElements(By.id(form + ":save")).isEmpty();
    }

    // ---- the printable record (record.xhtml)

    /** The record's headings: its sections' and the rows' of each activity, (a) to (g). */
    public List<String> recordHeadings() {
        return driver.findElements(By.cssSelector("#record h2, #record th")).stream()
                .map(e -> e.getAttribute("textContent").strip()).distinct().toList();
    }

    /** The activities' titles in the record. */
    public List<String> recordActivities() {
        return driver.findElements(By.cssSelector("#record .gdpr-record-activity h3")).stream()
                .map(e -> e.getAttribute("textContent").strip()).toList();
    }

    public boolean offersPrint() {
        return driver.findElement(By.id("record-print")).isDisplayed();
    }

    /**
     * Whether the page, as printed, shows only the record: the navigation, the header and the
     * buttons hidden by the print stylesheet (Chromium emulates the print medium meanwhile).
     */
    public boolean printsOnlyTheRecord() {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            return !driver.findElement(By.id("gdpr-nav")).isDisplayed()
                    && !driver.findElement(By.cssSelector(".gdpr-console-header")).isDisplayed()
                    && !driver.findElement(By.id("record-print")).isDisplayed()
                    && driver.findElement(By.id("record")).isDisplayed();
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** A wait of its own, so that its message does not stay on the page's. */
    private WebDriverWait patience() {
        return Browser.waitFor(driver);
    }

    private Object script(String code) {
        return ((JavascriptExecutor) driver).executeScript(code);
    }

    /** Clicks something that loads a new page and waits until the new document is there. */
    private void load(By clickable) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.registerTestOldPage = true");
        driver.findElement(clickable).click();
        Browser.waitFor(driver)
                .withMessage(() -> "no new page after clicking " + clickable + "; still at " + driver.getCurrentUrl())
                .until(d -> !Boolean.TRUE.equals(js.executeScript("return window.registerTestOldPage === true")));
    }

    /** The menu entry marked as the current section, by its key. */
    public String currentSection() {
        return driver.findElement(org.openqa.selenium.By.cssSelector("[data-nav][aria-current='page']")).getAttribute("data-nav");
    }
}

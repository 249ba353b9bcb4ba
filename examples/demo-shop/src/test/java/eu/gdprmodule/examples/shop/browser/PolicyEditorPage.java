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
 * The policy screens of the GDPR module's console: above all the editor of a policy's next
 * version (text, preview, save, publish through its confirmation), and the list and the
 * comparison of versions it is reached from. One object per screen shown; an action that opens
 * another screen returns a new one.
 */
public class PolicyEditorPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public PolicyEditorPage(WebDriver driver) {
        this.driver = driver;
        this.wait = Browser.waitFor(driver);
        Browser.waitFor(driver)
                .withMessage(() -> "a policy screen expected, but the browser shows " + driver.getCurrentUrl() + ": "
                        + driver.findElement(By.tagName("body")).getText())
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#gdpr-content h1")));
        wait.until(d -> "complete".equals(script("return document.readyState")));
    }

    public static PolicyEditorPage open(WebDriver driver, URI base, String path) {
        driver.get(base.resolve(path).toString());
        return new PolicyEditorPage(driver);
    }

    /** The editor of one policy in one language. */
    public static PolicyEditorPage editor(WebDriver driver, URI base, String slug, String language) {
        return open(driver, base, "gdpr/admin/policies/edit.xhtml?slug=" + slug + "&language=" + language);
    }

    public static PolicyEditorPage list(WebDriver driver, URI base) {
        return open(driver, base, "gdpr/admin/policies/index.xhtml");
    }

    public String heading() {
        return driver.findElement(By.cssSelector("#gdpr-content h1")).getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The menu entry marked as the current section, by its key. */
    public String currentSection() {
        return driver.findElement(By.cssSelector("[data-nav][aria-current='page']")).getAttribute("data-nav");
    }

    // ---- the list (index.xhtml)

    /** The policies the list shows, by name. */
    public List<String> policies() {
        return driver.findElements(By.cssSelector("[data-policy]")).stream().map(e -> e.getAttribute("data-policy")).toList();
    }

    /** What the list says of the version in force of a policy in a language. */
    public String inForce(String slug, String language) {
        return driver.findElement(By.cssSelector("[data-in-force='" + slug + "/" + language + "']")).getText().strip();
    }

    public boolean offersToAddAPolicy() {
        return !driver.findElements(By.id("add:create")).isEmpty();
    }

    /** Adds a policy with the list's form: its editor opens in the default language. */
    public PolicyEditorPage addPolicy(String slug) {
        type("add:slug", slug);
        load(By.id("add:create"));
        return new PolicyEditorPage(driver);
    }

    /** Opens the comparison of a policy's versions in a language from its row. */
    public PolicyEditorPage compare(String slug, String language) {
        load(By.cssSelector("a[data-compare='" + slug + "/" + language + "']"));
        return new PolicyEditorPage(driver);
    }

    // ---- the editor (edit.xhtml)

    /** Types into a field ({@code editor:title}, {@code editor:source}, {@code editor:summary}), replacing it. */
    public PolicyEditorPage type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /**
     * Ticks or unticks "material change"; the publish button is drawn again with its question
     * (a material change notifies people).
     */
    public PolicyEditorPage material(boolean material) {
        WebElement input = driver.findElement(By.id("editor:material_input"));
        if (input.isSelected() != material) {
            WebElement publish = driver.findElement(By.id("editor:publish"));
            driver.findElement(By.cssSelector("[id='editor:material'] .ui-chkbox-box")).click();
            wait.until(ExpectedConditions.stalenessOf(publish));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:publish")));
        }
        return this;
    }

    /** Shows the preview of the text as typed: the rendering replaces any earlier one. */
    public PolicyEditorPage preview() {
        List<WebElement> before = driver.findElements(By.id("preview-panel"));
        driver.findElement(By.id("editor:preview")).click();
        if (!before.isEmpty()) {
            wait.until(ExpectedConditions.stalenessOf(before.get(0)));
        }
        wait.withMessage(() -> "no preview; the form says " + formMessages())
                .until(ExpectedConditions.presenceOfElementLocated(By.id("preview-panel")));
        return this;
    }

    /** The preview's text as a visitor would read it. */
    public String previewText() {
        return driver.findElement(By.id("preview-panel")).getText();
    }

    /** Whether the preview would run a script: any script element or event handler inside it. */
    public boolean previewHoldsScript() {
        return (Boolean) script("var p = document.getElementById('preview-panel');"
                + "return !!p && (p.querySelector('script') !== null || Array.from(p.querySelectorAll('*')).some("
                + "function (e) { return Array.from(e.attributes).some(function (a) { return /^on/i.test(a.name); }); }));");
    }

    /** What the preview says the sanitiser removed; empty when nothing. */
    public String previewRemoved() {
        List<WebElement> removed = driver.findElements(By.id("preview-removed"));
        return removed.isEmpty() ? "" : removed.get(0).getText();
    }

    /** What the preview says must be corrected before publishing; empty when nothing. */
    public String previewProblems() {
        List<WebElement> problems = driver.findElements(By.id("preview-problems"));
        return problems.isEmpty() ? "" : problems.get(0).getText();
    }

    /** Saves the draft: the form comes back with its messages. */
    public PolicyEditorPage save() {
        WebElement save = driver.findElement(By.id("editor:save"));
        save.click();
        wait.until(ExpectedConditions.stalenessOf(save));
        return new PolicyEditorPage(driver);
    }

    /**
     * Presses Publish and confirms in the dialog; the form comes back, with the published note or
     * what was refused.
     *
     * @return the dialog's question
     */
    public String publishAndConfirm() {
        WebElement publish = driver.findElement(By.id("editor:publish"));
        publish.click();
        WebElement yes = wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes")));
        String question = driver.findElement(By.cssSelector("[id='confirm'] .ui-confirm-dialog-message")).getText();
        yes.click();
        wait.until(ExpectedConditions.stalenessOf(publish));
        return question;
    }

    /** Presses Publish, reads the dialog's question and cancels: nothing is published. */
    public String publishQuestionThenCancel() {
        driver.findElement(By.id("editor:publish")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-no")));
        String question = driver.findElement(By.cssSelector("[id='confirm'] .ui-confirm-dialog-message")).getText();
        driver.findElement(By.id("confirm-no")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-no")));
        return question;
    }

    /** The message next to a field, by the message's id ({@code editor:sourceMessage}); empty when none. */
    public String fieldMessage(String messageId) {
        List<WebElement> message = driver.findElements(By.id(messageId));
        return message.isEmpty() ? "" : message.get(0).getText().strip();
    }

    /** The messages at the top of the form (saved, published, refused, changed meanwhile). */
    public String formMessages() {
        List<WebElement> messages = driver.findElements(By.id("editor:messages"));
        return messages.isEmpty() ? "" : messages.get(0).getText().strip();
    }

    /** Whether the form offers to load the draft someone else saved meanwhile. */
    public boolean offersReload() {
        return !driver.findElements(By.id("editor:reload")).isEmpty();
    }

    /** Drops the edits and shows the draft as saved now. */
    public PolicyEditorPage reload() {
        WebElement reload = driver.findElement(By.id("editor:reload"));
        reload.click();
        wait.until(ExpectedConditions.stalenessOf(reload));
        return new PolicyEditorPage(driver);
    }

    /** What the editor says of the version in force and the draft. */
    public String state() {
        return driver.findElement(By.id("state")).getText();
    }

    /** The note shown after a publication; empty when none. */
    public String publishedNote() {
        List<WebElement> note = driver.findElements(By.id("published"));
        return note.isEmpty() ? "" : note.get(0).getText();
    }

    /** The address of the public page the published note links to. */
    public String publicLink() {
        return driver.findElement(By.id("public-link")).getAttribute("href");
    }

    public boolean isMissing() {
        return !driver.findElements(By.id("missing")).isEmpty();
    }

    public String missingMessage() {
        return driver.findElement(By.id("missing")).getText();
    }

    /** Read-only: the note saying why, the fields disabled, no Save, Preview or Publish. */
    public boolean isReadOnly() {
        return !driver.findElements(By.id("read-only")).isEmpty()
                && !driver.findElement(By.id("editor:title")).isEnabled()
                && !driver.findElement(By.id("editor:source")).isEnabled()
                && driver.findElements(By.id("editor:save")).isEmpty()
                && driver.findElements(By.id("editor:preview")).isEmpty()
                && driver.findElements(By.id("editor:publish")).isEmpty();
    }

    /** The {@code {{gdpr:…}}} lines the side list offers to copy. */
    public List<String> sectionLines() {
        return driver.findElements(By.cssSelector("[data-section]")).stream()
                .map(e -> e.getAttribute("textContent").strip()).toList();
    }

    // ---- the comparison (diff.xhtml)

    /** The kinds of the rows shown ({@code equal}, {@code changed}, …). */
    public List<String> rowKinds() {
        return driver.findElements(By.cssSelector("#diff-table tbody tr")).stream()
                .map(r -> r.getAttribute("data-kind")).toList();
    }

    /** The words marked as removed, in the before column. */
    public List<String> deletedWords() {
        return marked("#diff-table .gdpr-diff-before del");
    }

    /** The words marked as added, in the after column. */
    public List<String> insertedWords() {
        return marked("#diff-table .gdpr-diff-after ins");
    }

    /** Ticks "show only the changes": the table is replaced by the changed rows. */
    public PolicyEditorPage showOnlyChanges() {
        WebElement table = driver.findElement(By.id("diff-table"));
        driver.findElement(By.cssSelector("[id='diff:changesOnly'] .ui-chkbox-box")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diff-table")));
        return this;
    }

    private List<String> marked(String selector) {
        return driver.findElements(By.cssSelector(selector)).stream()
                .map(e -> e.getAttribute("textContent").strip()).filter(t -> !t.isEmpty()).toList();
    }

    // ---- the public page

    /** Opens a public policy page and returns its text. */
    public static String publicPage(WebDriver driver, String url) {
        driver.get(url);
        return driver.findElement(By.tagName("body")).getText();
    }

    private Object script(String code) {
        return ((JavascriptExecutor) driver).executeScript(code);
    }

    /** Clicks something that loads a new page and waits until the new document is there. */
    private void load(By clickable) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.policyTestOldPage = true");
        driver.findElement(clickable).click();
        Browser.waitFor(driver)
                .withMessage(() -> "no new page after clicking " + clickable + "; still at " + driver.getCurrentUrl())
                .until(d -> !Boolean.TRUE.equals(js.executeScript("return window.policyTestOldPage === true")));
    }
}

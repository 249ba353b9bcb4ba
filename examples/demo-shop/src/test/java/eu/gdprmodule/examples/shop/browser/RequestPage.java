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
 * One data-subject request in the GDPR module's console ({@code gdpr/admin/requests/request.xhtml?ref=}):
 * what was asked, the deadline, the post-mortem instructions, the actions, the contributors'
 * reports and the timeline. An action redraws the page's form (AJAX) and returns this page.
 */
public class RequestPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public RequestPage(WebDriver driver) {
        this.driver = driver;
        this.wait = Browser.waitFor(driver);
        Browser.waitFor(driver).withMessage(() -> "a request page expected, but the browser shows "
                + driver.getCurrentUrl() + ": " + driver.findElement(By.tagName("body")).getText())
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#gdpr-content h1")));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public static RequestPage open(WebDriver driver, URI base, String reference) {
        driver.get(base.resolve("gdpr/admin/requests/request.xhtml?ref=" + reference).toString());
        return new RequestPage(driver);
    }

    public String heading() {
        return driver.findElement(By.cssSelector("#gdpr-content h1")).getText();
    }

    /** The status as the engine names it: {@code unverified}, {@code open}, {@code completed}, {@code refused}. */
    public String status() {
        return driver.findElement(By.id("status")).getAttribute("data-status");
    }

    /** The deadline in force, as an ISO date. */
    public String deadline() {
        return driver.findElement(By.id("deadline")).getAttribute("data-deadline");
    }

    public String deadlineState() {
        return driver.findElement(By.id("deadline")).getAttribute("data-deadline-state");
    }

    /** When the request was received, as the console shows it ({@code 2026-11-23 10:15:30}). */
    public String received() {
        return driver.findElement(By.id("received")).getText();
    }

    /** The line about the extension (the first deadline and the reason), or empty. */
    public String extension() {
        return text(By.id("extension"));
    }

    /** The reply sent or the reason given, once the request is closed; else empty. */
    public String outcome() {
        return text(By.id("outcome"));
    }

    /** Whether the page offers an action, by its button's id ({@code verify}, {@code extend}, {@code erase}...). */
    public boolean offers(String action) {
        return !driver.findElements(By.id("request:" + action)).isEmpty();
    }

    /** The messages at the top of the form (done, refused by the engine). */
    public String messages() {
        return text(By.id("request:messages"));
    }

    /** The message beside a field ({@code refusalReason}); empty when none. */
    public String fieldMessage(String field) {
        return text(By.id("request:" + field + "Message"));
    }

    public RequestPage verifyByHand(String how) {
        type("request:how", how);
        return press("request:verify");
    }

    /** Extends by "1 month" or "2 months" (the menu's labels), with the reason mailed to the person. */
    public RequestPage extend(String monthsLabel, String reason) {
        PrimeFacesMenu.choose(driver, "request:months", monthsLabel);
        type("request:extensionReason", reason);
        return press("request:extend");
    }

    /** Refuses with this reason (empty: none), confirming in the dialog. */
    public RequestPage refuse(String reason) {
        type("request:refusalReason", reason);
        return pressAndConfirm("request:refuse");
    }

    /** The reply the Complete action would send, as the page fills it. */
    public String reply() {
        return driver.findElement(By.id("request:reply")).getAttribute("value");
    }

    /** Fills the reply with the template in this language ({@code en}, {@code fr}). */
    public RequestPage useTemplate(String language) {
        WebElement reply = driver.findElement(By.id("request:reply"));
        driver.findElement(By.id("request:template-" + language)).click();
        wait.until(ExpectedConditions.stalenessOf(reply));
        return this;
    }

    /** Sends the reply as it stands and completes the request. */
    public RequestPage complete() {
        return press("request:complete");
    }

    public RequestPage addNote(String note) {
        type("request:note", note);
        return press("request:addNote");
    }

    public RequestPage restrict() {
        return press("request:restrict");
    }

    /** Lifts the restriction, confirming in the dialog. */
    public RequestPage lift() {
        return pressAndConfirm("request:lift");
    }

    public RequestPage runExport() {
        return press("request:export");
    }

    public RequestPage previewErasure() {
        return press("request:preview");
    }

    public RequestPage runErasure() {
        return pressAndConfirm("request:erase");
    }

    /** The contributors named in a report section ({@code export-reports}, {@code preview-reports}, {@code erasure-reports}). */
    public List<String> contributors(String section) {
        return driver.findElements(By.cssSelector("#" + section + " [data-contributor]")).stream()
                .map(e -> e.getAttribute("data-contributor")).toList();
    }

    /** The outcomes of a report section's contributors: {@code done} or {@code failed}. */
    public List<String> contributorOutcomes(String section) {
        return driver.findElements(By.cssSelector("#" + section + " [data-contributor]")).stream()
                .map(e -> e.getAttribute("data-outcome")).toList();
    }

    /** A report section's text: each contributor with its lines (kind, outcome, count, reason, until). */
    public String reportText(String section) {
        return text(By.id(section));
    }

    /** The timeline's steps, oldest first, as the engine names them ({@code received}, {@code extended}). */
    public List<String> timeline() {
        return driver.findElements(By.cssSelector("[id='request:timeline_data'] [data-kind]")).stream()
                .map(e -> e.getAttribute("data-kind")).toList();
    }

    public String timelineText() {
        return driver.findElement(By.id("request:timeline")).getText();
    }

    /** The post-mortem box's text; empty when the request is not post-mortem instructions. */
    public String postMortem() {
        return text(By.id("post-mortem"));
    }

    public String postMortemContact() {
        return text(By.id("post-mortem-contact"));
    }

    private String text(By element) {
        List<WebElement> found = driver.findElements(element);
        return found.isEmpty() ? "" : found.get(0).getText().strip();
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Presses a button that redraws the form (AJAX) and waits for the new form. */
    private RequestPage press(String id) {
        WebElement button = driver.findElement(By.id(id));
        button.click();
        wait.until(ExpectedConditions.stalenessOf(button));
        return this;
    }

    private RequestPage pressAndConfirm(String id) {
        WebElement button = driver.findElement(By.id(id));
        button.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(ExpectedConditions.stalenessOf(button));
        return this;
    }
}

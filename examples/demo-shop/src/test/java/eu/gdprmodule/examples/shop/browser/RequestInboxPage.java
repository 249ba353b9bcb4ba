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
 * The inbox of data-subject requests in the GDPR module's console ({@code gdpr/admin/requests/}):
 * the counts of requests to answer, the filters and the table. Also what a visitor does to file a
 * request: the module's public API, from the shop's own pages as its form does.
 */
public class RequestInboxPage {

    public static final String PATH = "gdpr/admin/requests/index.xhtml";

    private final WebDriver driver;
    private final WebDriverWait wait;

    public RequestInboxPage(WebDriver driver) {
        this.driver = driver;
        this.wait = Browser.waitFor(driver);
        Browser.waitFor(driver).withMessage(() -> "the request inbox expected, but the browser shows "
                + driver.getCurrentUrl() + ": " + driver.findElement(By.tagName("body")).getText())
                .until(ExpectedConditions.presenceOfElementLocated(By.id("requests:list")));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public static RequestInboxPage open(WebDriver driver, URI base) {
        driver.get(base.resolve(PATH).toString());
        return new RequestInboxPage(driver);
    }

    /** The inbox as a link gives it, such as {@code ?due=overdue}. */
    public static RequestInboxPage open(WebDriver driver, URI base, String query) {
        driver.get(base.resolve(PATH + "?" + query).toString());
        return new RequestInboxPage(driver);
    }

    /**
     * As a visitor on one of the shop's pages: files a request through {@code POST /gdpr/api/requests},
     * as the module's form does, and returns the HTTP status (202 when registered).
     *
     * @param json the request, such as {@code {"right": "access", "email": "a@example.com"}}
     */
    public static int fileAsVisitor(WebDriver driver, URI base, String json) {
        // any page of the shop's origin: a JSON one loads fastest and has no banner
        driver.get(base.resolve("gdpr/api/consents/current").toString());
        Object status = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/json'}, body: arguments[1]})"
                + ".then(r => done(r.status), e => done(String(e)));", base.resolve("gdpr/api/requests").toString(), json);
        return status instanceof Number n ? n.intValue() : -1;
    }

    public String heading() {
        return driver.findElement(By.cssSelector("#gdpr-content h1")).getText();
    }

    /** Searches by reference or part of an address, with the other filters as they are. */
    public RequestInboxPage search(String text) {
        WebElement field = driver.findElement(By.id("requests:text"));
        field.clear();
        field.sendKeys(text);
        return apply();
    }

    /** Chooses a right in the filter by its label ("Erasure"); applied with {@link #apply()}. */
    public RequestInboxPage right(String label) {
        PrimeFacesMenu.choose(driver, "requests:right", label);
        return this;
    }

    /** Chooses a status in the filter by its label ("Open"); applied with {@link #apply()}. */
    public RequestInboxPage status(String label) {
        PrimeFacesMenu.choose(driver, "requests:status", label);
        return this;
    }

    public RequestInboxPage apply() {
        return press("requests:apply");
    }

    public RequestInboxPage overdueOnly() {
        return press("requests:overdue");
    }

    public RequestInboxPage dueWithinAWeek() {
        return press("requests:dueSoon");
    }

    /** The references the table shows, in its order. */
    public List<String> references() {
        return driver.findElements(By.cssSelector("[id='requests:list_data'] a[data-reference]")).stream()
                .map(a -> a.getAttribute("data-reference")).toList();
    }

    /** The rights of the rows shown, by their wire names ({@code erasure}). */
    public List<String> rights() {
        return attributes("data-right");
    }

    /** The statuses of the rows shown ({@code open}, {@code unverified}). */
    public List<String> statuses() {
        return attributes("data-status");
    }

    /** The deadline of a row, as an ISO date. */
    public String deadline(String reference) {
        return row(reference).findElement(By.cssSelector("[data-deadline]")).getAttribute("data-deadline");
    }

    /** Whether a row is marked due soon or overdue: {@code on-time}, {@code due-soon}, {@code overdue}, {@code closed}. */
    public String deadlineState(String reference) {
        return row(reference).findElement(By.cssSelector("[data-deadline-state]")).getAttribute("data-deadline-state");
    }

    public String rowText(String reference) {
        return row(reference).getText();
    }

    /** The count line: requests to answer, due within 7 days, overdue. */
    public String counts() {
        return driver.findElement(By.id("requests:counts")).getText();
    }

    /** Opens a request from its reference in the table. */
    public RequestPage openRequest(String reference) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.inboxTestOldPage = true");
        row(reference).findElement(By.cssSelector("a[data-reference]")).click();
        Browser.waitFor(driver)
                .until(d -> !Boolean.TRUE.equals(js.executeScript("return window.inboxTestOldPage === true")));
        return new RequestPage(driver);
    }

    private WebElement row(String reference) {
        return driver.findElement(By.xpath("//tbody[@id='requests:list_data']/tr[.//a[@data-reference='" + reference + "']]"));
    }

    private List<String> attributes(String name) {
        return driver.findElements(By.cssSelector("[id='requests:list_data'] [" + name + "]")).stream()
                .map(e -> e.getAttribute(name)).toList();
    }

    /** Presses a button that redraws the form (AJAX) and waits for the new table. */
    private RequestInboxPage press(String id) {
        WebElement table = driver.findElement(By.id("requests:list"));
        driver.findElement(By.id(id)).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("requests:list_data")));
        return this;
    }
}

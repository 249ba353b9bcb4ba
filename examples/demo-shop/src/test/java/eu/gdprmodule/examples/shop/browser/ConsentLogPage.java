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
 * The consent log of the GDPR module's console ({@code gdpr/admin/consents/}): the proofs of
 * visitors' choices, the search form and the CSV link. Also what a visitor does to leave a
 * proof: a choice on the preferences page, whose reference the page then shows.
 */
public class ConsentLogPage {

    public static final String PATH = "gdpr/admin/consents/index.xhtml";

    private final WebDriver driver;
    private final WebDriverWait wait;

    public ConsentLogPage(WebDriver driver) {
        this.driver = driver;
        this.wait = Browser.waitFor(driver);
        wait.withMessage(() -> "the consent log expected, but the browser shows " + driver.getCurrentUrl() + ": "
                + driver.findElement(By.tagName("body")).getText())
                .until(ExpectedConditions.presenceOfElementLocated(By.id("consents:proofs")));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public static ConsentLogPage open(WebDriver driver, URI base) {
        driver.get(base.resolve(PATH).toString());
        return new ConsentLogPage(driver);
    }

    /**
     * As a visitor: "Accept all" on the preferences page, then the consent reference the page
     * shows the visitor afterwards.
     */
    public static String acceptAllAsVisitor(WebDriver driver, URI base) {
        driver.get(base.resolve("gdpr/consent/preferences").toString());
        WebElement accept = driver.findElement(By.cssSelector("button[name='action'][value='accept-all']"));
        accept.click();
        Browser.waitFor(driver).until(ExpectedConditions.stalenessOf(accept));
        driver.get(base.resolve("gdpr/consent/preferences").toString());
        String shown = driver.findElement(By.cssSelector(".gdpr-consent-id")).getText();
        return shown.replaceAll("(?s).*?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}).*", "$1");
    }

    /** Searches by consent reference: the table shows the matching proofs. */
    public ConsentLogPage searchByConsentId(String consentId) {
        WebElement field = driver.findElement(By.id("consents:consentId"));
        field.clear();
        field.sendKeys(consentId);
        WebElement table = driver.findElement(By.id("consents:proofs"));
        driver.findElement(By.id("consents:apply")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("consents:proofs")));
        return this;
    }

    /** The consent references of the rows shown. */
    public List<String> consentIds() {
        return driver.findElements(By.cssSelector("[data-consent-id]")).stream()
                .map(e -> e.getAttribute("data-consent-id")).toList();
    }

    /** The methods of the rows shown, as the API names them ({@code accept-all}). */
    public List<String> methods() {
        return driver.findElements(By.cssSelector("[data-method]")).stream().map(e -> e.getAttribute("data-method")).toList();
    }

    /** The text of the table's first row. */
    public String firstRow() {
        return driver.findElement(By.cssSelector("[id='consents:proofs'] tbody tr")).getText();
    }

    /** The address of the banner text the first row's proof refers to. */
    public String firstTextLink() {
        return driver.findElement(By.cssSelector("[data-text]")).getAttribute("href");
    }

    /** The CSV export's address, with the current filters. */
    public String csvLink() {
        return driver.findElement(By.id("consents:csv")).getAttribute("href");
    }

    /** What the page says of how long proofs are kept. */
    public String retention() {
        return driver.findElement(By.id("retention")).getText();
    }
}

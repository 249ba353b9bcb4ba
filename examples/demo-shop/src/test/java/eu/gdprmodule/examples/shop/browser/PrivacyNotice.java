package eu.gdprmodule.examples.shop.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The shop's privacy page, linked from its footer: the privacy policy in force, rendered by the
 * module's {@code <gdpr:policy/>}; and the module's public history and version pages it links to.
 */
public class PrivacyNotice {

    private final WebDriver driver;

    public PrivacyNotice(WebDriver driver) {
        this.driver = driver;
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.gdpr-policy")));
    }

    /** The generated controller section. */
    public String controller() {
        return driver.findElement(By.cssSelector(".gdpr-section-controller")).getText();
    }

    public String lastUpdated() {
        return driver.findElement(By.cssSelector(".gdpr-policy-updated")).getText();
    }

    public String text() {
        return driver.findElement(By.cssSelector("article.gdpr-policy")).getText();
    }

    /** Follows "Earlier versions" to the module's public history page. */
    public History openHistory() {
        driver.findElement(By.cssSelector("a.gdpr-policy-history")).click();
        return new History(driver);
    }

    /** {@code /gdpr/policies/{slug}/history}. */
    public static class History {
        private final WebDriver driver;

        History(WebDriver driver) {
            this.driver = driver;
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("table.gdpr-policy-versions")));
        }

        public int versions() {
            return driver.findElements(By.cssSelector("table.gdpr-policy-versions tbody tr")).size();
        }

        public String row(int index) {
            return driver.findElements(By.cssSelector("table.gdpr-policy-versions tbody tr")).get(index).getText();
        }

        /** Opens the version on row {@code index} (0 is the newest). */
        public PrivacyNotice openVersion(int index) {
            driver.findElements(By.cssSelector("table.gdpr-policy-versions tbody tr a")).get(index).click();
            return new PrivacyNotice(driver);
        }
    }
}

package eu.gdprmodule.examples.shop.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The GDPR module's public privacy page, linked from the shop's footer. */
public class PrivacyNotice {

    private final WebDriver driver;

    public PrivacyNotice(WebDriver driver) {
        this.driver = driver;
        new WebDriverWait(driver, Browser.PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id("gdpr-controller")));
    }

    public String controller() {
        return driver.findElement(By.id("gdpr-controller")).getText();
    }
}

package eu.gdprmodule.examples.shop.browser;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The "Request a quote" form. */
public class QuotePage extends ShopPage {

    public QuotePage(WebDriver driver) {
        super(driver, By.id("quote"));
    }

    public static QuotePage open(WebDriver driver, URI base) {
        driver.get(at(base, "quote.xhtml"));
        return new QuotePage(driver);
    }

    public QuotePage fill(String name, String email, String company, String message) {
        type("quote:fullName", name);
        type("quote:email", email);
        type("quote:company", company);
        type("quote:message", message);
        return this;
    }

    /** Sends the form; the page comes back, with a confirmation or the problems to fix. */
    public QuotePage send() {
        submit(By.id("quote:submit"));
        return new QuotePage(driver);
    }

    public String fieldValue(String field) {
        return driver.findElement(By.id("quote:" + field)).getAttribute("value");
    }

    public String problemWith(String field) {
        return text("quote:" + field + "Message");
    }
}

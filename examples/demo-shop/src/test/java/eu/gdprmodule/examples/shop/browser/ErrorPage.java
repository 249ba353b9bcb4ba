package eu.gdprmodule.examples.shop.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One of the shop's error pages: {@code not-found}, {@code expired} or {@code error}. */
public class ErrorPage extends ShopPage {

    private final String kind;

    public ErrorPage(WebDriver driver, String kind) {
        super(driver, By.id(kind));
        this.kind = kind;
    }

    /** What the page says. */
    public String explanation() {
        return text(kind);
    }

    /** Whether the page shows anything of a Java exception, which a visitor must never see. */
    public boolean showsAnException() {
        String page = driver.findElement(By.tagName("body")).getText();
        return page.contains("Exception") || page.contains("\tat ") || page.contains(".java:");
    }
}

package eu.gdprmodule.examples.shop.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The home page: the catalogue with prices. */
public class HomePage extends ShopPage {

    public HomePage(WebDriver driver) {
        super(driver, By.id("products"));
    }

    public static HomePage open(WebDriver driver, URI base) {
        driver.get(base.toString());
        return new HomePage(driver);
    }

    public List<String> productNames() {
        return driver.findElements(By.className("shop-product-name")).stream().map(WebElement::getText).toList();
    }

    /** The price with VAT shown for a product, as printed: {@code €154.80}. */
    public String priceOf(String productName) {
        return card(productName).findElement(By.className("shop-price-gross")).getText();
    }

    /** Whether the products can be ordered from here (not by staff, who have no customer account). */
    public boolean offersOrders() {
        return !driver.findElements(By.xpath("//a[contains(@href,'order.xhtml')]")).isEmpty();
    }

    /** Orders while signed in: the order page opens. */
    public OrderPage order(String productName) {
        submit(orderLink(productName));
        return new OrderPage(driver);
    }

    /** Orders while signed out: the login page opens first. */
    public LoginPage orderSignedOut(String productName) {
        submit(orderLink(productName));
        return new LoginPage(driver);
    }

    public SignUpPage createAnAccount() {
        submit(By.id("nav-signup"));
        return new SignUpPage(driver);
    }

    public QuotePage requestAQuote() {
        submit(By.id("nav-quote"));
        return new QuotePage(driver);
    }

    private static By orderLink(String productName) {
        return By.xpath(cardPath(productName) + "//a[contains(@href,'order.xhtml')]");
    }

    private WebElement card(String productName) {
        return driver.findElement(By.xpath(cardPath(productName)));
    }

    private static String cardPath(String productName) {
        return "//div[contains(@class,'shop-product')][.//span[@class='shop-product-name' and normalize-space()='"
                + productName + "']]";
    }
}

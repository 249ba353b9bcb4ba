package eu.gdprmodule.examples.shop.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/** The order page of one product. */
public class OrderPage extends ShopPage {

    public OrderPage(WebDriver driver) {
        super(driver, By.id("order"));
    }

    public String productName() {
        return text("productName");
    }

    public String billingName() {
        return driver.findElement(By.id("order:billingName")).getAttribute("value");
    }

    public OrderPage quantity(int quantity) {
        // Typed over the selected value: the spinner puts its value back when the field is cleared.
        driver.findElement(By.id("order:quantity_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Integer.toString(quantity));
        return this;
    }

    public OrderPage billedTo(String name, String address) {
        type("order:billingName", name);
        type("order:billingAddress", address);
        return this;
    }

    /** Places the order: the account page opens, with the new invoice. */
    public AccountPage placeOrder() {
        submit(By.id("order:submit"));
        return new AccountPage(driver);
    }
}

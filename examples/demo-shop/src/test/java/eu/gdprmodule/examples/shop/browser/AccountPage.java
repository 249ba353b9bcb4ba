package eu.gdprmodule.examples.shop.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The account page: profile, orders with their invoices, newsletter. */
public class AccountPage extends ShopPage {

    static final String SUBSCRIBED = "You receive our newsletter.";
    static final String NOT_SUBSCRIBED = "You do not receive our newsletter.";

    public AccountPage(WebDriver driver) {
        super(driver, By.id("greeting"));
    }

    /** Opens the account page when signed in. */
    public static AccountPage open(WebDriver driver, URI base) {
        driver.get(at(base, "account/"));
        return new AccountPage(driver);
    }

    public String greeting() {
        return text("greeting");
    }

    public String email() {
        return text("email");
    }

    /** One line of the invoices table. */
    public record InvoiceLine(String number, String product, String quantity, String billedTo, String net, String vat,
            String vatRate, String total) {
    }

    public List<InvoiceLine> invoices() {
        return driver.findElements(By.cssSelector("[id='orders_data'] > tr")).stream()
                .filter(row -> !row.findElements(By.className("shop-invoice-number")).isEmpty())
                .map(AccountPage::line)
                .toList();
    }

    private static InvoiceLine line(WebElement row) {
        return new InvoiceLine(cell(row, "shop-invoice-number"), cell(row, "shop-invoice-product"),
                cell(row, "shop-invoice-quantity"), cell(row, "shop-invoice-billing-name"), cell(row, "shop-invoice-net"),
                cell(row, "shop-invoice-vat"), cell(row, "shop-invoice-vat-rate"), cell(row, "shop-invoice-total"));
    }

    private static String cell(WebElement row, String styleClass) {
        return row.findElement(By.className(styleClass)).getText();
    }

    public boolean receivesNewsletter() {
        String status = text("newsletter:status");
        if (!status.equals(SUBSCRIBED) && !status.equals(NOT_SUBSCRIBED)) {
            throw new AssertionError("unexpected newsletter status: " + status);
        }
        return status.equals(SUBSCRIBED);
    }

    /** Clicks Subscribe; the panel updates in place (AJAX). */
    public AccountPage subscribeToNewsletter() {
        driver.findElement(By.id("newsletter:subscribe")).click();
        wait.until(ExpectedConditions.textToBe(By.id("newsletter:status"), SUBSCRIBED));
        return this;
    }

    /** Clicks Unsubscribe; the panel updates in place (AJAX). */
    public AccountPage unsubscribeFromNewsletter() {
        driver.findElement(By.id("newsletter:unsubscribe")).click();
        wait.until(ExpectedConditions.textToBe(By.id("newsletter:status"), NOT_SUBSCRIBED));
        return this;
    }

    public String newsletterMessage() {
        return text("newsletter:confirmation");
    }

    public HomePage browseServices() {
        submit(By.id("nav-services"));
        return new HomePage(driver);
    }
}

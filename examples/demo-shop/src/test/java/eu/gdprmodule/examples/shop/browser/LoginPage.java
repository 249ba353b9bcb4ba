package eu.gdprmodule.examples.shop.browser;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The login page. */
public class LoginPage extends ShopPage {

    public LoginPage(WebDriver driver) {
        super(driver, By.id("login"));
    }

    public static LoginPage open(WebDriver driver, URI base) {
        driver.get(at(base, "login.xhtml"));
        return new LoginPage(driver);
    }

    /** Signs in from the login page itself: the account page opens. */
    public AccountPage signIn(String email, String password) {
        send(email, password);
        return new AccountPage(driver);
    }

    /** Signs in after a protected page asked for it: that page opens. */
    public OrderPage signInToOrder(String email, String password) {
        send(email, password);
        return new OrderPage(driver);
    }

    /**
     * Signs in as a staff member: the GDPR module's console opens, which is the module's page and
     * not the shop's, so no page object here; the test looks at where the browser went.
     */
    public void signInAsStaff(String email, String password) {
        send(email, password);
    }

    /** Signs in with credentials that do not match: the login page comes back. */
    public LoginPage signInRefused(String email, String password) {
        send(email, password);
        return new LoginPage(driver);
    }

    private void send(String email, String password) {
        type("login:email", email);
        type("login:password", password);
        submit(By.id("login:submit"));
    }
}

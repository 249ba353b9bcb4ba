package eu.gdprmodule.examples.shop.browser;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The sign-up form. */
public class SignUpPage extends ShopPage {

    public SignUpPage(WebDriver driver) {
        super(driver, By.id("signup"));
    }

    public static SignUpPage open(WebDriver driver, URI base) {
        driver.get(at(base, "signup.xhtml"));
        return new SignUpPage(driver);
    }

    public SignUpPage fill(String name, String email, String password, String company) {
        type("signup:fullName", name);
        type("signup:email", email);
        type("signup:password", password);
        type("signup:company", company);
        return this;
    }

    public boolean isNewsletterTicked() {
        return driver.findElement(By.id("signup:newsletter_input")).isSelected();
    }

    public SignUpPage tickNewsletter() {
        driver.findElement(By.cssSelector("[id='signup:newsletter'] .ui-chkbox-box")).click();
        return this;
    }

    /** Sends a valid form: the login page opens, saying the account is ready. */
    public LoginPage submit() {
        submit(By.id("signup:submit"));
        return new LoginPage(driver);
    }

    /** Sends a form with mistakes: the same form comes back with a message per mistake. */
    public SignUpPage submitWithMistakes() {
        submit(By.id("signup:submit"));
        return new SignUpPage(driver);
    }

    /** Sends the form after the visitor's session has ended: the expired page opens. */
    public ErrorPage submitAfterTheSessionEnded() {
        submit(By.id("signup:submit"));
        return new ErrorPage(driver, "expired");
    }

    /** The message next to a field: {@code fullName}, {@code email}, {@code password}, {@code company}. */
    public String problemWith(String field) {
        return text("signup:" + field + "Message");
    }
}

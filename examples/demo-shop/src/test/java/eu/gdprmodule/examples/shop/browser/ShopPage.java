package eu.gdprmodule.examples.shop.browser;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every shop page has: the header (sign in, my account or the GDPR console, sign out), the messages line and
 * the footer. A page object's constructor waits until its own screen is shown, so a test that
 * ends up elsewhere fails there, saying which screen it expected.
 */
public abstract class ShopPage {

    protected final WebDriver driver;
    protected final WebDriverWait wait;

    protected ShopPage(WebDriver driver, By marker) {
        this.driver = driver;
        this.wait = Browser.waitFor(driver);
        wait.withMessage(() -> getClass().getSimpleName() + " expected, but the browser shows " + driver.getCurrentUrl()
                + ": " + driver.findElement(By.tagName("body")).getText())
                .until(ExpectedConditions.presenceOfElementLocated(marker));
        // Loaded, scripts included: PrimeFaces sets its widgets up once the document is ready.
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** The shop's address with {@code path} resolved against it, such as {@code signup.xhtml}. */
    protected static String at(URI base, String path) {
        return base.resolve(path).toString();
    }

    /** The message shown at the top after an action ("Your account is ready..."). */
    public String message() {
        return driver.findElement(By.id("messages")).getText();
    }

    public boolean isSignedIn() {
        return !driver.findElements(By.id("nav-account")).isEmpty();
    }

    /** Whether the header offers signing in and creating an account, as it does to visitors. */
    public boolean offersSignIn() {
        return !driver.findElements(By.id("nav-login")).isEmpty();
    }

    /** Whether the header links to the GDPR module's console, as it does for staff. */
    public boolean offersTheGdprConsole() {
        return !driver.findElements(By.id("nav-console")).isEmpty();
    }

    /** Where the header's console link leads (a path, such as {@code /shop/gdpr/admin/}). */
    public String gdprConsoleLink() {
        return URI.create(driver.findElement(By.id("nav-console")).getAttribute("href")).getPath();
    }

    public HomePage signOut() {
        submit(By.id("logout:submit"));
        return new HomePage(driver);
    }

    /** The controller's identity in the footer, rendered by the GDPR module. */
    public String controllerInFooter() {
        return driver.findElement(By.id("controller")).getText();
    }

    public PrivacyNotice openPrivacyNotice() {
        driver.findElement(By.id("privacy")).click();
        return new PrivacyNotice(driver);
    }

    public String currentPath() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /**
     * Clicks something that loads a new page, and waits until the browser shows a new document:
     * a mark left in the old page's window is gone. (Waiting for the old {@code <html>} to go
     * stale is not reliable: while a document is being replaced, ChromeDriver may answer "Node
     * with given id does not belong to the document" instead of "stale element".)
     */
    protected void submit(By clickable) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("window.shopTestOldPage = true");
        driver.findElement(clickable).click();
        Browser.waitFor(driver)
                .withMessage(() -> "no new page after clicking " + clickable + "; still at " + driver.getCurrentUrl())
                .until(d -> !Boolean.TRUE.equals(script.executeScript("return window.shopTestOldPage === true")));
    }

    protected void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        if (text != null) {
            field.sendKeys(text);
        }
    }

    protected String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }
}

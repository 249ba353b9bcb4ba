package eu.gdprmodule.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.examples.shop.browser.AccountPage;
import eu.gdprmodule.examples.shop.browser.AccountPage.InvoiceLine;
import eu.gdprmodule.examples.shop.browser.Browser;
import eu.gdprmodule.examples.shop.browser.ErrorPage;
import eu.gdprmodule.examples.shop.browser.HomePage;
import eu.gdprmodule.examples.shop.browser.LoginPage;
import eu.gdprmodule.examples.shop.browser.OrderPage;
import eu.gdprmodule.examples.shop.browser.PrivacyNotice;
import eu.gdprmodule.examples.shop.browser.QuotePage;
import eu.gdprmodule.examples.shop.browser.SignUpPage;
import eu.gdprmodule.examples.shop.staff.StaffSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The shop as a person uses it, in headless Chromium against the built WAR on Payara Micro:
 * signing up, signing in, ordering, the invoice, the newsletter, signing out, a quote request, staff
 * signing in on the same page, and what a person sees when something is wrong. Every test starts
 * as a new visitor.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShopBrowserIT {

    private static final String PASSWORD = "plum orchard tuesday lantern";
    private static final String SSD = "SSD upgrade, 1 TB";

    private static WebDriver browser;

    @Deployment(testable = false)
    static WebArchive shop() {
        return BuiltShop.war();
    }

    @ArquillianResource
    URL deployment;

    private URI base;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void newVisitor() throws URISyntaxException {
        // Through the loopback address: the deployment URL names the machine's outward address.
        base = new URI("http", null, "localhost", deployment.getPort(), deployment.getPath(), null, null);
        browser.get(base.toString());
        browser.manage().deleteAllCookies();
        Browser.refuseCookies(browser, base); // the cookie banner has its own tests (ConsentBrowserIT)
    }

    @Test
    void signUpThenOrderShowsTheInvoice() {
        String email = uniqueEmail();
        LoginPage login = HomePage.open(browser, base).createAnAccount()
                .fill("Ann Martin", email, PASSWORD, "Atelier Martin")
                .submit();
        assertTrue(login.message().contains("Your account is ready"), login.message());

        AccountPage account = login.signIn(email, PASSWORD);
        assertEquals("Ann Martin", account.greeting());
        assertEquals(email, account.email());
        assertEquals(List.of(), account.invoices(), "no order yet");

        HomePage home = account.browseServices();
        assertEquals("€154.80", home.priceOf(SSD), "VAT included");
        Browser.screenshot(browser, "home-signed-in");
        OrderPage order = home.order(SSD);
        assertEquals(SSD, order.productName());
        assertEquals("Ann Martin, Atelier Martin", order.billingName(), "a first order starts from the account");
        order.quantity(2).billedTo("Atelier Martin", "3 rue des Lilas\n86000 Poitiers");
        Browser.screenshot(browser, "order");
        account = order.placeOrder();
        Browser.screenshot(browser, "account");

        List<InvoiceLine> invoices = account.invoices();
        assertEquals(1, invoices.size(), invoices::toString);
        InvoiceLine invoice = invoices.get(0);
        assertTrue(invoice.number().matches("INV-\\d{4}-\\d{6}"), invoice.number());
        assertTrue(account.message().contains("Invoice " + invoice.number()), account.message());
        assertEquals(SSD, invoice.product());
        assertEquals("2", invoice.quantity());
        assertEquals("Atelier Martin", invoice.billedTo());
        assertEquals("€258.00", invoice.net());
        assertEquals("€51.60", invoice.vat());
        assertEquals("20 %", invoice.vatRate());
        assertEquals("€309.60", invoice.total());
    }

    @Test
    void theNewsletterBoxStartsUntickedAndTheAccountTogglesTheSubscription() {
        String email = uniqueEmail();
        SignUpPage signUp = SignUpPage.open(browser, base);
        assertFalse(signUp.isNewsletterTicked(), "consent is never pre-ticked");
        AccountPage account = signUp.fill("Ann Martin", email, PASSWORD, null).submit().signIn(email, PASSWORD);
        assertFalse(account.receivesNewsletter());

        account.subscribeToNewsletter();
        assertTrue(account.newsletterMessage().contains("You are subscribed"), account.newsletterMessage());
        assertTrue(AccountPage.open(browser, base).receivesNewsletter(), "kept after a reload");

        account = AccountPage.open(browser, base).unsubscribeFromNewsletter();
        assertTrue(account.newsletterMessage().contains("You are unsubscribed"), account.newsletterMessage());
        assertFalse(AccountPage.open(browser, base).receivesNewsletter(), "kept after a reload");
    }

    @Test
    void tickingTheNewsletterBoxAtSignUpSubscribes() {
        String email = uniqueEmail();

        AccountPage account = SignUpPage.open(browser, base).fill("Ann Martin", email, PASSWORD, null)
                .tickNewsletter().submit().signIn(email, PASSWORD);

        assertTrue(account.receivesNewsletter());
    }

    @Test
    void signingOutEndsTheSession() {
        String email = uniqueEmail();
        AccountPage account = SignUpPage.open(browser, base).fill("Ann Martin", email, PASSWORD, null).submit()
                .signIn(email, PASSWORD);
        assertTrue(account.isSignedIn());

        assertFalse(account.offersTheGdprConsole(), "customers are not staff");
        HomePage home = account.signOut();

        assertFalse(home.isSignedIn());
        assertTrue(home.message().contains("You are signed out"), home.message());
        browser.get(base.resolve("account/").toString());
        assertEquals(base.resolve("login.xhtml").getPath(), new LoginPage(browser).currentPath());
    }

    @Test
    void theAccountWhenSignedOutLeadsToTheLoginPageAndBackAfterSigningIn() {
        String email = uniqueEmail();
        SignUpPage.open(browser, base).fill("Ann Martin", email, PASSWORD, null).submit();

        browser.get(base.resolve("account/").toString());
        LoginPage login = new LoginPage(browser);
        assertEquals(base.resolve("login.xhtml").getPath(), login.currentPath());

        AccountPage account = login.signIn(email, PASSWORD);
        assertTrue(account.currentPath().startsWith(base.resolve("account/").getPath()),
                () -> "back where the visitor wanted to go, not " + account.currentPath());
    }

    @Test
    void orderingWhileSignedOutAsksToSignInThenReturnsToTheProduct() {
        String email = uniqueEmail();
        SignUpPage.open(browser, base).fill("Ann Martin", email, PASSWORD, null).submit();

        OrderPage order = HomePage.open(browser, base).orderSignedOut(SSD).signInToOrder(email, PASSWORD);

        assertEquals(SSD, order.productName());
    }

    @Test
    void aProspectsQuoteRequestIsConfirmed() {
        QuotePage quote = HomePage.open(browser, base).requestAQuote()
                .fill("Paul Durand", uniqueEmail(), "Durand SARL", "Twelve laptops to upgrade before September.")
                .send();
        Browser.screenshot(browser, "quote-sent");

        assertTrue(quote.message().contains("we have your request"), quote.message());
        assertEquals("", quote.fieldValue("message"), "a fresh form after the confirmation");
    }

    @Test
    void aQuoteRequestWithoutAMessageSaysWhatIsMissing() {
        QuotePage quote = QuotePage.open(browser, base).fill("Paul Durand", "paul@example", null, "").send();

        assertEquals("Please enter a valid e-mail address, such as name@example.com.", quote.problemWith("email"));
        assertEquals("Please tell us what you need.", quote.problemWith("message"));
        assertEquals("Paul Durand", quote.fieldValue("fullName"), "what was typed is kept");
    }

    @Test
    void aBadSignUpShowsWhatToFixInPlainWords() {
        SignUpPage signUp = SignUpPage.open(browser, base).fill("", "ann.example.com", "short", null)
                .submitWithMistakes();
        Browser.screenshot(browser, "sign-up-mistakes");

        assertEquals("Please enter your name.", signUp.problemWith("fullName"));
        assertEquals("Please enter a valid e-mail address, such as name@example.com.", signUp.problemWith("email"));
        assertEquals("Your password needs at least 12 characters (and at most 128).", signUp.problemWith("password"));
        assertEquals("", signUp.problemWith("company"), "an empty company is fine");
    }

    @Test
    void signingUpTwiceWithOneAddressSaysSo() {
        String email = uniqueEmail();
        SignUpPage.open(browser, base).fill("Ann Martin", email, PASSWORD, null).submit();

        SignUpPage again = SignUpPage.open(browser, base).fill("Ann Martin", email.toUpperCase(), PASSWORD, null)
                .submitWithMistakes();

        assertTrue(again.problemWith("email").contains("already exists"), again.problemWith("email"));
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        String email = uniqueEmail();
        SignUpPage.open(browser, base).fill("Ann Martin", email, PASSWORD, null).submit();

        LoginPage wrongPassword = LoginPage.open(browser, base).signInRefused(email, "not the password at all");
        String wrongPasswordMessage = wrongPassword.message();
        LoginPage unknownAddress = LoginPage.open(browser, base).signInRefused(uniqueEmail(), PASSWORD);

        assertTrue(wrongPasswordMessage.contains("is not right"), wrongPasswordMessage);
        assertEquals(wrongPasswordMessage, unknownAddress.message());
        assertFalse(unknownAddress.isSignedIn());
    }

    @Test
    void theAdministratorSignsInToTheGdprConsoleAndTheHeaderOffersItInsteadOfAnAccount() {
        LoginPage.open(browser, base).signInAsStaff(StaffSettings.DEFAULT_ADMIN_EMAIL, itSetting("it.admin.password"));
        assertEquals(base.resolve("gdpr/admin/").getPath(), URI.create(browser.getCurrentUrl()).getPath());

        HomePage home = HomePage.open(browser, base);
        Browser.screenshot(browser, "home-staff");
        assertTrue(home.offersTheGdprConsole());
        assertEquals(base.resolve("gdpr/admin/").getPath(), home.gdprConsoleLink());
        assertFalse(home.isSignedIn(), "no customer account link for staff");
        assertFalse(home.offersSignIn(), "signed in already");
        assertFalse(home.offersOrders(), "ordering needs a customer account");

        home = home.signOut();
        assertTrue(home.message().contains("You are signed out"), home.message());
        assertFalse(home.offersTheGdprConsole());
        assertTrue(home.offersSignIn());
        assertTrue(home.offersOrders());
    }

    @Test
    void theDataProtectionOfficerAlsoGoesToTheGdprConsole() {
        LoginPage.open(browser, base).signInAsStaff(itSetting("it.dpo.email"), itSetting("it.dpo.password"));

        assertEquals(base.resolve("gdpr/admin/").getPath(), URI.create(browser.getCurrentUrl()).getPath());
        assertTrue(HomePage.open(browser, base).offersTheGdprConsole());
    }

    @Test
    void aWrongPasswordForTheAdministratorIsRefusedLikeAnyOther() {
        LoginPage login = LoginPage.open(browser, base).signInRefused(StaffSettings.DEFAULT_ADMIN_EMAIL,
                "not the administrator's password");

        assertTrue(login.message().contains("is not right"), login.message());
        assertFalse(login.offersTheGdprConsole());
    }

    @Test
    void anUnknownPageOrProductGetsAFriendlyPageAndNoStackTrace() {
        browser.get(base.resolve("no-such-page.xhtml").toString());
        ErrorPage notFound = new ErrorPage(browser, "not-found");
        assertTrue(notFound.explanation().contains("We cannot find that page"), notFound.explanation());
        assertFalse(notFound.showsAnException());

        String email = uniqueEmail();
        SignUpPage.open(browser, base).fill("Ann Martin", email, PASSWORD, null).submit().signIn(email, PASSWORD);
        browser.get(base.resolve("account/order.xhtml?product=time-machine").toString());
        HomePage home = new HomePage(browser);
        assertTrue(home.message().contains("could not find that product"), home.message());
        assertFalse(browser.findElement(By.tagName("body")).getText().contains("Exception"), "no stack trace");
    }

    @Test
    void aFormSentAfterTheSessionEndedSaysThePageExpiredAndStoresNothing() {
        String email = uniqueEmail();
        SignUpPage signUp = SignUpPage.open(browser, base).fill("Ann Martin", email, PASSWORD, null);
        browser.manage().deleteAllCookies(); // as after half an hour away: the server no longer knows the form

        ErrorPage expired = signUp.submitAfterTheSessionEnded();

        assertTrue(expired.explanation().contains("nothing was sent"), expired.explanation());
        assertFalse(expired.showsAnException());
        Browser.refuseCookies(browser, base); // the consent cookie went with the others: choose again
        LoginPage login = LoginPage.open(browser, base).signInRefused(email, PASSWORD);
        assertFalse(login.isSignedIn(), "no account was opened");
    }

    @Test
    void theFooterLinksToThePrivacyPolicyInForceWithItsHistory() {
        HomePage home = HomePage.open(browser, base);
        assertTrue(home.controllerInFooter().contains("Demo Shop SAS"), home.controllerInFooter());
        assertTrue(home.controllerInFooter().contains("privacy@demo-shop.example"), home.controllerInFooter());

        PrivacyNotice policy = home.openPrivacyNotice();

        assertTrue(policy.lastUpdated().startsWith("Last updated:"), policy.lastUpdated());
        // other test classes of this database may have published later versions: the shipped one is the oldest
        PrivacyNotice.History history = policy.openHistory();
        assertTrue(history.versions() >= 1);
        assertTrue(history.row(history.versions() - 1).contains("First version"), history.row(history.versions() - 1));
        PrivacyNotice first = history.openVersion(history.versions() - 1);
        assertTrue(first.controller().contains("Demo Shop SAS"), "generated from the register: " + first.controller());
        assertTrue(first.text().contains("Newsletter"), "the shop's activities are listed: " + first.text());
    }

    /** A staff setting the build gave the shop's Payara Micro (see arquillian.xml), as failsafe passes it here. */
    private static String itSetting(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(key + " is not set: run the test through failsafe (see pom.xml)");
        }
        return value;
    }

    private static String uniqueEmail() {
        return "ann." + UUID.randomUUID() + "@example.com";
    }
}

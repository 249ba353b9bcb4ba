package eu.gdprmodule.examples.shop.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.examples.shop.BuiltShop;
import eu.gdprmodule.examples.shop.TestMailbox;
import eu.gdprmodule.examples.shop.browser.AccountPage;
import eu.gdprmodule.examples.shop.browser.Browser;
import eu.gdprmodule.examples.shop.browser.LoginPage;
import eu.gdprmodule.examples.shop.browser.RequestPage;
import eu.gdprmodule.examples.shop.browser.SignUpPage;
import eu.gdprmodule.examples.shop.staff.StaffSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Requests from the person's side, in headless Chromium with the real module, the real shop and a
 * real SMTP server in this JVM (GreenMail, on the port the build reserved). Access (Art. 15 GDPR):
 * a customer asks for a copy of their data on the public form, confirms it through the link
 * mailed to them, staff run the export in the console, and the customer downloads the ZIP through
 * the second mailed link, once; the form's answer is the same for an address nobody knows, so the
 * form does not tell who is a customer. Withdrawal of consent (Art. 7(3)): confirmed by the mailed
 * link, the shop stops the newsletter without anyone in the console.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicRequestFormBrowserIT {

    private static final String ADMIN = System.getProperty("it.admin.email", StaffSettings.DEFAULT_ADMIN_EMAIL);
    private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
    private static final String PASSWORD = "quince harbour saturday kettle";
    private static final Duration DELIVERY = Duration.ofSeconds(90);
    private static final Pattern VERIFY_LINK = Pattern.compile("https?://\\S+/gdpr/requests/verify\\?\\S+");
    private static final Pattern DOWNLOAD_LINK = Pattern.compile("https?://\\S+/gdpr/requests/download\\?\\S+");

    private static TestMailbox smtp;

    @Deployment(testable = false)
    static WebArchive shop() {
        return BuiltShop.war();
    }

    @ArquillianResource
    URL deployment;

    private URI base;
    private Path downloads;
    private WebDriver browser;

    @BeforeAll
    static void startSmtpServer() {
        smtp = TestMailbox.start();
    }

    @AfterAll
    static void stopSmtpServer() {
        if (smtp != null) {
            smtp.close();
        }
    }

    @BeforeEach
    void startBrowser() throws URISyntaxException, IOException {
        // 127.0.0.1, not the address Arquillian reports: Chromium holds back downloads over plain
        // HTTP from any other host ("insecure download"), as it would on a real site without TLS.
        URI reported = deployment.toURI();
        base = new URI(reported.getScheme(), null, "127.0.0.1", reported.getPort(), reported.getPath(), null, null);
        Path build = Files.createDirectories(Path.of(System.getProperty("it.build.dir", "target")));
        downloads = Files.createTempDirectory(build, "downloads-");
        browser = Browser.startDownloadingTo(downloads);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCustomerAsksForACopyConfirmsByMailAndDownloadsTheZipOnce() throws Exception {
        String customer = "access-" + UUID.randomUUID() + "@example.com";
        Browser.refuseCookies(browser, base);
        SignUpPage.open(browser, base).fill("Ada Quince", customer, PASSWORD, "").submit();
        browser.manage().deleteAllCookies();

        // the same answer whether or not the address is a customer's (Art. 12(6) lets us check
        // identity; the form must not become a way to learn who shops here)
        String stranger = "nobody-" + UUID.randomUUID() + "@example.com";
        String answerToStranger = askForACopy(stranger, "Someone Else");
        String answerToCustomer = askForACopy(customer, "Ada Quince");
        assertEquals(answerToStranger.replace(stranger, "ADDRESS"), answerToCustomer.replace(customer, "ADDRESS"));
        assertTrue(answerToCustomer.contains("Check your mailbox"), answerToCustomer);

        String verify = link(awaitLetter(customer, VERIFY_LINK), VERIFY_LINK);
        browser.get(verify);
        // a link only shows a button: a mail scanner that opens it confirms nothing
        assertEquals("Confirm your request", heading());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitForHeading("Request confirmed");
        Matcher reference = Pattern.compile("R-[0-9A-Z]{4}-[0-9A-Z]{4}").matcher(bodyText());
        assertTrue(reference.find(), "the confirmation names the reference: " + bodyText());
        browser.get(verify);
        pressIfOffered();
        waitForBodyText("already used");

        // staff run the export in the console
        browser.manage().deleteAllCookies();
        Browser.refuseCookies(browser, base);
        browser.get(base.resolve("gdpr/admin/").toString());
        new LoginPage(browser).signInAsStaff(ADMIN, ADMIN_PASSWORD);
        Browser.waitFor(browser).until(d -> d.getCurrentUrl().contains("/gdpr/admin/"));
        RequestPage request = RequestPage.open(browser, base, reference.group());
        assertEquals("open", request.status(), "confirmed by the mailed link: " + request.messages());
        request.runExport();
        assertTrue(request.messages().contains("The export is ready"), request.messages());
        browser.manage().deleteAllCookies();

        String download = link(awaitLetter(customer, DOWNLOAD_LINK), DOWNLOAD_LINK);
        browser.get(download);
        assertEquals("Download your data", heading());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        Path zip = awaitDownload();
        Map<String, String> entries = unzip(zip);
        assertTrue(entries.containsKey("data.json"), entries.keySet().toString());
        assertTrue(entries.containsKey("index.html"), entries.keySet().toString());
        assertTrue(entries.get("data.json").contains(customer), "the account is in the machine-readable file");
        assertTrue(entries.get("data.json").contains("Ada Quince"), "with the name the customer gave");
        assertTrue(entries.keySet().stream().anyMatch(n -> n.endsWith(".csv") && entries.get(n).contains(customer)),
                "one CSV per kind of data, the account's among them: " + entries.keySet());
        assertTrue(entries.get("index.html").contains(reference.group()), "the readable index names the request");

        // the link works once: the file is not handed out again
        browser.get(download);
        List<String> before = files();
        pressIfOffered();
        waitForBodyText("already used");
        assertEquals(before, files(), "no second file");
    }

    @Test
    void aSubscriberWithdrawsTheirNewsletterConsentByTheFormAndTheShopStopsSendingIt() throws Exception {
        String customer = "withdraw-" + UUID.randomUUID() + "@example.com";
        Browser.refuseCookies(browser, base);
        SignUpPage.open(browser, base).fill("Noor Almond", customer, PASSWORD, "").tickNewsletter().submit()
                .signIn(customer, PASSWORD);
        assertTrue(AccountPage.open(browser, base).receivesNewsletter(), "subscribed at sign-up");
        browser.manage().deleteAllCookies();

        send("withdrawal", customer, "Noor Almond", "newsletter", "Please stop the newsletter.");
        String verify = link(awaitLetter(customer, VERIFY_LINK), VERIFY_LINK);
        browser.get(verify); // as a mail scanner would: opening the link only shows the button
        assertEquals("Confirm your request", heading());
        Browser.refuseCookies(browser, base);
        assertTrue(LoginPage.open(browser, base).signIn(customer, PASSWORD).receivesNewsletter(),
                "nothing changes before the person confirms");
        browser.manage().deleteAllCookies();
        browser.get(verify);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitForHeading("Request confirmed");

        Browser.refuseCookies(browser, base);
        AccountPage account = LoginPage.open(browser, base).signIn(customer, PASSWORD);
        assertFalse(account.receivesNewsletter(), "the shop ended the subscription when the module told it");
    }

    /** Fills and sends the public form as a visitor without an account; the answer page's text. */
    private String askForACopy(String email, String name) {
        return send("access", email, name, null, "Everything you hold about me, please.");
    }

    private String send(String right, String email, String name, String purpose, String details) {
        browser.get(base.resolve("gdpr/requests").toString());
        new Select(browser.findElement(By.id("gdpr-right"))).selectByValue(right);
        browser.findElement(By.id("gdpr-email")).sendKeys(email);
        browser.findElement(By.id("gdpr-name")).sendKeys(name);
        if (purpose != null) {
            browser.findElement(By.id("gdpr-purpose")).sendKeys(purpose);
        }
        browser.findElement(By.id("gdpr-details")).sendKeys(details);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitForHeading("Check your mailbox");
        return bodyText();
    }

    /** A used link may still show its button (the token is checked when it acts); press it if so. */
    private void pressIfOffered() {
        List<WebElement> buttons = browser.findElements(By.cssSelector("main form button[type=submit]"));
        if (!buttons.isEmpty()) {
            buttons.get(0).click();
        }
    }

    private String heading() {
        return browser.findElement(By.cssSelector("main h1")).getText();
    }

    private String bodyText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void waitForHeading(String heading) {
        // The old page may be replaced between finding its heading and reading it (Chromium says
        // "stale element" or "node does not belong to the document"): look again.
        Browser.waitFor(browser)
                .withMessage(() -> "expected the page \"" + heading + "\", the browser shows " + browser.getCurrentUrl() + ": " + bodyText())
                .until(d -> !d.findElements(By.cssSelector("main h1")).isEmpty() && heading.equals(heading()));
    }

    private void waitForBodyText(String text) {
        Browser.waitFor(browser)
                .withMessage(() -> "expected \"" + text + "\", the browser shows " + browser.getCurrentUrl() + ": " + bodyText())
                .until(d -> bodyText().contains(text));
    }

    /** Blocks until a letter to {@code to} matching {@code pattern} arrives, woken by each delivery. */
    private static String awaitLetter(String to, Pattern pattern) {
        return smtp.await(received -> Arrays.stream(received)
                .filter(m -> TestMailbox.recipient(m).equals(to.toLowerCase(Locale.ROOT)))
                .map(TestMailbox::text).filter(t -> pattern.matcher(t).find()).findFirst(),
                DELIVERY, () -> "no letter to " + to + " matched " + pattern);
    }

    private static String link(String letter, Pattern pattern) {
        Matcher m = pattern.matcher(letter);
        assertTrue(m.find(), letter);
        return m.group();
    }

    /** Waits until Chromium has finished writing one ZIP into the download folder. */
    private Path awaitDownload() {
        Browser.waitFor(browser)
                .withMessage(() -> "no finished download in " + downloads + ": " + files() + "; the page: " + bodyText())
                .until(d -> files().stream().anyMatch(f -> f.endsWith(".zip")));
        List<String> zips = files().stream().filter(f -> f.endsWith(".zip")).toList();
        assertEquals(1, zips.size(), zips.toString());
        return downloads.resolve(zips.get(0));
    }

    private List<String> files() {
        try (Stream<Path> list = Files.list(downloads)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertFalse(entries.isEmpty(), "an empty ZIP");
        return entries;
    }
}

package eu.gdprmodule.examples.shop.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages, driven
 * by Selenium. Both paths are given, so Selenium Manager never tries to download a browser or a
 * driver (the build machines have no network). Without the packages the browser tests are
 * skipped on a developer's machine and fail on CI, where {@code .ci/run} installs them.
 */
public final class Browser {

    /** How long a page may take to answer a click: a sign-in hashes a password on a busy machine. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    /**
     * A wait of {@link #PATIENCE} that looks again when the browser replaced the page under it (a
     * form's post, a redirect): Chromium then answers "stale element" or "Node with given id does
     * not belong to the document", the latter a plain WebDriverException. A real failure still
     * ends the wait at its time-out, with the last exception as the cause.
     */
    public static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    private Browser() {
    }

    public static WebDriver start() {
        return start(true);
    }

    /** Chromium with JavaScript switched off, as some visitors browse. */
    public static WebDriver startWithoutJavaScript() {
        return start(false);
    }

    /** Chromium that saves downloads into {@code folder} without asking, as a visitor's browser does. */
    public static WebDriver startDownloadingTo(Path folder) {
        return start(true, Map.of("download.default_directory", folder.toAbsolutePath().toString(),
                "download.prompt_for_download", false, "download.directory_upgrade", true,
                "safebrowsing.enabled", false));
    }

    private static WebDriver start(boolean javaScript) {
        return start(javaScript, Map.of());
    }

    private static WebDriver start(boolean javaScript, Map<String, Object> extraPrefs) {
        File chromium = new File(System.getProperty("it.chromium", "/usr/bin/chromium"));
        File driver = new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !driver.canExecute()) {
            String missing = "Chromium (" + chromium + ") or its driver (" + driver + ") is not installed:"
                    + " apt-get install chromium chromium-driver";
            if ("true".equals(System.getenv("CI")) || Boolean.getBoolean("it.browser.required")) {
                throw new IllegalStateException(missing);
            }
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + freshProfile());
        Map<String, Object> prefs = new HashMap<>(extraPrefs);
        if (!javaScript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        if (!prefs.isEmpty()) {
            options.setExperimentalOption("prefs", prefs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver)
                .usingAnyFreePort()
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(PATIENCE);
        return browser;
    }

    /**
     * Saves what the browser shows to {@code target/screenshots/NAME.png}, for a person to look
     * at after the build (what the tests assert is only part of what a visitor sees).
     */
    public static void screenshot(WebDriver browser, String name) {
        try {
            Path folder = Files.createDirectories(Path.of(System.getProperty("it.build.dir", "target"), "screenshots"));
            // The whole page, not only the window: grow the window to the page's height for the shot.
            Dimension window = browser.manage().window().getSize();
            Number height = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new Dimension(window.getWidth(), Math.max(window.getHeight(), height.intValue())));
            try {
                Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            } finally {
                browser.manage().window().setSize(window);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the screenshot " + name, e);
        }
    }

    /**
     * Makes the visitor's cookie choice (refuse all) without the banner, for tests about
     * something else: the banner is a modal dialog that a visitor answers before using the page.
     */
    public static void refuseCookies(WebDriver browser, java.net.URI base) {
        browser.get(base.resolve("gdpr/api/consents/current").toString());
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/json'},"
                + " body: '{\"action\": \"reject-all\"}'}).then(r => done(r.status), e => done(String(e)));",
                base.resolve("gdpr/api/consents").toString());
        if (!(status instanceof Number n) || n.intValue() != 201) {
            throw new IllegalStateException("the cookie choice was not recorded: " + status);
        }
    }

    /** A new, empty Chromium profile under target/, so no state leaks from one run into the next. */
    private static Path freshProfile() {
        try {
            Path build = Path.of(System.getProperty("it.build.dir", "target"));
            Files.createDirectories(build);
            return Files.createTempDirectory(build, "chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a Chromium profile directory", e);
        }
    }
}

package eu.gdprmodule.examples.shop.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What the shop (and a test host) adds to any console page: its menu entries, its dashboard tiles
 * and, on a request's page or the person lookup, its panels about one person. Each slot carries
 * its contributor's class name ({@code data-host-nav}, {@code data-contributor}) and whether it
 * is {@code ok} or {@code failed} ({@code data-slot}).
 */
public class HostExtensions {

    private final WebDriver driver;

    public HostExtensions(WebDriver driver) {
        this.driver = driver;
    }

    /** The host's menu entries in menu order, as "Contributor=slot". */
    public List<String> menu() {
        return driver.findElements(By.cssSelector("#gdpr-nav [data-host-nav]")).stream()
                .map(e -> e.getAttribute("data-host-nav") + "=" + e.getAttribute("data-slot")).toList();
    }

    public WebElement menuEntry(String contributor) {
        return driver.findElement(By.cssSelector("#gdpr-nav a[data-host-nav='" + contributor + "']"));
    }

    /** The host's dashboard tiles in order, as "Contributor=slot". */
    public List<String> tiles() {
        return driver.findElements(By.cssSelector(".gdpr-host-tile")).stream()
                .map(e -> e.getAttribute("data-contributor") + "=" + e.getAttribute("data-slot")).toList();
    }

    public WebElement tile(String contributor) {
        return driver.findElement(By.cssSelector(".gdpr-host-tile[data-contributor='" + contributor + "']"));
    }

    /** The panels about the person shown, in order, as "Contributor/kind=slot". */
    public List<String> panels() {
        return driver.findElements(By.cssSelector("#subject-panels .gdpr-subject-panel")).stream()
                .map(e -> e.getAttribute("data-contributor") + "/" + (e.getAttribute("data-kind") == null ? "" : e.getAttribute("data-kind"))
                        + "=" + e.getAttribute("data-slot")).toList();
    }

    public WebElement panel(String kind) {
        return driver.findElement(By.cssSelector("#subject-panels .gdpr-subject-panel[data-kind='" + kind + "']"));
    }

    /** A panel's rows, each as its cells' text (the last cell is the edit link). */
    public List<List<String>> rows(String kind) {
        return panel(kind).findElements(By.cssSelector("tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }
}

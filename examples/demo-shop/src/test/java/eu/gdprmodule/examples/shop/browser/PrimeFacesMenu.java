package eu.gdprmodule.examples.shop.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A PrimeFaces drop-down ({@code p:selectOneMenu}) as a person uses it: open the list, click the entry. */
final class PrimeFacesMenu {

    private PrimeFacesMenu() {
    }

    /** Chooses the entry with this label in the menu of this client id ({@code requests:right}). */
    static void choose(WebDriver driver, String menu, String label) {
        By shown = By.id(menu + "_label");
        By items = By.cssSelector("[id='" + menu + "_panel'] li.ui-selectonemenu-item");
        // opens the list and clicks the entry until the menu shows it: a click during the list's
        // opening animation may be lost
        Browser.waitFor(driver).withMessage(() -> "no entry " + label + " in " + menu)
                .until(d -> {
                    if (label.equals(d.findElement(shown).getText().strip())) {
                        return true;
                    }
                    if (d.findElements(By.id(menu + "_panel")).stream().noneMatch(WebElement::isDisplayed)) {
                        d.findElement(shown).click();
                        return false;
                    }
                    d.findElements(items).stream()
                            .filter(li -> label.equals(li.getAttribute("data-label")) || label.equals(li.getText().strip()))
                            .filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
                    return label.equals(d.findElement(shown).getText().strip());
                });
    }
}

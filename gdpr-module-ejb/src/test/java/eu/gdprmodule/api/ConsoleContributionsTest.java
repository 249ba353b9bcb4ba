package eu.gdprmodule.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The host's console contributions: links, wording with fallbacks, and the limits of a panel. */
class ConsoleContributionsTest {

    @Test
    void linksAreApplicationPathsOrHttpUrlsAndNothingElse() {
        assertEquals("/staff/customers.xhtml?inactive=3", ConsoleMenu.Entry.to("/staff/customers.xhtml?inactive=3").target());
        assertEquals("https://crm.example/people/42", ConsoleMenu.Entry.to("https://crm.example/people/42").target());
        for (String refused : List.of("javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html,<b>",
                "//evil.example/x", "/\\evil.example", "staff/customers.xhtml", "ftp://files.example/a", "https:///nohost",
                "/a b", "/a\nb", "")) {
            assertThrows(IllegalArgumentException.class, () -> ConsoleMenu.Entry.to(refused), refused);
            assertThrows(IllegalArgumentException.class, () -> DashboardTiles.Tile.titled(Locale.ENGLISH, "t").link(refused), refused);
            assertThrows(IllegalArgumentException.class,
                    () -> DataSubjectPanels.Panel.of("orders").columns("a").row(refused, "x"), refused);
        }
    }

    @Test
    void aLabelFallsBackToTheLanguageThenEnglishThenTheFirstGiven() {
        ConsoleMenu.Entry entry = ConsoleMenu.Entry.to("/staff").label(Locale.ENGLISH, "Customers").label(Locale.FRENCH, "Clients");
        assertEquals("Clients", entry.label(Locale.CANADA_FRENCH));
        assertEquals("Customers", entry.label(Locale.GERMAN));
        assertEquals("Kunden", ConsoleMenu.Entry.to("/staff").label(Locale.GERMAN, "Kunden").label(Locale.FRENCH),
                "without English, the first label given");
        assertThrows(IllegalArgumentException.class, () -> new ConsoleMenu(Locale.ENGLISH).add(ConsoleMenu.Entry.to("/staff")),
                "an entry needs a label");
        assertThrows(IllegalArgumentException.class, () -> ConsoleMenu.Entry.to("/staff").label(Locale.ENGLISH, "x".repeat(201)));
    }

    @Test
    void aTileNeedsAFigureAndKeepsItsSeverity() {
        DashboardTiles tiles = new DashboardTiles(Locale.FRENCH);
        DashboardTiles.Tile tile = DashboardTiles.Tile.titled(Locale.ENGLISH, "Inactive customers").figure(3)
                .severity(DashboardTiles.Severity.WARNING);
        tiles.add(tile);
        assertEquals("3", tiles.tiles().get(0).figure());
        assertEquals(DashboardTiles.Severity.WARNING, tiles.tiles().get(0).severity());
        assertNull(tile.caption(Locale.ENGLISH));
        assertTrue(tile.order().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> tiles.add(DashboardTiles.Tile.titled(Locale.ENGLISH, "No figure")));
    }

    @Test
    void aPanelNamesItsColumnsFirstAndHoldsAFewRows() {
        DataSubjectPanels.Panel panel = DataSubjectPanels.Panel.of("orders").columns("Order", "Total");
        assertThrows(IllegalArgumentException.class, () -> DataSubjectPanels.Panel.of("Orders!"));
        assertThrows(IllegalStateException.class, () -> DataSubjectPanels.Panel.of("orders").row(null, "1"));
        assertThrows(IllegalArgumentException.class, () -> panel.row(null, "only one"));
        DataSubjectPanels.Panel full = panel;
        for (int i = 0; i < DataSubjectPanels.MAX_ROWS; i++) {
            full = full.row("/staff/order.xhtml?id=" + i, i, null);
        }
        assertEquals(List.of("0", ""), full.rows().get(0).values());
        DataSubjectPanels.Panel fifty = full;
        assertThrows(IllegalArgumentException.class, () -> fifty.row(null, 51, 1));
        assertEquals("orders", panel.title(Locale.ENGLISH), "the kind stands for a missing title");
        assertTrue(panel.rows().isEmpty(), "each step returns a copy");
    }
}

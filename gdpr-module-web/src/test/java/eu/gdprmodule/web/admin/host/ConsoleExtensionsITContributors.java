package eu.gdprmodule.web.admin.host;

import eu.gdprmodule.api.ConsoleMenu;
import eu.gdprmodule.api.DashboardTiles;
import eu.gdprmodule.api.DataSubjectPanels;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * The test host's console extensions. {@code Broken} throws on every event, {@code BadLink} offers
 * a {@code javascript:} link (refused by the API, so it fails too); {@code Shop} and {@code Crm}
 * contribute, {@code Crm} called last but ordered first; {@code Slow} spends the page's budget on a
 * person whose address starts with {@code slow}. Texts carry markup, which must be shown as text.
 */
public final class ConsoleExtensionsITContributors {

    static final String SECRET = "broken on purpose: secret-detail-42";

    private ConsoleExtensionsITContributors() {
    }

    @ApplicationScoped
    public static class Broken {
        void menu(@Observes @Priority(10) ConsoleMenu menu) {
            throw new IllegalStateException(SECRET);
        }

        void tiles(@Observes @Priority(10) DashboardTiles tiles) {
            throw new IllegalStateException(SECRET);
        }

        void panels(@Observes @Priority(10) DataSubjectPanels panels) {
            throw new IllegalStateException(SECRET);
        }
    }

    @ApplicationScoped
    public static class BadLink {
        void menu(@Observes @Priority(20) ConsoleMenu menu) {
            menu.add(ConsoleMenu.Entry.to("javascript:alert(1)").label(Locale.ENGLISH, "Run me"));
        }
    }

    @ApplicationScoped
    public static class Shop {
        void menu(@Observes @Priority(30) ConsoleMenu menu) {
            menu.add(ConsoleMenu.Entry.to("/staff/customers.xhtml").label(Locale.ENGLISH, "Customers")
                    .label(Locale.FRENCH, "Clients").requiredRole("gdpr-admin").order(20));
            menu.add(ConsoleMenu.Entry.to("/staff/host-page.xhtml").label(Locale.ENGLISH, "<script>alert('menu')</script> & reports")
                    .order(10));
            menu.add(ConsoleMenu.Entry.to("https://wiki.example/gdpr?a=1&b=2").label(Locale.ENGLISH, "Wiki"));
        }

        void tiles(@Observes @Priority(30) DashboardTiles tiles) {
            tiles.add(DashboardTiles.Tile.titled(Locale.ENGLISH, "<b>Inactive</b> customers").title(Locale.FRENCH, "Clients inactifs")
                    .figure(3).caption(Locale.ENGLISH, "3 to anonymise").link("/staff/customers.xhtml?inactive=3&sort=name")
                    .severity(DashboardTiles.Severity.WARNING).order(10));
        }

        void panels(@Observes @Priority(30) DataSubjectPanels panels) {
            panels.add(DataSubjectPanels.Panel.of("orders").title(Locale.ENGLISH, "Orders").columns("Order", "Note")
                    .row("/staff/order.xhtml?id=1&view=full", "O-1", "<img src=x onerror=alert(1)>")
                    .row(null, "O-2", "for " + panels.subject().email())
                    .order(10));
        }
    }

    @ApplicationScoped
    public static class Slow {
        void panels(@Observes @Priority(35) DataSubjectPanels panels) throws InterruptedException {
            if (panels.subject().email().startsWith("slow")) {
                Thread.sleep(1500);
            }
        }
    }

    @ApplicationScoped
    public static class Crm {
        void menu(@Observes @Priority(40) ConsoleMenu menu) {
            menu.add(ConsoleMenu.Entry.to("/crm/").label(Locale.ENGLISH, "CRM").order(5));
        }

        void tiles(@Observes @Priority(40) DashboardTiles tiles) {
            tiles.add(DashboardTiles.Tile.titled(Locale.ENGLISH, "Leads").figure("0").order(5).requiredRole("gdpr-admin"));
        }

        void panels(@Observes @Priority(40) DataSubjectPanels panels) {
            panels.add(DataSubjectPanels.Panel.of("leads").title(Locale.ENGLISH, "Leads").order(5));
        }
    }
}

package eu.gdprmodule.examples.shop.staff;

import eu.gdprmodule.api.ConsoleMenu;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Puts the shop's customer list in the GDPR console's menu, for administrators only: the DPO
 * monitors compliance and has no use for the shop's customer records outside a request (where the
 * request page shows the person's own data). The page itself is protected in {@code web.xml}.
 */
@ApplicationScoped
public class StaffConsoleMenu {

    /** The staff pages, relative to the shop's context root. */
    public static final String CUSTOMERS = "/staff/customers.xhtml";

    void menu(@Observes ConsoleMenu menu) {
        menu.add(ConsoleMenu.Entry.to(CUSTOMERS)
                .label(Locale.ENGLISH, "Customers")
                .label(Locale.FRENCH, "Clients")
                .requiredRole(StaffRole.ADMIN)
                .order(100));
    }
}

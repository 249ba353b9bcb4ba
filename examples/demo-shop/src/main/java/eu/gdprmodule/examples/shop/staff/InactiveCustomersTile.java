package eu.gdprmodule.examples.shop.staff;

import eu.gdprmodule.api.DashboardTiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * A dashboard tile counting the customer accounts inactive for three years, which the shop's
 * privacy policy no longer keeps ({@link CustomerDirectory}); a warning while there are any, with
 * a link to the list of them. One count query per dashboard.
 */
@ApplicationScoped
public class InactiveCustomersTile {

    @Inject
    CustomerDirectory directory;

    void tile(@Observes DashboardTiles tiles) {
        long inactive = directory.countInactive();
        tiles.add(DashboardTiles.Tile.titled(Locale.ENGLISH, "Customers inactive for 3 years")
                .title(Locale.FRENCH, "Clients inactifs depuis 3 ans")
                .figure(inactive)
                .caption(Locale.ENGLISH, inactive > 0 ? "past the policy's retention: anonymise or delete" : "none past retention")
                .caption(Locale.FRENCH, inactive > 0 ? "au-delà de la conservation prévue : à anonymiser ou supprimer"
                        : "aucun au-delà de la conservation")
                .link(StaffConsoleMenu.CUSTOMERS + "?inactive=" + CustomerDirectory.INACTIVE_YEARS)
                .severity(inactive > 0 ? DashboardTiles.Severity.WARNING : DashboardTiles.Severity.NORMAL)
                .requiredRole(StaffRole.ADMIN)
                .order(100));
    }
}

package eu.gdprmodule.web.admin.host;

import eu.gdprmodule.api.DashboardTiles;
import eu.gdprmodule.web.admin.ConsoleText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/** The host's dashboard tiles ({@link DashboardTiles}), asked once per request, filtered by role. */
@Named("gdprHostTiles")
@RequestScoped
public class HostTiles {

    /**
     * One tile as the dashboard draws it.
     *
     * @param styleClass the module's tile class for its severity
     */
    public record Tile(String title, String figure, String caption, String href, String styleClass, String severity,
            Slot<DashboardTiles.Tile> slot) {
    }

    @Inject
    ConsoleContributions contributions;

    @Inject
    HttpServletRequest request;

    private List<Tile> tiles;

    public List<Tile> getTiles() {
        if (tiles == null) {
            Locale locale = ConsoleText.locale();
            tiles = contributions.collect(new DashboardTiles(locale), DashboardTiles::tiles, DashboardTiles.Tile::order).stream()
                    .filter(slot -> slot.isFailed() || slot.item().requiredRole().map(request::isUserInRole).orElse(true))
                    .map(slot -> slot.isFailed() ? new Tile(null, null, null, null, "gdpr-tile-failed", "failed", slot)
                            : of(slot, locale))
                    .toList();
        }
        return tiles;
    }

    private Tile of(Slot<DashboardTiles.Tile> slot, Locale locale) {
        DashboardTiles.Tile tile = slot.item();
        String style = switch (tile.severity()) {
            case NORMAL -> "";
            case WARNING -> "gdpr-tile-warning";
            case ALERT -> "gdpr-tile-alert";
        };
        return new Tile(tile.title(locale), tile.figure(), tile.caption(locale), HostLinks.href(request, tile.link().orElse(null)),
                style, tile.severity().name().toLowerCase(Locale.ROOT), slot);
    }
}

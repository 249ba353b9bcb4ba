package eu.gdprmodule.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Fired each time the GDPR console draws its dashboard, so the host adds tiles for its own duties
 * beside the module's (customers to purge, reviews to moderate): a title, a figure, a line saying
 * what the figure means, a link to act on it, and a {@link Severity} that colours the tile as the
 * module's own tiles are coloured ("3 overdue" in red).
 *
 * <pre>
 * void tiles(&#64;Observes DashboardTiles tiles) {
 *     long inactive = customers.countInactiveSince(today.minusYears(3));
 *     tiles.add(DashboardTiles.Tile.titled(Locale.ENGLISH, "Customers inactive for 3 years")
 *             .title(Locale.FRENCH, "Clients inactifs depuis 3 ans")
 *             .figure(inactive)
 *             .caption(Locale.ENGLISH, "to anonymise or delete")
 *             .link("/staff/customers.xhtml?inactive=3")
 *             .severity(inactive &gt; 0 ? DashboardTiles.Severity.WARNING : DashboardTiles.Severity.NORMAL)
 *             .order(100));
 * }
 * </pre>
 *
 * <p>Each observer is called on its own, once per dashboard: one that throws is shown as a failed
 * tile with its class's name while the other tiles are drawn. Compute figures with a count query,
 * not by loading rows: the dashboard waits for every observer. Texts are shown as text, never as
 * HTML; links follow the rule of {@link ConsoleMenu}.
 *
 * @since 0.1
 */
public final class DashboardTiles implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a tile is drawn: as the module draws figures that need no action, a warning, or an alert. */
    public enum Severity {
        NORMAL, WARNING, ALERT
    }

    private final Locale locale;
    private final List<Tile> tiles = new ArrayList<>();

    /** Made by the module; public only so tests of host observers can make one. */
    public DashboardTiles(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The dashboard's language, for hosts that format their figures. */
    public Locale locale() {
        return locale;
    }

    /** Adds a tile; refused when it has no figure. */
    public DashboardTiles add(Tile tile) {
        Objects.requireNonNull(tile, "tile");
        if (tile.figure == null) {
            throw new IllegalArgumentException("The dashboard tile " + tile.title.in(locale) + " has no figure");
        }
        tiles.add(tile);
        return this;
    }

    /** What the observers added so far. */
    public List<Tile> tiles() {
        return Collections.unmodifiableList(tiles);
    }

    /**
     * One tile: immutable, each method returns a changed copy.
     *
     * @since 0.1
     */
    public static final class Tile implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Wording title;
        private final String figure;
        private final Wording caption;
        private final String link;
        private final Severity severity;
        private final String requiredRole;
        private final Integer order;

        private Tile(Wording title, String figure, Wording caption, String link, Severity severity, String requiredRole,
                Integer order) {
            this.title = title;
            this.figure = figure;
            this.caption = caption;
            this.link = link;
            this.severity = severity;
            this.requiredRole = requiredRole;
            this.order = order;
        }

        /** A tile with its title in one language. */
        public static Tile titled(Locale language, String title) {
            return new Tile(Wording.NONE.with(language, title, "A dashboard tile's title"), null, Wording.NONE, null,
                    Severity.NORMAL, null, null);
        }

        public Tile title(Locale language, String text) {
            return new Tile(title.with(language, text, "A dashboard tile's title"), figure, caption, link, severity, requiredRole, order);
        }

        /** The figure, a count. */
        public Tile figure(long value) {
            return figure(Long.toString(value));
        }

        /** The figure as the host writes it ({@code "98 %"}, {@code "2 days"}), up to 20 characters. */
        public Tile figure(String value) {
            if (value == null || value.isBlank() || value.length() > 20) {
                throw new IllegalArgumentException("A dashboard tile's figure is 1 to 20 characters: " + value);
            }
            return new Tile(title, value.strip(), caption, link, severity, requiredRole, order);
        }

        /** What the figure means, in one language ("to anonymise", "3 overdue"). */
        public Tile caption(Locale language, String text) {
            return new Tile(title, figure, caption.with(language, text, "A dashboard tile's caption"), link, severity, requiredRole, order);
        }

        /** Where to act on it: a path from the application's root or an {@code http(s)} URL. */
        public Tile link(String target) {
            return new Tile(title, figure, caption, ConsoleLinks.check(target, "A dashboard tile's link"), severity, requiredRole, order);
        }

        public Tile severity(Severity value) {
            return new Tile(title, figure, caption, link, Objects.requireNonNull(value, "severity"), requiredRole, order);
        }

        /** Shows the tile only to users in this role; by default every console user sees it. */
        public Tile requiredRole(String role) {
            return new Tile(title, figure, caption, link, severity, ConsoleLinks.role(role), order);
        }

        /** Where it goes among the host's tiles, lowest first; ties by observer class name. */
        public Tile order(int value) {
            return new Tile(title, figure, caption, link, severity, requiredRole, value);
        }

        public String title(Locale language) {
            return title.in(language);
        }

        public String figure() {
            return figure;
        }

        /** The caption in this language, or {@code null} when none was given. */
        public String caption(Locale language) {
            return caption.in(language);
        }

        public Optional<String> link() {
            return Optional.ofNullable(link);
        }

        public Severity severity() {
            return severity;
        }

        public Optional<String> requiredRole() {
            return Optional.ofNullable(requiredRole);
        }

        public OptionalInt order() {
            return order == null ? OptionalInt.empty() : OptionalInt.of(order);
        }

        @Override
        public String toString() {
            return "DashboardTiles.Tile[" + title.in(Locale.ENGLISH) + "]";
        }
    }
}

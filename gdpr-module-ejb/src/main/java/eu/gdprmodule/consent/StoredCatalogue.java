package eu.gdprmodule.consent;

import java.time.Instant;

/**
 * The catalogue as saved: its revision (for optimistic locking between editors) and who saved it when.
 *
 * @param catalogue the catalogue
 * @param revision  0 before the first save, then one more per save
 * @param savedAt   when, or {@code null} before the first save
 * @param savedBy   who, or {@code null} before the first save
 */
public record StoredCatalogue(CookieCatalogue catalogue, int revision, Instant savedAt, String savedBy) {

    public static final StoredCatalogue NONE = new StoredCatalogue(CookieCatalogue.EMPTY, 0, null, null);
}

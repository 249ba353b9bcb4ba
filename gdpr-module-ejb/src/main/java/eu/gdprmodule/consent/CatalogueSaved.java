package eu.gdprmodule.consent;

/** A catalogue save inside its transaction; {@link CatalogueRelay} refreshes the caches once it commits. */
record CatalogueSaved(int revision) {
}

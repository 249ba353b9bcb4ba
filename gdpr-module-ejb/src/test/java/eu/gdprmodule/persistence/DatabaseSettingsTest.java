package eu.gdprmodule.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.MapConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void withoutAUrlTheDatabaseIsEmbeddedDerbyUnderTheDataDirectory() {
        DatabaseSettings settings = DatabaseSettings.from(new MapConfig().with("gdpr.data.dir", "/srv/gdpr"));

        assertEquals("jdbc:derby:" + Path.of("/srv/gdpr", "gdprdb") + ";create=true", settings.url());
        assertTrue(settings.isEmbeddedDerby());
        assertEquals(Path.of("/srv/gdpr"), settings.dataDirectory());
    }

    @Test
    void aConfiguredUrlWinsAndIsNotEmbedded() {
        DatabaseSettings settings = DatabaseSettings.from(new MapConfig()
                .with("gdpr.db.url", "jdbc:postgresql://db:5432/shop?password=secret")
                .with("gdpr.db.user", "gdpr"));

        assertFalse(settings.isEmbeddedDerby());
        assertEquals("gdpr", settings.user().orElseThrow());
        assertEquals("jdbc:postgresql://db:5432/shop", settings.displayUrl(), "no secrets in what is displayed");
    }

    @Test
    void aSchemaMustBeAPlainIdentifier() {
        assertEquals("gdpr", DatabaseSettings.from(new MapConfig().with("gdpr.db.schema", "gdpr")).schema().orElseThrow());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DatabaseSettings.from(new MapConfig().with("gdpr.db.schema", "gdpr; drop table x")));
        assertTrue(e.getMessage().startsWith("gdpr.db.schema must be a plain SQL identifier"), e.getMessage());
    }

    @Test
    void networkDerbyIsNotEmbedded() {
        assertFalse(DatabaseSettings.from(new MapConfig().with("gdpr.db.url", "jdbc:derby://db:1527/gdpr"))
                .isEmbeddedDerby());
    }
}

package eu.gdprmodule.persistence;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The database the module uses, from configuration. Without {@code gdpr.db.url} it is an
 * embedded Derby database under the data directory, so a first start needs no set-up.
 */
public record DatabaseSettings(String url, Optional<String> user, Optional<String> password, Optional<String> schema,
        Path dataDirectory) {

    static final String DATA_DIR = "gdpr.data.dir";
    static final String URL = "gdpr.db.url";
    static final String USER = "gdpr.db.user";
    static final String PASSWORD = "gdpr.db.password";
    static final String SCHEMA = "gdpr.db.schema";
    private static final String DERBY_PREFIX = "jdbc:derby:";

    public static DatabaseSettings from(Config config) {
        Path dataDir = Path.of(text(config, DATA_DIR).orElse("./data"));
        String url = text(config, URL).orElseGet(() -> DERBY_PREFIX + dataDir.resolve("gdprdb") + ";create=true");
        Optional<String> schema = text(config, SCHEMA);
        schema.filter(name -> !name.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")).ifPresent(name -> {
            throw new IllegalArgumentException(SCHEMA + " must be a plain SQL identifier (letters, digits, _): " + name);
        });
        return new DatabaseSettings(url, text(config, USER), config.getOptionalValue(PASSWORD, String.class), schema,
                dataDir);
    }

    public boolean isEmbeddedDerby() {
        return url.startsWith(DERBY_PREFIX) && !url.startsWith(DERBY_PREFIX + "//");
    }

    /** The URL without credentials or attributes, safe to print in a log or a health report. */
    public String displayUrl() {
        int attributes = url.indexOf(';');
        int query = url.indexOf('?');
        int cut = attributes >= 0 ? attributes : query >= 0 ? query : url.length();
        return url.substring(0, cut);
    }

    private static Optional<String> text(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }
}

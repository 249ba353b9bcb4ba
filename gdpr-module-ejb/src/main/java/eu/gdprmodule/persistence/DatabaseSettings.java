package eu.gdprmodule.persistence;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The database the module uses, from configuration. Without {@code gdpr.db.url} it is an
 * embedded Derby database under the data directory, so a first start needs no set-up.
 */
public record DatabaseSettings(String url, Optional<String> user, Optional<String> password, Path dataDirectory) {

    static final String DATA_DIR = "gdpr.data.dir";
    static final String URL = "gdpr.db.url";
    static final String USER = "gdpr.db.user";
    static final String PASSWORD = "gdpr.db.password";
    private static final String DERBY_PREFIX = "jdbc:derby:";

    public static DatabaseSettings from(Config config) {
        Path dataDir = Path.of(text(config, DATA_DIR).orElse("./data"));
        String url = text(config, URL).orElseGet(() -> DERBY_PREFIX + dataDir.resolve("gdprdb") + ";create=true");
        return new DatabaseSettings(url, text(config, USER), config.getOptionalValue(PASSWORD, String.class), dataDir);
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

package eu.gdprmodule.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The parts of embedded Derby that need care: its files live under the data directory (its log
 * included, not the working directory), and it must be shut down when the application stops,
 * or its lock files stay behind and a redeploy in the same JVM cannot boot it again (XSDB6).
 */
public final class EmbeddedDerby {

    private static final Logger LOG = Logger.getLogger(EmbeddedDerby.class.getName());
    private static final String ERROR_FILE = "derby.stream.error.file";
    /** Derby's answer to a successful shutdown of the whole engine. */
    private static final String ENGINE_SHUT_DOWN = "XJ015";

    private static final AtomicBoolean SHUT_DOWN = new AtomicBoolean();
    /**
     * Found while the application runs: at shutdown its jars may already be closed and a
     * ServiceLoader lookup fails ("Error accessing configuration file").
     */
    private static volatile Driver engine;

    private EmbeddedDerby() {
    }

    /**
     * Shuts embedded Derby down if the module uses it; safe to call more than once. Payara Micro
     * does not call EJB {@code @PreDestroy} on Ctrl-C or SIGTERM (payara/Payara#4573), so the web
     * module calls this from a servlet context listener, and {@link SchemaMigration} from its
     * {@code @PreDestroy} on full servers; the first call wins.
     */
    public static void shutdownIfUsed(Config config) {
        if (DatabaseSettings.from(config).isEmbeddedDerby() && SHUT_DOWN.compareAndSet(false, true)) {
            shutdown();
        }
    }

    static void prepare(DatabaseSettings settings) {
        try {
            Files.createDirectories(settings.dataDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + settings.dataDirectory()
                    + " (gdpr.data.dir / GDPR_DATA_DIR)", e);
        }
        if (engine == null) {
            try {
                engine = ConfiguredDataSource.findDriver("jdbc:derby:");
            } catch (SQLException e) {
                throw new IllegalStateException("gdpr.db.url names embedded Derby but its jars are missing", e);
            }
        }
        if (System.getProperty(ERROR_FILE) == null) {
            System.setProperty(ERROR_FILE, settings.dataDirectory().resolve("derby.log").toString());
        }
    }

    /**
     * Shuts the Derby engine down: every database it booted is checkpointed and closed and its
     * lock file removed. Called once, when the module stops; nothing may use Derby after it.
     */
    private static void shutdown() {
        try {
            Driver driver = engine;
            if (driver == null) {
                return; // Derby was never used by this module, so there is nothing to shut down
            }
            driver.connect("jdbc:derby:;shutdown=true", new Properties());
            LOG.warning("Derby did not confirm its shutdown");
        } catch (SQLException e) {
            if (ENGINE_SHUT_DOWN.equals(e.getSQLState())) {
                LOG.info("Embedded Derby shut down cleanly");
            } else {
                LOG.log(Level.WARNING, "Embedded Derby did not shut down cleanly: " + e.getMessage(), e);
            }
        }
    }
}

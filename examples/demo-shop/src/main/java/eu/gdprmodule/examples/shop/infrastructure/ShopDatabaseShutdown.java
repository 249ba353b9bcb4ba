package eu.gdprmodule.examples.shop.infrastructure;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes the shop's Derby database when the application stops, so its lock file goes and a
 * redeploy can open it again.
 *
 * <p>The module already shuts the whole Derby engine down when <em>it</em> uses embedded Derby,
 * which closes {@code shopdb} too; but with the module on PostgreSQL nobody would. Shutting one
 * database down is harmless after the engine is gone: the driver found at start then refuses
 * the call instead of booting Derby again. Registered in {@code web.xml}, since Payara Micro does
 * not call EJB {@code @PreDestroy} on SIGTERM.
 */
public class ShopDatabaseShutdown implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ShopDatabaseShutdown.class.getName());
    /** Derby's answer to a successful shutdown of one database. */
    private static final String DATABASE_SHUT_DOWN = "08006";

    private static volatile String databaseUrl;
    /**
     * Found while the application runs: at shutdown the application's jars may already be closed
     * and a ServiceLoader lookup fails.
     */
    private static volatile Driver driver;

    /** Called once the database is open: what to shut down later. */
    static void databaseOpened(String url) {
        for (Driver candidate : ServiceLoader.load(Driver.class, ShopDatabaseShutdown.class.getClassLoader())) {
            try {
                if (candidate.acceptsURL(url)) {
                    driver = candidate;
                    databaseUrl = url;
                    return;
                }
            } catch (SQLException e) {
                LOG.log(Level.FINE, "driver " + candidate + " cannot tell", e);
            }
        }
        LOG.warning(() -> "No JDBC driver for " + url + "; the shop database will not be shut down");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Driver current = driver;
        String url = databaseUrl;
        if (current == null || url == null) {
            return; // the database was never opened
        }
        driver = null;
        try {
            current.connect(url + ";shutdown=true", new Properties());
            LOG.warning("Derby did not confirm the shutdown of the shop database");
        } catch (SQLException e) {
            if (DATABASE_SHUT_DOWN.equals(e.getSQLState())) {
                LOG.info("Shop database shut down cleanly");
            } else {
                // Most often: the module shut the whole engine down first, which closed it already.
                LOG.fine(() -> "Shop database not shut down by the shop (" + e.getSQLState() + "): " + e.getMessage());
            }
        }
    }
}

package eu.gdprmodule.examples.shop.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The shop's own database: embedded Derby {@code shopdb} in the same data directory as the
 * module's ({@code gdpr.data.dir}, env {@code GDPR_DATA_DIR}), with a schema built only by the
 * Flyway migrations under {@code eu/gdprmodule/examples/shop/migration}, applied at start.
 *
 * <p>The data source is XA on purpose: the shop fires the module's facts inside its own
 * transactions, so one transaction writes to two databases (the shop's and the module's). A JTA
 * transaction on Payara may hold at most one non-XA resource ("Local transaction already has 1
 * non-XA Resource: cannot add more resources"), and the module's data source is one.
 *
 * <p>The pool starts empty ({@code initialPoolSize = 0}): a connection opened as the pool is
 * created, before the application's MicroProfile Config is in place, could resolve
 * {@code ${MPCONFIG=gdpr.data.dir}} to nothing and keep that. Checked on Payara Micro 6.2025.10:
 * {@code shopdb} lands in the directory set by the host's {@code microprofile-config.properties},
 * by {@code -Dgdpr.data.dir} or by {@code GDPR_DATA_DIR}, and in {@code ./data} by default.
 *
 * <p>The class is Derby's own, not a wrapper in the shop: in the EAR the pool loads it with the
 * application's class loader, which sees {@code lib/} (Derby) but not the WAR's classes. Derby
 * writes {@code derby.log} where the first connection finds {@code derby.stream.error.file}: the
 * module sets it to its data directory when it uses Derby; with the module on PostgreSQL the log
 * goes to the working directory, since Payara opens the shop's unit before any shop code runs.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits its own transactions
@DataSourceDefinition(name = ShopDatabase.DATA_SOURCE,
        className = "org.apache.derby.jdbc.EmbeddedXADataSource",
        databaseName = "${MPCONFIG=gdpr.data.dir}/shopdb",
        initialPoolSize = 0, minPoolSize = 0, maxPoolSize = 16,
        properties = {"createDatabase=create",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"})
public class ShopDatabase {

    /** The pooled, XA data source of the persistence unit {@code shop}. */
    public static final String DATA_SOURCE = "java:app/jdbc/shop";
    /** Flyway's bookkeeping table, named after the shop so it never meets the module's. */
    static final String HISTORY_TABLE = "SHOP_SCHEMA_HISTORY";
    static final String LOCATION = "classpath:eu/gdprmodule/examples/shop/migration";
    private static final Logger LOG = Logger.getLogger(ShopDatabase.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = flyway(dataSource);
        MigrateResult result = flyway.migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : flyway.info().current().getVersion().getVersion(); // nothing new to apply
        String url = rememberForShutdown();
        LOG.info(() -> "Shop schema at version " + version + " on " + url + " ("
                + result.migrationsExecuted + " migration(s) applied now)");
    }

    /** The one Flyway configuration of the shop, shared with its migration test. */
    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(ShopDatabase.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .cleanDisabled(true)
                .load();
    }

    /** The URL the pool really opened, so the shutdown closes exactly that database. */
    private String rememberForShutdown() {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            ShopDatabaseShutdown.databaseOpened(url);
            return url;
        } catch (SQLException e) {
            throw new IllegalStateException("The shop database does not answer", e);
        }
    }
}

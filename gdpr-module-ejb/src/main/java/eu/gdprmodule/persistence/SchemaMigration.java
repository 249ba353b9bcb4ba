package eu.gdprmodule.persistence;

import eu.gdprmodule.config.ModuleConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the module's schema up to date when the application starts, from the versioned
 * migrations under {@code eu/gdprmodule/migration}; the schema is never generated from the
 * entities, so an upgrade keeps every consent proof and request record.
 *
 * <p>When a migration fails (the database went away between deployment and this bean, or a
 * migration is broken), the application is not ready ({@code /health/ready} says why) and the
 * migration is tried again from the readiness check, so the module heals once the cause is gone.
 *
 * <p>Other start-up beans that touch the database declare {@code @DependsOn("SchemaMigration")},
 * which also makes this bean the last to stop: it shuts embedded Derby down.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits its own transactions
@DataSourceDefinition(name = SchemaMigration.DATA_SOURCE,
        className = "eu.gdprmodule.persistence.ConfiguredDataSource",
        initialPoolSize = 0, minPoolSize = 0, maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"})
public class SchemaMigration {

    /** The pooled data source every module component uses. */
    public static final String DATA_SOURCE = "java:app/jdbc/gdpr";
    /** Flyway's bookkeeping table, prefixed like every module table so a host schema can hold it. */
    public static final String HISTORY_TABLE = "GDPR_SCHEMA_HISTORY";
    private static final String LOCATION = "classpath:eu/gdprmodule/migration";
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    private volatile MigrationState state = MigrationState.notYet();
    private Instant lastAttempt = Instant.EPOCH;

    @PostConstruct
    void start() {
        migrate();
    }

    /** The outcome of the last migration attempt. */
    @Lock(LockType.READ)
    public MigrationState state() {
        return state;
    }

    /** Migrates again if the last attempt failed and a pause has passed; returns the outcome. */
    public MigrationState retryIfFailed() {
        if (!state.complete() && Instant.now().isAfter(lastAttempt.plus(RETRY_PAUSE))) {
            migrate();
        }
        return state;
    }

    private void migrate() {
        lastAttempt = Instant.now();
        DatabaseSettings settings = DatabaseSettings.from(ModuleConfig.get());
        try {
            MigrateResult result = flyway().migrate();
            // when nothing was applied the target is null and the schema stayed where it was
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : result.initialSchemaVersion;
            state = MigrationState.complete(version);
            LOG.info(() -> "GDPR module schema at version " + state.version() + " on " + settings.displayUrl()
                    + " (" + result.migrationsExecuted + " migration(s) applied now)");
        } catch (RuntimeException e) {
            state = MigrationState.failed(e.getMessage());
            LOG.log(Level.SEVERE, "GDPR module schema migration failed on " + settings.displayUrl()
                    + "; the module reports not ready until it succeeds", e);
        }
    }

    private Flyway flyway() {
        return flyway(dataSource, DatabaseSettings.from(ModuleConfig.get()).schema().orElse(null));
    }

    /** The one Flyway configuration of the module, shared with the migration tests. */
    static Flyway flyway(DataSource dataSource, String schema) {
        var configuration = Flyway.configure(SchemaMigration.class.getClassLoader());
        if (schema != null) {
            configuration.schemas(schema); // created by ConfiguredDataSource; history table goes there
        }
        return configuration
                .dataSource(dataSource)
                .placeholders(java.util.Map.of("longText", longTextType(dataSource), "binary", binaryType(dataSource)))
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .cleanDisabled(true)
                .load();
    }

    /**
     * The column type for text without a useful upper bound (a published policy's HTML): Derby and
     * PostgreSQL share no such type, so migrations write {@code ${longText}}.
     */
    static String longTextType(DataSource dataSource) {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "TEXT" : "CLOB";
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot read the database's product name: " + e.getMessage(), e);
        }
    }

    /** The column type for a file kept in the database (an export's ZIP): {@code ${binary}}. */
    static String binaryType(DataSource dataSource) {
        return "TEXT".equals(longTextType(dataSource)) ? "BYTEA" : "BLOB";
    }

    @PreDestroy
    void stop() {
        EmbeddedDerby.shutdownIfUsed(ModuleConfig.get());
    }
}

package eu.gdprmodule.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the module's real migrations on a real database: embedded Derby by default, PostgreSQL
 * when the build passes {@code it.db.url} (the Maven profile {@code postgres}). Each test gets a
 * database (Derby) or schema (PostgreSQL) of its own.
 */
class MigrationsTest {

    private ConfiguredDataSource dataSource;
    private String postgresSchema;

    @BeforeEach
    void freshDatabase() throws SQLException {
        String url = System.getProperty("it.db.url", "");
        Optional<String> user = Optional.ofNullable(System.getProperty("it.db.user")).filter(u -> !u.isBlank());
        if (url.isBlank()) {
            Path dir = Path.of("target", "migrations-test", UUID.randomUUID().toString());
            dataSource = new ConfiguredDataSource(new DatabaseSettings(
                    "jdbc:derby:" + dir.resolve("gdprdb") + ";create=true", Optional.empty(), Optional.empty(),
                    Optional.empty(), dir));
        } else {
            // gdpr.db.schema at work: the data source creates the schema and connects into it
            postgresSchema = "gdpr_mt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            dataSource = new ConfiguredDataSource(new DatabaseSettings(url, user, Optional.empty(),
                    Optional.of(postgresSchema), Path.of("target")));
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (postgresSchema != null) {
            execute(dataSource, "DROP SCHEMA " + postgresSchema + " CASCADE");
        }
    }

    @Test
    void migratesAnEmptyDatabaseToTheLatestVersion() throws SQLException {
        MigrateResult result = SchemaMigration.flyway(dataSource, postgresSchema).migrate();

        assertTrue(result.success);
        assertTrue(result.migrationsExecuted >= 1, "at least V1 runs on an empty database");
        assertEquals(0, SchemaMigration.flyway(dataSource, postgresSchema).info().pending().length);
        assertEquals(0, count("SELECT COUNT(*) FROM GDPR_PROCESSING_FACT"));
    }

    @Test
    void secondRunChangesNothingAndKeepsData() throws SQLException {
        SchemaMigration.flyway(dataSource, postgresSchema).migrate();
        execute(dataSource, "INSERT INTO GDPR_PROCESSING_FACT (SUBJECT, ACTIVITY, KIND, OCCURRED_AT, RECORDED_AT)"
                + " VALUES ('customer:1', 'customer-account', 'DATA_COLLECTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

        MigrateResult again = SchemaMigration.flyway(dataSource, postgresSchema).migrate();

        assertEquals(0, again.migrationsExecuted);
        assertEquals(1, count("SELECT COUNT(*) FROM GDPR_PROCESSING_FACT WHERE SUBJECT = 'customer:1'"));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(ConfiguredDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

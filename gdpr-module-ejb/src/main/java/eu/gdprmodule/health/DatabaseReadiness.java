package eu.gdprmodule.health;

import eu.gdprmodule.persistence.MigrationState;
import eu.gdprmodule.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** UP when the module's database answers and every migration is applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("gdpr-database");
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                return response.down().withData("problem", "the database did not answer in time").build();
            }
            response.withData("database", connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return response.down().withData("problem", "the database cannot be reached: " + e.getMessage()).build();
        }
        MigrationState state = migration.retryIfFailed();
        return state.complete()
                ? response.up().withData("schemaVersion", state.version()).build()
                : response.down().withData("problem", "schema migration failed: " + state.problem()).build();
    }
}

package eu.gdprmodule.persistence;

/**
 * Where the schema stands: migrated to {@code version}, or not, with the reason.
 *
 * @param complete whether every bundled migration is applied
 * @param version  the schema version when complete
 * @param problem  why it is not complete, for the readiness report
 */
public record MigrationState(boolean complete, String version, String problem) {

    static MigrationState notYet() {
        return new MigrationState(false, null, "migrations have not run yet");
    }

    static MigrationState complete(String version) {
        return new MigrationState(true, version, null);
    }

    static MigrationState failed(String problem) {
        return new MigrationState(false, null, problem);
    }
}

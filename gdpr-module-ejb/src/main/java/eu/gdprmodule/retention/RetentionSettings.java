package eu.gdprmodule.retention;

import eu.gdprmodule.config.ModuleConfig;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code gdpr.retention.*} settings (see {@code docs/configuration.md}).
 *
 * @param enabled          whether the schedule runs (and a missed run is caught up at start);
 *                         "run now" works either way
 * @param schedule         when runs are due
 * @param batchSize        rows per transaction; kept under Derby's lock escalation (5,000 row
 *                         locks turn into a table lock, which would stop the site's writes)
 * @param lease            how long a server holds the cluster lease without renewing it: the
 *                         time after which another server takes over a run whose server died
 * @param requestsActivity the register activity whose rule applies to closed data-subject requests
 * @param consentActivity  the register activity whose rule applies to proofs of consent
 * @param purgeWorkers     how many batches of consent proofs are ended at once, each on its own
 *                         thread and transaction; 1 ends them one after the other
 */
public record RetentionSettings(boolean enabled, RetentionSchedule schedule, int batchSize, Duration lease,
        String requestsActivity, String consentActivity, int purgeWorkers) {

    public static final int MAX_BATCH = 4000;
    public static final int MAX_WORKERS = 8;

    public static RetentionSettings current() {
        return from(ModuleConfig.get());
    }

    static RetentionSettings from(Config config) {
        boolean enabled = config.getOptionalValue("gdpr.retention.enabled", Boolean.class).orElse(true);
        String zoneText = value(config, "gdpr.retention.time-zone", null);
        ZoneId zone;
        try {
            zone = zoneText == null ? ZoneId.systemDefault() : ZoneId.of(zoneText);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("gdpr.retention.time-zone: '" + zoneText + "' is not a time zone such as Europe/Paris");
        }
        RetentionSchedule schedule = RetentionSchedule.parse(value(config, "gdpr.retention.schedule", "03:00"), zone);
        int batch = config.getOptionalValue("gdpr.retention.batch-size", Integer.class).orElse(1000);
        if (batch < 1 || batch > MAX_BATCH) {
            throw new IllegalArgumentException("gdpr.retention.batch-size: " + batch + " must be between 1 and " + MAX_BATCH);
        }
        String leaseText = value(config, "gdpr.retention.lease", "PT5M");
        Duration lease;
        try {
            lease = Duration.parse(leaseText);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("gdpr.retention.lease: '" + leaseText + "' is not an ISO-8601 duration such as PT5M");
        }
        if (lease.compareTo(Duration.ofSeconds(2)) < 0 || lease.compareTo(Duration.ofHours(6)) > 0) {
            throw new IllegalArgumentException("gdpr.retention.lease: '" + leaseText + "' must be between PT2S and PT6H");
        }
        int workers = config.getOptionalValue("gdpr.retention.purge-workers", Integer.class).orElse(2);
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new IllegalArgumentException("gdpr.retention.purge-workers: " + workers + " must be between 1 and " + MAX_WORKERS);
        }
        return new RetentionSettings(enabled, schedule, batch, lease,
                value(config, "gdpr.retention.requests-activity", "data-subject-requests"),
                value(config, "gdpr.consent.register-activity", "cookie-consent"), workers);
    }

    private static String value(Config config, String key, String fallback) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty()).orElse(fallback);
    }
}

package eu.gdprmodule.web.admin;

import eu.gdprmodule.config.ModuleConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

/**
 * The time zone the console shows times in ({@code gdpr.console.time-zone}, by default the
 * server's). Stored times are instants; only their display depends on this.
 */
@Named("gdprConsoleClock")
@ApplicationScoped
public class ConsoleClock {

    private static final Logger LOG = Logger.getLogger(ConsoleClock.class.getName());
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public ZoneId zone() {
        String configured = ModuleConfig.get().getOptionalValue("gdpr.console.time-zone", String.class).orElse("");
        if (configured.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(configured.strip());
        } catch (DateTimeException e) {
            LOG.warning("gdpr.console.time-zone is not a time zone ('" + configured + "', expected e.g. Europe/Paris); "
                    + "the console shows the server's time zone instead.");
            return ZoneId.systemDefault();
        }
    }

    /** An instant as the console shows it, such as {@code 2026-11-23 10:15:30}; empty for null. */
    public String format(Instant instant) {
        return instant == null ? "" : SHOWN.withZone(zone()).format(instant);
    }
}

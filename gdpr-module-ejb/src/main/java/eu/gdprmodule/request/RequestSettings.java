package eu.gdprmodule.request;

import eu.gdprmodule.config.ModuleConfig;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code gdpr.requests.*} settings (see {@code docs/configuration.md}).
 *
 * @param verificationLifetime how long the identity-check link works (default 24 hours)
 * @param downloadLifetime     how long the export's download link and file are kept (default 7 days)
 * @param perAddressPerDay     requests one address may file from the public form in 24 hours
 * @param perClientPerDay      requests one network address may file in 24 hours
 * @param zone                 the controller's time zone, in which a deadline's day is counted
 * @param staff                addresses told of new requests and deadline reminders
 * @param publicUrl            the site's public address for links in letters, or empty to take
 *                             it from the request that caused the letter
 */
public record RequestSettings(Duration verificationLifetime, Duration downloadLifetime, int perAddressPerDay, int perClientPerDay,
        ZoneId zone, List<String> staff, String publicUrl) {

    public static RequestSettings current() {
        return from(ModuleConfig.get());
    }

    static RequestSettings from(Config config) {
        return new RequestSettings(
                duration(config, "gdpr.requests.verification-lifetime", "PT24H", Duration.ofMinutes(5), Duration.ofDays(7)),
                duration(config, "gdpr.requests.download-lifetime", "P7D", Duration.ofHours(1), Duration.ofDays(30)),
                count(config, "gdpr.requests.per-address-per-day", 3),
                count(config, "gdpr.requests.per-client-per-day", 20),
                zone(config),
                config.getOptionalValue("gdpr.requests.notify", String.class)
                        .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                        .orElse(List.of()),
                config.getOptionalValue("gdpr.requests.public-url", String.class).map(String::trim)
                        .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).orElse(""));
    }

    /** The address links in letters start with: {@code publicUrl} when set, else the one the request came to. */
    public String linkBase(String fromRequest) {
        String base = publicUrl.isEmpty() ? fromRequest : publicUrl;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static Duration duration(Config config, String key, String fallback, Duration min, Duration max) {
        String raw = config.getOptionalValue(key, String.class).orElse(fallback).trim();
        Duration value;
        try {
            value = raw.startsWith("P") && !raw.contains("T") && raw.endsWith("D")
                    ? Duration.ofDays(Long.parseLong(raw.substring(1, raw.length() - 1)))
                    : Duration.parse(raw);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + "=" + raw + " is not an ISO-8601 duration such as PT24H or P7D");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(key + "=" + raw + " must lie between " + min + " and " + max);
        }
        return value;
    }

    private static int count(Config config, String key, int fallback) {
        Optional<String> raw = config.getOptionalValue(key, String.class);
        try {
            int value = raw.map(String::trim).map(Integer::parseInt).orElse(fallback);
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + raw.orElse("") + " must be a whole number of at least 1");
        }
    }

    private static ZoneId zone(Config config) {
        String raw = config.getOptionalValue("gdpr.requests.time-zone", String.class).orElse("").trim();
        try {
            return raw.isEmpty() ? ZoneId.systemDefault() : ZoneId.of(raw);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("gdpr.requests.time-zone=" + raw + " is not a time zone such as Europe/Paris");
        }
    }
}

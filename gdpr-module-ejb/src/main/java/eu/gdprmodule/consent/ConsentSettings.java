package eu.gdprmodule.consent;

import eu.gdprmodule.config.ModuleConfig;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code gdpr.consent.*} settings (see {@code docs/configuration.md}).
 *
 * @param cookieName       the consent cookie's name
 * @param cookieDomain     the cookie's Domain attribute (share the choice across subdomains), or
 *                         {@code null} for the host only
 * @param secure           {@code always}, {@code never} or {@code auto} (Secure when the request
 *                         came over HTTPS, also behind a proxy that says so)
 * @param maxAge           how long a choice holds before the banner asks again (CNIL: 6 months)
 * @param signingKey       the cookie's HMAC key from configuration, or {@code null} to use the one
 *                         generated once and stored in the database
 * @param policySlug       the policy whose material versions call for a new choice
 * @param gpcCategories    the categories a Global Privacy Control signal refuses ({@code *}: all)
 * @param consentMode      Google Consent Mode v2 consent types granted by each category
 * @param refreshSeconds   how long a server trusts its cached catalogue
 * @param initialCatalogue the catalogue file imported at first start ({@code classpath:} or a path), or {@code null}
 */
public record ConsentSettings(String cookieName, String cookieDomain, String secure, Period maxAge, byte[] signingKey,
        String policySlug, Set<String> gpcCategories, Map<String, List<String>> consentMode, int refreshSeconds,
        String initialCatalogue) {

    /** The Consent Mode v2 types (https://developers.google.com/tag-platform/security/concepts/consent-mode). */
    public static final List<String> CONSENT_TYPES = List.of("ad_storage", "ad_user_data", "ad_personalization",
            "analytics_storage", "functionality_storage", "personalization_storage", "security_storage");

    private static final Pattern COOKIE_NAME = Pattern.compile("[A-Za-z0-9_!#$%&'*+.^`|~-]{1,64}");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private static volatile Cached cached;

    private record Cached(Config config, ConsentSettings settings) {
    }

    /** The settings, read once per configuration (every page with the banner asks). */
    public static ConsentSettings current() {
        Config config = ModuleConfig.get();
        Cached c = cached;
        if (c == null || c.config() != config) {
            c = new Cached(config, from(config));
            cached = c;
        }
        return c.settings();
    }

    static ConsentSettings from(Config config) {
        String name = value(config, "gdpr.consent.cookie-name", "gdpr_consent");
        if (!COOKIE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("gdpr.consent.cookie-name: '" + name + "' is not a valid cookie name");
        }
        String domain = value(config, "gdpr.consent.cookie-domain", null);
        String secure = value(config, "gdpr.consent.cookie-secure", "auto");
        if (!Set.of("auto", "always", "never").contains(secure)) {
            throw new IllegalArgumentException("gdpr.consent.cookie-secure: '" + secure + "' must be auto, always or never");
        }
        Period maxAge;
        String age = value(config, "gdpr.consent.max-age", "P6M");
        try {
            maxAge = Period.parse(age);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("gdpr.consent.max-age: '" + age + "' is not an ISO-8601 period such as P6M");
        }
        if (maxAge.isNegative() || maxAge.isZero() || maxAge.toTotalMonths() > 13) {
            // CNIL guidelines of 17 September 2020: a choice is kept at most 13 months.
            throw new IllegalArgumentException("gdpr.consent.max-age: '" + age + "' must be more than zero and at most 13 months (P13M)");
        }
        byte[] key = null;
        String configuredKey = value(config, "gdpr.consent.signing-key", null);
        if (configuredKey != null) {
            try {
                key = Base64.getDecoder().decode(configuredKey);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("gdpr.consent.signing-key: not Base64");
            }
            if (key.length < 32) {
                throw new IllegalArgumentException("gdpr.consent.signing-key: needs at least 32 bytes (44 Base64 characters), has " + key.length);
            }
        }
        Set<String> gpc = new TreeSet<>();
        for (String category : config.getOptionalValues("gdpr.consent.gpc-categories", String.class).orElse(List.of("*"))) {
            gpc.add(category.strip());
        }
        Map<String, List<String>> mode = consentMode(value(config, "gdpr.consent.google-consent-mode",
                "analytics:analytics_storage;marketing:ad_storage+ad_user_data+ad_personalization;"
                        + "preferences:functionality_storage+personalization_storage"));
        int refresh = config.getOptionalValue("gdpr.consent.refresh-seconds", Integer.class).orElse(10);
        return new ConsentSettings(name, domain, secure, maxAge, key, value(config, "gdpr.consent.policy", "cookies"),
                Set.copyOf(gpc), mode, Math.max(0, refresh), value(config, "gdpr.consent.initial-catalogue", null));
    }

    /** {@code category:type+type;category:type}, e.g. {@code analytics:analytics_storage}. */
    static Map<String, List<String>> consentMode(String text) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String entry : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split(":", 2);
            String category = parts[0].strip();
            if (parts.length != 2 || !KEY.matcher(category).matches()) {
                throw new IllegalArgumentException("gdpr.consent.google-consent-mode: '" + entry.strip()
                        + "' is not category:type+type (such as analytics:analytics_storage)");
            }
            List<String> types = java.util.Arrays.stream(parts[1].split("\\+")).map(String::strip).toList();
            for (String type : types) {
                if (!CONSENT_TYPES.contains(type)) {
                    throw new IllegalArgumentException("gdpr.consent.google-consent-mode: '" + type
                            + "' is not a Consent Mode type; they are " + String.join(", ", CONSENT_TYPES));
                }
            }
            map.put(category, types);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Whether Global Privacy Control refuses this category. */
    public boolean gpcRefuses(String category) {
        return gpcCategories.contains("*") || gpcCategories.contains(category);
    }

    private static String value(Config config, String key, String fallback) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty()).orElse(fallback);
    }
}

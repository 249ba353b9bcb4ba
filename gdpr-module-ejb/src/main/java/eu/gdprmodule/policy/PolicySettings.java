package eu.gdprmodule.policy;

import eu.gdprmodule.config.ModuleConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code gdpr.policy.*} settings (see {@code docs/configuration.md}).
 *
 * @param languages       the languages policies are written in, the default first
 * @param defaultLanguage the language shown when the visitor's is not available
 * @param requestFormUrl  where the rights section sends people to exercise their rights, or
 *                        {@code null} for the module's own form
 * @param refreshSeconds  how long a server serves its cached copy of what is in force before it
 *                        looks again (another server of a cluster may have published)
 */
public record PolicySettings(List<String> languages, String defaultLanguage, String requestFormUrl,
        int refreshSeconds) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private static volatile Cached cached;

    private record Cached(Config config, PolicySettings settings) {
    }

    /** The settings, read once per configuration (every page with the banner asks, some several times). */
    public static PolicySettings current() {
        Config config = ModuleConfig.get();
        Cached c = cached;
        if (c == null || c.config() != config) {
            c = new Cached(config, from(config));
            cached = c;
        }
        return c.settings();
    }

    static PolicySettings from(Config config) {
        List<String> languages = new ArrayList<>();
        for (String language : config.getOptionalValues("gdpr.policy.languages", String.class)
                .orElse(List.of("en", "fr"))) {
            String code = language.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(code).matches()) {
                throw new IllegalArgumentException("gdpr.policy.languages: '" + language
                        + "' is not an ISO 639-1 language code such as en or fr");
            }
            if (!languages.contains(code)) {
                languages.add(code);
            }
        }
        String fallback = config.getOptionalValue("gdpr.policy.default-language", String.class)
                .map(l -> l.strip().toLowerCase(Locale.ROOT)).orElse(languages.isEmpty() ? "en" : languages.get(0));
        if (!languages.contains(fallback)) {
            languages.add(0, fallback);
        }
        String form = config.getOptionalValue("gdpr.policy.request-form-url", String.class)
                .map(String::strip).filter(u -> !u.isEmpty()).orElse(null);
        int refresh = config.getOptionalValue("gdpr.policy.refresh-seconds", Integer.class).orElse(10);
        return new PolicySettings(List.copyOf(languages), fallback, form, Math.max(0, refresh));
    }

    public boolean supports(String language) {
        return languages.contains(language);
    }
}

package eu.gdprmodule.web.consent;

import eu.gdprmodule.consent.BannerText;
import eu.gdprmodule.consent.CookieCatalogue;
import eu.gdprmodule.consent.CookieCatalogue.Category;
import eu.gdprmodule.consent.CookieCatalogue.Cookie;
import eu.gdprmodule.consent.CookieCatalogue.Service;
import eu.gdprmodule.consent.Lifetimes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exact text of the banner and the preference centre in each language, as a visitor reads
 * it, and its SHA-256: the proof of a choice names the text it was made on (consent must be
 * informed, Art. 4(11) and 7(1) GDPR). Texts are computed once per language, policy version and
 * catalogue.
 */
@ApplicationScoped
public class BannerTexts {

    /** The catalogue by identity: hashing a whole catalogue on every page view would cost more than the lookup saves. */
    private record Key(String language, int policyVersion, int catalogue) {
    }

    private volatile CookieCatalogue cachedFor;

    private final Map<Key, BannerText> texts = new ConcurrentHashMap<>();
    private final Map<String, BannerText> byHash = new ConcurrentHashMap<>();

    public BannerText of(String language, int policyVersion, CookieCatalogue catalogue) {
        if (cachedFor != catalogue) {
            texts.clear(); // a catalogue read again: its texts are computed again once
            cachedFor = catalogue;
        }
        return texts.computeIfAbsent(new Key(language, policyVersion, System.identityHashCode(catalogue)), k -> {
            BannerText text = BannerText.of(language, policyVersion, plain(language, catalogue));
            byHash.put(text.hash(), text);
            return text;
        });
    }

    /** A text this server showed, by its hash. */
    public Optional<BannerText> known(String hash) {
        return hash == null ? Optional.empty() : Optional.ofNullable(byHash.get(hash));
    }

    static String plain(String language, CookieCatalogue catalogue) {
        ResourceBundle t = ConsentLanguage.texts(language);
        StringBuilder out = new StringBuilder();
        line(out, t.getString("banner.title"));
        line(out, t.getString("banner.text"));
        line(out, "[" + t.getString("banner.acceptAll") + "] [" + t.getString("banner.rejectAll") + "] ["
                + t.getString("banner.customise") + "]");
        line(out, "");
        line(out, t.getString("preferences.title"));
        line(out, t.getString("preferences.intro"));
        for (Category category : catalogue.categories()) {
            line(out, "");
            line(out, "## " + category.name().in(language) + (category.essential() ? " (" + t.getString("preferences.alwaysOn") + ")" : ""));
            line(out, category.description().in(language));
            for (Service service : category.services()) {
                line(out, "- " + service.name() + " — " + java.text.MessageFormat.format(t.getString("preferences.provider"), service.provider()));
                line(out, "  " + service.purpose().in(language));
                for (Cookie cookie : service.cookies()) {
                    line(out, "  * " + cookie.name() + ": " + cookie.purpose().in(language) + " ("
                            + Lifetimes.words(cookie.lifetime(), language) + ")");
                }
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}

package eu.gdprmodule.web.consent;

import eu.gdprmodule.policy.PolicySettings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The banner's language and texts. English and French ship; a host adds another language with
 * {@code eu/gdprmodule/web/consent/Consent_<language>.properties} on its class path.
 */
public final class ConsentLanguage {

    static final String BUNDLE = "eu.gdprmodule.web.consent.Consent";
    /** Compiled once: every page view checks its language, often twice. */
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
    private static final Map<String, Boolean> AVAILABLE = new ConcurrentHashMap<>();
    /** ResourceBundle.getBundle's own cache costs a lookup with a new key object per call, several per page view. */
    private static final Map<String, ResourceBundle> TEXTS = new ConcurrentHashMap<>();

    private ConsentLanguage() {
    }

    /** The first of the visitor's languages the banner has texts in, else the default language. */
    public static String pick(List<Locale> preferred) {
        for (Locale locale : preferred) {
            if (locale != null && available(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        String fallback = PolicySettings.current().defaultLanguage();
        return available(fallback) ? fallback : "en";
    }

    /**
     * The Faces view's language when the banner has texts in it, else {@code null} (then the
     * request's: {@code ?lang=}, Accept-Language). The consent components all follow this rule,
     * so they share one state per request.
     */
    public static String ofView(jakarta.faces.context.FacesContext context) {
        Locale locale = context.getViewRoot().getLocale();
        return locale != null && available(locale.getLanguage()) ? locale.getLanguage() : null;
    }

    public static boolean available(String language) {
        if ("en".equals(language)) {
            return true;
        }
        Boolean known = language == null ? null : AVAILABLE.get(language); // only codes are kept: no pattern for them
        if (known != null) {
            return known;
        }
        if (language == null || !CODE.matcher(language).matches()) {
            return false;
        }
        return AVAILABLE.computeIfAbsent(language, l -> {
            try {
                return l.equals(texts(l).getLocale().getLanguage());
            } catch (MissingResourceException e) {
                return false;
            }
        });
    }

    public static ResourceBundle texts(String language) {
        ResourceBundle cached = TEXTS.get(language);
        if (cached != null) {
            return cached;
        }
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if ("en".equals(language) || language.equals(texts.getLocale().getLanguage())) {
            TEXTS.put(language, texts); // only languages the banner has: any code can be asked for
        }
        return texts;
    }
}

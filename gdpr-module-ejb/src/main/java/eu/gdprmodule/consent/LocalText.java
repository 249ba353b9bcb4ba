package eu.gdprmodule.consent;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A text of the cookie catalogue in several languages ({@code {"en": "...", "fr": "..."}}):
 * what a visitor reads must be in their language (Art. 12(1) GDPR: "clear and plain
 * language"), so every text the banner shows comes with its translations.
 *
 * @param texts the text per ISO 639-1 language code
 */
public record LocalText(Map<String, String> texts) {

    public LocalText {
        texts = texts == null ? Map.of() : Map.copyOf(new TreeMap<>(texts));
    }

    public static LocalText of(String english) {
        return new LocalText(english == null ? Map.of() : Map.of("en", english));
    }

    /** The text in this language, else in English, else in any language, else empty. */
    public String in(String language) {
        String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        String text = texts.get(lang);
        if (text == null) {
            text = texts.get("en");
        }
        if (text == null && !texts.isEmpty()) {
            text = texts.values().iterator().next();
        }
        return text == null ? "" : text;
    }

    public boolean isEmpty() {
        return texts.values().stream().allMatch(t -> t == null || t.isBlank());
    }
}

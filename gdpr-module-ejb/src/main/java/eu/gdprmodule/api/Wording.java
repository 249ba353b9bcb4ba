package eu.gdprmodule.api;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A short text a host gives the console in several languages. The console asks for the page's
 * language and falls back to the language alone ({@code fr} for {@code fr-CA}), then English, then
 * the first text given, so a host that writes only English still shows something on a French page.
 */
final class Wording implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_LENGTH = 200;

    private final Map<String, String> byLanguage;

    static final Wording NONE = new Wording(Map.of());

    private Wording(Map<String, String> byLanguage) {
        this.byLanguage = byLanguage;
    }

    Wording with(Locale locale, String text, String what) {
        Objects.requireNonNull(locale, "locale");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_LENGTH + " characters: " + text.substring(0, 40) + "...");
        }
        Map<String, String> copy = new LinkedHashMap<>(byLanguage);
        copy.put(locale.toLanguageTag(), text.strip());
        return new Wording(copy);
    }

    boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    /** The text for a page in this language, or {@code null} when none was given. */
    String in(Locale locale) {
        if (byLanguage.isEmpty()) {
            return null;
        }
        if (locale != null) {
            String exact = byLanguage.get(locale.toLanguageTag());
            if (exact != null) {
                return exact;
            }
            String language = byLanguage.get(locale.getLanguage());
            if (language != null) {
                return language;
            }
        }
        String english = byLanguage.get("en");
        return english != null ? english : byLanguage.values().iterator().next();
    }
}

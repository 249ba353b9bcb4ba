package eu.gdprmodule.policy;

import static eu.gdprmodule.policy.PolicyHtml.escape;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The wording of generated sections in one language, and the HTML helpers every section uses.
 * Bundle texts are plain text: they are escaped like register values, and placeholders
 * {@code {0}}, {@code {1}} take HTML fragments the caller built (already escaped). Plain
 * substitution rather than {@code MessageFormat}, whose quoting rules would eat the apostrophes
 * of French texts.
 */
final class SectionText {

    private static final String BUNDLE = "eu.gdprmodule.policy.Sections";

    private final ResourceBundle bundle;
    private final Locale locale;

    SectionText(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: a page asked for in English on a French
        // server must read in English, so a missing language falls back to the base bundle.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, SectionText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    /** The escaped text of a key. */
    String text(String key) {
        return escape(raw(key));
    }

    /** The escaped text of a key with its placeholders replaced by HTML fragments. */
    String html(String key, String... fragments) {
        String result = text(key);
        for (int i = 0; i < fragments.length; i++) {
            result = result.replace("{" + i + "}", fragments[i] == null ? "" : fragments[i]);
        }
        return result;
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    private String raw(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Sections.properties has no text for " + key, e);
        }
    }

    /** Opens a generated section: its wrapper and its heading. */
    String open(GeneratedSection section) {
        return "<section class=\"gdpr-section gdpr-section-" + section.code() + "\">\n<h2>"
                + text(section.code() + ".title") + "</h2>\n";
    }

    String close() {
        return "</section>\n";
    }

    /** A label in bold followed by its value, the pattern of the per-activity lists. */
    String item(String labelKey, String valueHtml) {
        return "<li><strong>" + text(labelKey) + "</strong> " + valueHtml + "</li>\n";
    }

    String link(String url, String label) {
        return "<a href=\"" + escape(url) + "\">" + escape(label) + "</a>";
    }

    String mailto(String email) {
        return link("mailto:" + email, email);
    }

    /** A period in words: "5 years", "12 months", "1 year and 6 months"; "5 ans", "13 mois". */
    String period(Period period) {
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), "unit.year");
        add(parts, period.getMonths(), "unit.month");
        add(parts, period.getDays(), "unit.day");
        return join(parts);
    }

    private void add(List<String> parts, int amount, String unit) {
        if (amount != 0) {
            parts.add(html(unit + (amount == 1 ? ".one" : ".many"), Integer.toString(amount)));
        }
    }

    /** Joins fragments as a sentence does: "a, b and c". */
    String join(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + text("list.and") + parts.get(parts.size() - 1);
    }

    /** "Article 6(1)(b) GDPR" from "Art. 6(1)(b)", the form the api enums give. */
    String article(String apiArticle) {
        return html("gdpr.article", escape(apiArticle.replaceFirst("^Art\\.\\s*", "")));
    }
}

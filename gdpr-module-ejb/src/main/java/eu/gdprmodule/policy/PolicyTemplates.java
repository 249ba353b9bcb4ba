package eu.gdprmodule.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The built-in starting points for a new policy: a privacy policy that uses every
 * {@link GeneratedSection} with short generic prose around them, and a cookie policy. An
 * author starts from one and rewrites the prose in their own voice; the register facts stay
 * generated.
 *
 * <pre>
 * String source = PolicyTemplates.template("privacy", Locale.FRENCH).orElse("");
 * </pre>
 *
 * <p>Templates exist for the slugs {@code privacy} and {@code cookies} in English and French;
 * other languages get the English text.
 *
 * @since 0.1
 */
public final class PolicyTemplates {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");

    private static final Map<String, String> TITLES = Map.of(
            "privacy/en", "Privacy policy", "privacy/fr", "Politique de confidentialité",
            "cookies/en", "Cookie policy", "cookies/fr", "Politique cookies");

    private PolicyTemplates() {
    }

    /** The template for a policy slug in the locale's language, or English; empty for an unknown slug. */
    public static Optional<String> template(String slug, Locale locale) {
        // The slug becomes part of a resource path: only plain names, never "../".
        if (slug == null || !SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        String language = locale == null ? "" : locale.getLanguage();
        Optional<String> localised = language.isEmpty() ? Optional.empty() : read(slug + "_" + language + ".md");
        return localised.isPresent() ? localised : read(slug + "_en.md");
    }

    /** The first level-one heading of a Markdown text, which names the policy it holds. */
    public static Optional<String> heading(String markdown) {
        return markdown.lines().filter(l -> l.startsWith("# ")).map(l -> l.substring(2).strip()).findFirst();
    }

    /** The usual title of a policy the module has a template for, in that language; empty otherwise. */
    public static String title(String slug, String language) {
        return TITLES.getOrDefault(slug + "/" + language, "");
    }

    private static Optional<String> read(String name) {
        try (InputStream in = PolicyTemplates.class.getResourceAsStream("templates/" + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the policy template " + name, e);
        }
    }
}

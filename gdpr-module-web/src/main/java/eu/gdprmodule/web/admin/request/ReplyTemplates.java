package eu.gdprmodule.web.admin.request;

import eu.gdprmodule.api.DataSubjectRight;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The reply an administrator starts from when completing a request: one template per right, in
 * English and French ({@code Replies.properties}, {@code Replies_fr.properties} next to this
 * class; a host adds a language with {@code Replies_<lang>.properties}). The reply is the middle
 * of the engine's "completed" letter, which already greets the person, names the right and the
 * reference and signs with the controller's name, so a template holds only the answer itself.
 *
 * <p>The template is in the language of the request, not of the console: the person reads it
 * (Art. 12(1): concise, intelligible, in clear and plain language). For an erasure it lists what
 * the contributors kept and why, from the last erasure run, since the person is owed the reason
 * for anything not erased (Art. 17(3), Art. 12(4)).
 *
 * <p>Placeholders: {@code {purpose}} (the purpose the request names, quoted as the language
 * quotes), {@code {kept}} (the erasure's kept data after {@code kept.intro}, or {@code kept.none}).
 * Plain replacement, not {@code MessageFormat}, so French apostrophes need no doubling.
 */
final class ReplyTemplates {

    /** The languages a template exists in, offered as buttons. */
    static final List<String> LANGUAGES = List.of("en", "fr");

    private ReplyTemplates() {
    }

    /** The language a request's reply starts in: the request's own when a template exists in it. */
    static String languageOf(String requestLanguage) {
        String language = requestLanguage == null ? "" : requestLanguage.strip().toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(language) ? language : "en";
    }

    /**
     * The filled template.
     *
     * @param purpose the purpose the request names, or {@code null}
     * @param kept    what an erasure kept, one line each (see {@link ContributorReport#kept})
     */
    static String reply(DataSubjectRight right, String purpose, String language, List<String> kept) {
        ResourceBundle bundle = bundle(language);
        String named = purpose == null || purpose.isBlank() ? bundle.getString("purpose.none")
                : bundle.getString("purpose.quoted").replace("{0}", purpose.strip());
        String keptText = kept.isEmpty() ? bundle.getString("kept.none")
                : bundle.getString("kept.intro") + "\n- " + String.join("\n- ", kept);
        return bundle.getString("reply." + right.wire()).replace("{purpose}", named).replace("{kept}", keptText);
    }

    /** The word before a date in the kept lines ("until", "jusqu’au"). */
    static String untilWord(String language) {
        return bundle(language).getString("kept.until");
    }

    static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(ReplyTemplates.class.getPackageName() + ".Replies", Locale.forLanguageTag(language),
                ReplyTemplates.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

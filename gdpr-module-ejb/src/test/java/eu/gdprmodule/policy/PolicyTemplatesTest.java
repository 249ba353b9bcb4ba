package eu.gdprmodule.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.register.RegisterDocument;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A new policy starts from a template that renders cleanly and says everything Art. 13 GDPR asks for. */
class PolicyTemplatesTest {

    /** Every section but the cookie table, which belongs in the cookie policy (the privacy policy links to it). */
    private static final List<GeneratedSection> REGISTER_SECTIONS = Arrays.stream(GeneratedSection.values())
            .filter(s -> s != GeneratedSection.COOKIES).toList();

    private static final RegisterDocument EMPTY = new RegisterDocument(new ControllerIdentity("Shop", "1 rue X, Paris, France",
            "privacy@shop.example", null, null, null), List.of(), List.of(), List.of());

    @Test
    void thePrivacyTemplatesUseEverySectionAndPromiseToAnnounceMaterialChanges() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            String source = PolicyTemplates.template("privacy", locale).orElseThrow();
            Rendering page = new PolicyRenderer().render(source, new RenderContext(EMPTY, locale, null));

            assertEquals(REGISTER_SECTIONS, page.sections(), locale.toString());
            assertTrue(page.clean(), page.problems() + " " + page.removed());
            assertTrue(source.contains("material change") || source.contains("modification substantielle"), source);
        }
    }

    @Test
    void cookieTemplatesRenderCleanlyInBothLanguages() {
        String english = PolicyTemplates.template("cookies", Locale.ENGLISH).orElseThrow();
        String french = PolicyTemplates.template("cookies", Locale.CANADA_FRENCH).orElseThrow();

        assertNotEquals(english, french);
        assertTrue(french.contains("Qu’est-ce qu’un cookie"), french);
        assertTrue(english.contains("cookie catalogue"), english);
        assertTrue(new PolicyRenderer().render(english, new RenderContext(EMPTY, Locale.ENGLISH, null)).clean());
    }

    @Test
    void otherLanguagesGetEnglishAndUnknownSlugsNothing() {
        assertEquals(PolicyTemplates.template("privacy", Locale.ENGLISH), PolicyTemplates.template("privacy", Locale.GERMAN));
        assertTrue(PolicyTemplates.template("terms", Locale.ENGLISH).isEmpty());
        assertTrue(PolicyTemplates.template("../Sections", Locale.ENGLISH).isEmpty());
        assertTrue(PolicyTemplates.template(null, Locale.ENGLISH).isEmpty());
    }
}

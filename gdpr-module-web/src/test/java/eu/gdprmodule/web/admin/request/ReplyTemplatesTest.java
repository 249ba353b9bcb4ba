package eu.gdprmodule.web.admin.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.DataSubjectRight;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reply templates of the console's Complete action: one per right in English and French, filled for the person. */
class ReplyTemplatesTest {

    @Test
    void everyRightHasAFilledTemplateInEnglishAndFrench() {
        for (String language : ReplyTemplates.LANGUAGES) {
            for (DataSubjectRight right : DataSubjectRight.values()) {
                String reply = ReplyTemplates.reply(right, "newsletter", language, List.of());
                assertFalse(reply.isBlank(), right + " " + language);
                assertFalse(reply.contains("{"), "no placeholder left: " + reply);
                // the engine refuses a reply over 2,000 characters; a template leaves room to edit
                assertTrue(reply.length() < 1000, right + " " + language + ": " + reply.length());
            }
        }
    }

    @Test
    void theFrenchTemplateIsInFrenchWithFrenchQuotes() {
        String reply = ReplyTemplates.reply(DataSubjectRight.CONSENT_WITHDRAWAL, "newsletter", "fr", List.of());
        assertTrue(reply.contains("consentement pour « newsletter » est retiré"), reply);
        assertTrue(ReplyTemplates.reply(DataSubjectRight.ACCESS, null, "en", List.of()).contains("Art. 15 GDPR"));
    }

    @Test
    void anErasureReplyListsWhatWasKeptWithItsReasonOrSaysNothingWasKept() {
        String nothing = ReplyTemplates.reply(DataSubjectRight.ERASURE, null, "en", List.of());
        assertTrue(nothing.endsWith("We keep none of it."), nothing);
        String kept = ReplyTemplates.reply(DataSubjectRight.ERASURE, null, "fr",
                List.of("invoices (2): Code de commerce, art. L123-22, jusqu’au 2036-01-31"));
        assertTrue(kept.contains("(art. 17(3) RGPD) :\n- invoices (2): Code de commerce"), kept);
    }

    @Test
    void aRequestInAnotherLanguageStartsFromTheEnglishTemplate() {
        assertEquals("fr", ReplyTemplates.languageOf("FR"));
        assertEquals("en", ReplyTemplates.languageOf("de"));
        assertEquals("en", ReplyTemplates.languageOf(null));
    }

    @Test
    void withoutAPurposeTheReplySaysWhichPurposesInWords() {
        String reply = ReplyTemplates.reply(DataSubjectRight.RESTRICTION, " ", "en", List.of());
        assertTrue(reply.contains("for the purposes your request names"), reply);
    }
}

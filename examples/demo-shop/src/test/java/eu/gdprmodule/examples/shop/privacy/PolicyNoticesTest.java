package eu.gdprmodule.examples.shop.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.PolicyPublished;
import eu.gdprmodule.examples.shop.infrastructure.ShopMail;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PolicyNoticesTest {

    // 23:30 UTC is already the next day in Paris, where the shop's calendar is kept.
    private static final Instant LATE_ON_MARCH_3_UTC = Instant.parse("2026-03-03T23:30:00Z");

    @Test
    void theEnglishNoticeNamesThePolicyAndGivesTheSummaryTheDateAndTheLink() {
        ShopMail.Letter letter = PolicyNotices.letter(published("en", "Privacy policy", "We now keep invoices 10 years."),
                "https://shop.example/");

        assertEquals("Important update to our Privacy policy", letter.subject());
        assertTrue(letter.body().contains("\nWe now keep invoices 10 years.\n"), letter.body());
        assertTrue(letter.body().contains("Last updated: March 4, 2026\n"), letter.body());
        assertTrue(letter.body().contains("Read it in full: https://shop.example/gdpr/policies/privacy\n"), letter.body());
    }

    @Test
    void aFrenchVersionIsAnnouncedInFrench() {
        ShopMail.Letter letter = PolicyNotices.letter(
                published("fr", "Politique de confidentialité", "Les factures sont conservées 10 ans."),
                "https://shop.example");

        assertEquals("Mise à jour importante : Politique de confidentialité", letter.subject());
        assertTrue(letter.body().contains("Les factures sont conservées 10 ans."), letter.body());
        assertTrue(letter.body().contains("Dernière mise à jour : 4 mars 2026\n"), letter.body());
        assertTrue(letter.body().contains("https://shop.example/gdpr/policies/privacy\n"), letter.body());
    }

    @Test
    void aVersionWithoutSummaryOrTitleStillMakesANotice() {
        ShopMail.Letter letter = PolicyNotices.letter(published("en", null, null), "http://localhost:8080");

        assertEquals("Important update to our privacy", letter.subject());
        assertFalse(letter.body().contains("What changes"), letter.body());
        assertFalse(letter.body().contains("null"), letter.body());
    }

    @Test
    void theLinkHasExactlyOneSlashBetweenTheShopsAddressAndThePath() {
        assertEquals("https://shop.example/shop/gdpr/policies/cookies",
                PolicyNotices.link("https://shop.example/shop//", "/gdpr/policies/cookies"));
        assertEquals("https://shop.example/gdpr/policies/cookies",
                PolicyNotices.link(" https://shop.example ", "gdpr/policies/cookies"));
    }

    @Test
    void aRegionalVariantIsTheCustomersLanguageAndAnotherLanguageIsNot() {
        assertTrue(PolicyNotices.sameLanguage("en-GB", "en"));
        assertTrue(PolicyNotices.sameLanguage("EN", "en"));
        assertFalse(PolicyNotices.sameLanguage("fr", "en"));
    }

    private static PolicyPublished published(String language, String title, String summary) {
        return new PolicyPublished("privacy", 2, language, title, summary, true, LATE_ON_MARCH_3_UTC,
                "/gdpr/policies/privacy");
    }
}

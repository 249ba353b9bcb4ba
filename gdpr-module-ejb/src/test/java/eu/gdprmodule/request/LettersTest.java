package eu.gdprmodule.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The identity-check letter says how long its link works in words that are true for any allowed lifetime (5 minutes to 7 days). */
class LettersTest {

    @Test
    void linkLifetimeUnderAnHourIsSaidInMinutes() {
        assertEquals("30 minutes", Letters.linkLifetime(Duration.ofMinutes(30), "en"));
        assertEquals("5 minutes", Letters.linkLifetime(Duration.ofMinutes(5), "en"));
        assertEquals("30 minutes", Letters.linkLifetime(Duration.ofMinutes(30), "fr"));
        assertEquals("1 minute", Letters.linkLifetime(Duration.ofSeconds(90), "en"));
    }

    @Test
    void linkLifetimeInHoursAndMinutes() {
        assertEquals("24 hours", Letters.linkLifetime(Duration.ofHours(24), "en"));
        assertEquals("1 hour", Letters.linkLifetime(Duration.ofHours(1), "en"));
        assertEquals("1 hour and 30 minutes", Letters.linkLifetime(Duration.ofMinutes(90), "en"));
        assertEquals("24 heures", Letters.linkLifetime(Duration.ofHours(24), "fr"));
        assertEquals("1 heure", Letters.linkLifetime(Duration.ofHours(1), "fr"));
        assertEquals("2 heures et 1 minute", Letters.linkLifetime(Duration.ofMinutes(121), "fr"));
        assertEquals("168 hours", Letters.linkLifetime(Duration.ofDays(7), "en"));
    }

    @Test
    void identityCheckLetterNamesTheLinkLifetimeInEnglishAndFrench() {
        Letters en = new Letters("en", "Fixery SAS");
        String english = en.letter("ada@example.com", "verify", "R-2345-6789", en.right(eu.gdprmodule.api.DataSubjectRight.ACCESS),
                Letters.linkLifetime(Duration.ofMinutes(30), "en"), "https://shop.example/gdpr/requests/verify?token=x").body();
        assertTrue(english.contains("open this link within 30 minutes:"), english);

        Letters fr = new Letters("fr", "Fixery SAS");
        String french = fr.letter("ada@example.com", "verify", "R-2345-6789", fr.right(eu.gdprmodule.api.DataSubjectRight.ACCESS),
                Letters.linkLifetime(Duration.ofMinutes(30), "fr"), "https://shop.example/gdpr/requests/verify?token=x").body();
        assertTrue(french.contains("ouvrez ce lien dans un délai de 30 minutes :"), french);
        assertTrue(!french.contains("heures") && !english.contains("hours"), english + "\n" + french);
    }
}

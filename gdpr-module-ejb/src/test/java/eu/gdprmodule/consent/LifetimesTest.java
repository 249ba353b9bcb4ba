package eu.gdprmodule.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A cookie's lifetime read, checked against the CNIL's 13 months, and said in the visitor's language. */
class LifetimesTest {

    @Test
    void lifetimesInEnglish() {
        assertEquals("Session", Lifetimes.words("session", "en"));
        assertEquals("13 months", Lifetimes.words("P13M", "en"));
        assertEquals("1 month", Lifetimes.words("P1M", "en"));
        assertEquals("1 year", Lifetimes.words("P1Y", "en"));
        assertEquals("2 years", Lifetimes.words("P2Y", "en"));
        assertEquals("1 day", Lifetimes.words("P1D", "en"));
        assertEquals("2 days", Lifetimes.words("P2D", "en"));
        assertEquals("14 days", Lifetimes.words("P2W", "en"));
        assertEquals("30 minutes", Lifetimes.words("PT30M", "en"));
        assertEquals("1 minute", Lifetimes.words("PT1M", "en"));
        assertEquals("1 hour", Lifetimes.words("PT1H", "en"));
        assertEquals("2 hours", Lifetimes.words("PT2H", "en"));
        assertEquals("1 second", Lifetimes.words("PT1S", "en"));
        assertEquals("1 year and 6 months", Lifetimes.words("P1Y6M", "en"));
        assertEquals("1 day, 2 hours and 30 minutes", Lifetimes.words("P1DT2H30M", "en"));
    }

    @Test
    void lifetimesInFrench() {
        assertEquals("Session", Lifetimes.words("session", "fr"));
        assertEquals("13 mois", Lifetimes.words("P13M", "fr"));
        assertEquals("1 mois", Lifetimes.words("P1M", "fr"));
        assertEquals("1 an", Lifetimes.words("P1Y", "fr"));
        assertEquals("2 ans", Lifetimes.words("P2Y", "fr"));
        assertEquals("1 jour", Lifetimes.words("P1D", "fr"));
        assertEquals("2 jours", Lifetimes.words("P2D", "fr"));
        assertEquals("30 minutes", Lifetimes.words("PT30M", "fr"));
        assertEquals("1 minute", Lifetimes.words("PT1M", "fr"));
        assertEquals("1 heure", Lifetimes.words("PT1H", "fr"));
        assertEquals("2 heures", Lifetimes.words("PT2H", "fr"));
        assertEquals("2 secondes", Lifetimes.words("PT2S", "fr"));
        assertEquals("1 an et 6 mois", Lifetimes.words("P1Y6M", "fr"));
        assertEquals("1 jour, 2 heures et 30 minutes", Lifetimes.words("P1DT2H30M", "fr"));
    }

    @Test
    void otherLanguagesGetEnglishAndALocaleWorksToo() {
        assertEquals("13 months", Lifetimes.words("P13M", "de"));
        assertEquals("13 months", Lifetimes.words("P13M", (String) null));
        assertEquals("13 mois", Lifetimes.words("P13M", "FR"));
        assertEquals("13 mois", Lifetimes.words("P13M", Locale.CANADA_FRENCH));
        assertEquals("2 days", Lifetimes.words("P2D", Locale.ENGLISH));
    }

    @Test
    void aLifetimeThatDoesNotReadIsShownAsWritten() {
        assertEquals("forever", Lifetimes.words(" forever ", "en"));
        assertEquals("", Lifetimes.words(null, "en"));
    }

    @Test
    void parsing() {
        assertNull(Lifetimes.parse("session"));
        assertEquals(Period.ofMonths(13), Lifetimes.parse("P13M"));
        assertEquals(Duration.ofMinutes(30), Lifetimes.parse("PT30M"));
        assertTrue(Lifetimes.isValid("P1DT12H"));
        for (String bad : new String[] {"", "SESSION", "13 months", "P0D", "PT0S", "P-1D", "PT-5M", "P1MT1H", null}) {
            assertFalse(Lifetimes.isValid(bad), bad);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lifetimes.parse("13 months"));
        assertTrue(e.getMessage().contains("P13M") && e.getMessage().contains("'13 months'"), e.getMessage());
    }

    @Test
    void thirteenMonthsIsTheLimitMonthsCountedAtTheirAverageLength() {
        for (String within : new String[] {"P13M", "P1Y1M", "P1Y", "P395D", "PT9496H", "P56W"}) {
            assertFalse(Lifetimes.exceedsThirteenMonths(Lifetimes.parse(within)), within);
        }
        for (String beyond : new String[] {"P14M", "P1Y2M", "P13M1D", "P396D", "PT9497H", "P57W", "P2Y"}) {
            assertTrue(Lifetimes.exceedsThirteenMonths(Lifetimes.parse(beyond)), beyond);
        }
        assertFalse(Lifetimes.exceedsThirteenMonths(null), "a session cookie");
    }
}

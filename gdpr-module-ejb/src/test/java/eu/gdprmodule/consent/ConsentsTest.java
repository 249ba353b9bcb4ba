package eu.gdprmodule.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.consent.CookieCatalogue.Category;
import eu.gdprmodule.consent.CookieCatalogue.Service;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * When a cookie's choice holds (maximum age, material policy changes, clock skew), what each
 * banner action records, and which of them is a withdrawal (Art. 7(3) GDPR).
 */
class ConsentsTest {

    private static final CookieCatalogue CATALOGUE = new CookieCatalogue(List.of(
            category("necessary", true, "session"),
            category("analytics", false, "matomo", "plausible"),
            category("marketing", false, "ads")));

    private static final ConsentSettings GPC_REFUSES_ALL = settings(Set.of("*"));

    private static final Period SIX_MONTHS = Period.ofMonths(6);

    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    private static Category category(String key, boolean essential, String... services) {
        return new Category(key, essential, LocalText.of(key), LocalText.of(key),
                java.util.Arrays.stream(services).map(s -> new Service(s, s, "Provider", LocalText.of(s), null, List.of())).toList());
    }

    private static ConsentSettings settings(Set<String> gpcCategories) {
        return new ConsentSettings("gdpr_consent", null, "auto", SIX_MONTHS, null, "cookies", gpcCategories, Map.of(), 10, null);
    }

    private static ConsentToken token(String givenAt, ConsentChoice choice) {
        return new ConsentToken("c-1", 1, Instant.parse(givenAt), choice);
    }

    private static ConsentStatus holding(ConsentChoice choice) {
        return new ConsentStatus(Optional.of(token("2024-01-01T00:00:00Z", choice)), true, false);
    }

    private static ConsentStatus noLongerHolding(ConsentChoice choice) {
        return new ConsentStatus(Optional.of(token("2024-01-01T00:00:00Z", choice)), false, true);
    }

    // when a choice holds

    @Test
    void aChoiceHoldsUntilTheLastSecondOfItsMaximumAge() {
        ConsentToken token = token("2024-01-31T10:00:00Z", ConsentChoice.all(CATALOGUE));
        ConsentStatus lastSecond = Consents.status(token, Instant.parse("2024-07-31T10:00:00Z"), SIX_MONTHS, LONG_AGO);
        assertTrue(lastSecond.decided());
        assertFalse(lastSecond.reconsent());
        ConsentStatus expired = Consents.status(token, Instant.parse("2024-07-31T10:00:01Z"), SIX_MONTHS, LONG_AGO);
        assertFalse(expired.decided());
        assertTrue(expired.reconsent(), "an expired choice asks again");
        assertEquals(Optional.of(token), expired.token(), "the token is kept so the consent id carries over");
    }

    @Test
    void theMaximumAgeEndsOnTheLastDayOfAShorterMonth() {
        ConsentToken token = token("2024-08-31T10:00:00Z", ConsentChoice.all(CATALOGUE));
        assertTrue(Consents.status(token, Instant.parse("2025-02-28T10:00:00Z"), SIX_MONTHS, LONG_AGO).decided());
        assertFalse(Consents.status(token, Instant.parse("2025-02-28T10:00:01Z"), SIX_MONTHS, LONG_AGO).decided());
    }

    @Test
    void aMaterialChangeOfThePolicyAfterTheChoiceAsksAgain() {
        ConsentToken token = token("2024-03-01T10:00:00Z", ConsentChoice.all(CATALOGUE));
        Instant now = Instant.parse("2024-03-02T10:00:00Z");
        assertTrue(Consents.status(token, now, SIX_MONTHS, Instant.parse("2024-03-01T09:59:59Z")).decided(), "changed before");
        ConsentStatus changedAfter = Consents.status(token, now, SIX_MONTHS, Instant.parse("2024-03-01T10:00:01Z"));
        assertFalse(changedAfter.decided());
        assertTrue(changedAfter.reconsent());
    }

    @Test
    void aPolicyPublishedInTheSameSecondAsTheChoiceWasNotWhatTheVisitorRead() {
        // the token keeps whole seconds: 10:00:00 may have been chosen before a publication at 10:00:00.700
        ConsentToken token = token("2024-03-01T10:00:00Z", ConsentChoice.all(CATALOGUE));
        Instant now = Instant.parse("2024-03-02T10:00:00Z");
        assertFalse(Consents.status(token, now, SIX_MONTHS, Instant.parse("2024-03-01T10:00:00.700Z")).decided());
        assertFalse(Consents.status(token, now, SIX_MONTHS, Instant.parse("2024-03-01T10:00:00Z")).decided());
        assertTrue(Consents.status(token, now, SIX_MONTHS, Instant.parse("2024-03-01T09:59:59.999Z")).decided());
    }

    @Test
    void aChoiceDatedMoreThanFiveMinutesAheadIsNotTrusted() {
        Instant now = Instant.parse("2024-03-01T10:00:00Z");
        assertTrue(Consents.status(token("2024-03-01T10:05:00Z", ConsentChoice.NONE), now, SIX_MONTHS, LONG_AGO).decided(),
                "five minutes of clock skew between servers");
        ConsentStatus ahead = Consents.status(token("2024-03-01T10:05:01Z", ConsentChoice.NONE), now, SIX_MONTHS, LONG_AGO);
        assertFalse(ahead.decided());
        assertTrue(ahead.reconsent());
    }

    // what a status grants

    @Test
    void withoutAChoiceOnlyTheEssentialCategoryIsGranted() {
        assertTrue(ConsentStatus.UNDECIDED.granted(CATALOGUE, "necessary"));
        assertFalse(ConsentStatus.UNDECIDED.granted(CATALOGUE, "analytics"));
        assertFalse(ConsentStatus.UNDECIDED.granted(CATALOGUE, "unknown"), "a category not in the catalogue");
        assertTrue(ConsentStatus.UNDECIDED.grantedService(CATALOGUE, "session"));
        assertFalse(ConsentStatus.UNDECIDED.grantedService(CATALOGUE, "matomo"));
        assertEquals(ConsentChoice.essentialOnly(CATALOGUE), ConsentStatus.UNDECIDED.choice(CATALOGUE));
    }

    @Test
    void aChoiceThatNoLongerHoldsGrantsNothingOptionalUntilTheVisitorChoosesAgain() {
        ConsentStatus expired = noLongerHolding(ConsentChoice.all(CATALOGUE));
        assertFalse(expired.granted(CATALOGUE, "analytics"));
        assertFalse(expired.grantedService(CATALOGUE, "matomo"));
        assertTrue(expired.granted(CATALOGUE, "necessary"));
        assertEquals(ConsentChoice.essentialOnly(CATALOGUE), expired.choice(CATALOGUE));
    }

    @Test
    void aChoiceThatHoldsGrantsTheCategoriesAndServicesAllowed() {
        ConsentStatus status = holding(ConsentChoice.custom(CATALOGUE, List.of(), List.of("matomo")));
        assertTrue(status.granted(CATALOGUE, "analytics"));
        assertTrue(status.grantedService(CATALOGUE, "matomo"));
        assertFalse(status.grantedService(CATALOGUE, "plausible"), "only the service chosen in its category");
        assertFalse(status.granted(CATALOGUE, "marketing"));
    }

    // what an action records

    @Test
    void acceptingAllWithoutAnEarlierChoiceRecordsAcceptAll() {
        Consents.Decision decision = decide("accept-all", List.of(), List.of(), ConsentStatus.UNDECIDED, false);
        assertEquals(ConsentMethod.ACCEPT_ALL, decision.method());
        assertEquals(ConsentChoice.all(CATALOGUE), decision.choice());
    }

    @Test
    void rejectingAllAfterAcceptingAllIsAWithdrawal() {
        Consents.Decision decision = decide("reject-all", List.of(), List.of(), holding(ConsentChoice.all(CATALOGUE)), false);
        assertEquals(ConsentMethod.WITHDRAWAL, decision.method());
        assertEquals(ConsentChoice.essentialOnly(CATALOGUE), decision.choice());
    }

    @Test
    void rejectingAllWhenTheEarlierChoiceNoLongerHoldsIsARefusalNotAWithdrawal() {
        Consents.Decision decision = decide("reject-all", List.of(), List.of(), noLongerHolding(ConsentChoice.all(CATALOGUE)), false);
        assertEquals(ConsentMethod.REJECT_ALL, decision.method());
    }

    @Test
    void droppingOneServiceOfACategoryIsAWithdrawal() {
        ConsentStatus both = holding(ConsentChoice.custom(CATALOGUE, List.of("analytics"), List.of()));
        Consents.Decision decision = decide("custom", List.of("analytics"), List.of("matomo"), both, false);
        assertEquals(ConsentMethod.WITHDRAWAL, decision.method());
        assertEquals(Set.of("necessary", "analytics"), decision.choice().categories());
        assertEquals(Set.of("session", "matomo"), decision.choice().services());
    }

    @Test
    void allowingMoreIsACustomChoiceNotAWithdrawal() {
        ConsentStatus analytics = holding(ConsentChoice.custom(CATALOGUE, List.of("analytics"), List.of()));
        Consents.Decision decision = decide("custom", List.of("analytics", "marketing"), List.of(), analytics, false);
        assertEquals(ConsentMethod.CUSTOM, decision.method());
        assertEquals(ConsentChoice.all(CATALOGUE), decision.choice());
    }

    @Test
    void grantingAServiceAddsItToTheChoiceThatHolds() {
        ConsentStatus analytics = holding(ConsentChoice.custom(CATALOGUE, List.of("analytics"), List.of()));
        Consents.Decision decision = decide("grant", List.of(), List.of("ads"), analytics, false);
        assertEquals(ConsentMethod.CUSTOM, decision.method());
        assertEquals(ConsentChoice.all(CATALOGUE), decision.choice());
    }

    @Test
    void closingTheBannerWithoutAnEarlierChoiceRefuses() {
        Consents.Decision decision = decide("close", List.of(), List.of(), ConsentStatus.UNDECIDED, false);
        assertEquals(ConsentMethod.CLOSED, decision.method());
        assertEquals(ConsentChoice.essentialOnly(CATALOGUE), decision.choice());
    }

    @Test
    void closingTheBannerKeepsAnEarlierChoiceThatHolds() {
        Consents.Decision decision = decide("close", List.of(), List.of(), holding(ConsentChoice.all(CATALOGUE)), false);
        assertEquals(ConsentMethod.CLOSED, decision.method(), "not a withdrawal");
        assertEquals(ConsentChoice.all(CATALOGUE), decision.choice());
    }

    @Test
    void aGlobalPrivacyControlSignalRefusingAnEarlierChoiceIsRecordedAsGpcNotWithdrawal() {
        Consents.Decision decision = decide("gpc", List.of(), List.of(), holding(ConsentChoice.all(CATALOGUE)), true);
        assertEquals(ConsentMethod.GPC, decision.method());
        assertEquals(ConsentChoice.essentialOnly(CATALOGUE), decision.choice());
    }

    @Test
    void aGlobalPrivacyControlSignalTakesTheCategoriesItRefusesOutOfAnAcceptAll() {
        Consents.Decision all = decide("accept-all", List.of(), List.of(), ConsentStatus.UNDECIDED, true);
        assertEquals(ConsentChoice.essentialOnly(CATALOGUE), all.choice(), "gpc-categories=* refuses every optional category");
        Consents.Decision marketingOnly = Consents.decide("accept-all", List.of(), List.of(), ConsentStatus.UNDECIDED, true,
                CATALOGUE, settings(Set.of("marketing")));
        assertEquals(Set.of("necessary", "analytics"), marketingOnly.choice().categories());
        assertEquals(ConsentMethod.ACCEPT_ALL, marketingOnly.method());
    }

    @Test
    void anUnknownActionIsRefusedNamingTheActionsThereAre() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> decide("accept", List.of(), List.of(), ConsentStatus.UNDECIDED, false));
        assertEquals("'accept' is not a consent action; send accept-all, reject-all, custom, close or grant.", refused.getMessage());
    }

    private static Consents.Decision decide(String action, List<String> categories, List<String> services, ConsentStatus previous,
            boolean gpc) {
        return Consents.decide(action, categories, services, previous, gpc, CATALOGUE, GPC_REFUSES_ALL);
    }
}

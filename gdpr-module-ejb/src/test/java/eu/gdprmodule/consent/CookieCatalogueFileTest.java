package eu.gdprmodule.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.consent.CookieCatalogue.Category;
import eu.gdprmodule.consent.CookieCatalogue.Cookie;
import eu.gdprmodule.consent.CookieCatalogue.Service;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the cookie catalogue reader refuses, and where it says the problem is. The banner and the
 * cookie policy are both written from the catalogue (Art. 5(3) ePrivacy Directive), so a file is
 * refused as a whole, and every problem must name the field to fix: each test asserts the exact
 * path reported.
 */
class CookieCatalogueFileTest {

    private static final String ESSENTIAL = """
            {
              "key": "essential",
              "essential": true,
              "name": {"en": "Essential", "fr": "Essentiels"},
              "description": {"en": "Needed for the site to work."},
              "services": [
                {"key": "session", "name": "Session", "provider": "Shop", "purpose": {"en": "Keeps you signed in."},
                 "cookies": [{"name": "JSESSIONID", "purpose": {"en": "Session identifier."}, "lifetime": "session"}]}
              ]
            }""";

    private static final String ANALYTICS = """
            {
              "key": "analytics",
              "essential": false,
              "name": {"en": "Audience measurement", "fr": "Mesure d’audience"},
              "description": {"en": "Counts visits.", "fr": "Compte les visites."},
              "services": [
                {"key": "matomo", "name": "Matomo", "provider": "InnoCraft", "purpose": {"en": "Statistics."},
                 "privacyUrl": "https://matomo.org/privacy-policy/",
                 "cookies": [
                   {"name": "_pk_id.*", "purpose": {"en": "Visitor identifier."}, "lifetime": "P13M"},
                   {"name": "_pk_ses.*", "purpose": {"en": "Visit."}, "lifetime": "PT30M"},
                   {"name": "_pk_ref.*", "purpose": {"en": "Referrer."}, "lifetime": "P6M"}
                 ]}
              ]
            }""";

    private static final String VALID = file(ESSENTIAL, ANALYTICS);

    @Test
    void aValidFileIsRead() {
        CookieCatalogue catalogue = CookieCatalogueFile.read(VALID);

        assertEquals(List.of("essential", "analytics"), catalogue.categories().stream().map(Category::key).toList());
        assertTrue(catalogue.category("essential").orElseThrow().essential());
        Service matomo = catalogue.service("matomo").orElseThrow();
        assertEquals("https://matomo.org/privacy-policy/", matomo.privacyUrl());
        assertEquals("Mesure d’audience", catalogue.category("analytics").orElseThrow().name().in("fr"));
        assertEquals("P13M", matomo.cookies().get(0).lifetime());
        assertTrue(matomo.cookies().get(0).matches("_pk_id.1.1fff"));
    }

    @Test
    void theMinimalFileOfTheDocumentationIsAccepted() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "cookie-catalogue.md"), StandardCharsets.UTF_8);
        String example = doc.substring(doc.indexOf("```json", doc.indexOf("## A minimal file")) + 7);
        example = example.substring(0, example.indexOf("```"));

        CookieCatalogue catalogue = CookieCatalogueFile.read(example);

        assertEquals(List.of("session", "matomo"), catalogue.services().map(Service::key).toList());
    }

    @Test
    void essentialMayBeLeftOutAndThenAsksForConsent() {
        CookieCatalogue catalogue = CookieCatalogueFile.read(file(replace(ANALYTICS, "\"essential\": false,", "")));
        assertFalse(catalogue.categories().get(0).essential());
    }

    @Test
    void textThatIsNotJsonIsRefusedAtTheRoot() {
        assertEquals(List.of("$"), paths("{\"format\": \"gdpr-cookies/1\", \"categories\": ["));
        assertEquals(List.of("$"), paths(""));
        assertEquals(List.of("$"), paths("   "));
        assertEquals(List.of("$"), paths("[]"), "a catalogue is an object, not a list");
    }

    @Test
    void contentAfterTheObjectIsRefused() {
        List<CatalogueProblem> problems = problems(VALID + "\n{\"format\": \"gdpr-cookies/1\", \"categories\": []}");
        assertEquals(List.of("$"), paths(problems));
        assertTrue(problems.get(0).message().startsWith("Unexpected content after the end"), problems.get(0).message());
        assertEquals(List.of("$"), paths(VALID + " x"));
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        List<CatalogueProblem> problems = problems(replace(VALID, "\"key\": \"analytics\",",
                "\"key\": \"analytics\", \"key\": \"stats\","));
        assertEquals(List.of("$"), paths(problems));
        assertTrue(problems.get(0).message().contains("'key'"), problems.get(0).message());
    }

    @Test
    void aFileWithoutItsFormatIsRefused() {
        assertEquals(List.of("format"), paths(replace(VALID, "\"format\": \"gdpr-cookies/1\",", "")));
        assertEquals(List.of("format"), paths(replace(VALID, "gdpr-cookies/1", "gdpr-register/1")));
    }

    @Test
    void aMisspeltFieldIsAnErrorNotSilentlyIgnored() {
        assertEquals(List.of("colour"), paths(replace(VALID, "\"format\":", "\"colour\": \"blue\", \"format\":")));
        // "lifeTime" for "lifetime": the unknown field is named, and the real one is then missing.
        assertEquals(List.of("categories[1].services[0].cookies[2].lifeTime", "categories[1].services[0].cookies[2].lifetime"),
                paths(replace(VALID, "\"lifetime\": \"P6M\"", "\"lifeTime\": \"P6M\"")));
        assertEquals(List.of("categories[1].services[0].privacyURL"), paths(replace(VALID, "\"privacyUrl\":", "\"privacyURL\":")));
    }

    @Test
    void missingAndMistypedFieldsAreNamed() {
        assertEquals(List.of("categories"), paths("{\"format\": \"gdpr-cookies/1\"}"));
        assertEquals(List.of("categories[0].services[0].cookies"),
                paths(replace(VALID, "\"cookies\": [{\"name\": \"JSESSIONID\", \"purpose\": {\"en\": \"Session identifier.\"}, "
                        + "\"lifetime\": \"session\"}]", "\"cookies\": {}")));
        assertEquals(List.of("categories[1].essential"), paths(replace(VALID, "\"essential\": false", "\"essential\": \"no\"")));
        assertEquals(List.of("categories[0].services[0].provider"), paths(replace(VALID, "\"provider\": \"Shop\"", "\"provider\": \" \"")));
        assertEquals(List.of("categories[1]"), paths(file(ESSENTIAL, "\"analytics\"")));
    }

    @Test
    void eachRefusalNamesItsField() {
        assertEquals(List.of("categories[1].key"), paths(replace(VALID, "\"analytics\"", "\"Analytics\"")));
        assertEquals(List.of("categories[1].key"), paths(replace(VALID, "\"analytics\"", "\"-analytics\"")));
        assertEquals(List.of("categories[1].key"), paths(replace(VALID, "\"analytics\"", "\"" + "a".repeat(41) + "\"")));
        assertEquals(List.of("categories[1].services[0].key"), paths(replace(VALID, "\"matomo\"", "\"mat omo\"")));
        assertEquals(List.of("categories[1].services[0].cookies[1].name"), paths(replace(VALID, "\"_pk_ses.*\"", "\"_pk ses\"")));
        assertEquals(List.of("categories[1].services[0].cookies[1].name"), paths(replace(VALID, "\"_pk_ses.*\"", "\"_pk;ses\"")));
        assertEquals(List.of("categories[1].services[0].cookies[1].name"), paths(replace(VALID, "\"_pk_ses.*\"", "\"**\"")));
        assertEquals(List.of("categories[1].services[0].name"), paths(replace(VALID, "\"Matomo\"", "\"" + "M".repeat(101) + "\"")));
        assertEquals(List.of("categories[1].description.en"),
                paths(replace(VALID, "\"Counts visits.\"", "\"" + "x".repeat(2001) + "\"")));
    }

    @Test
    void aPrivacyAddressIsHttpOrHttps() {
        String path = "categories[1].services[0].privacyUrl";
        assertEquals(List.of(path), paths(replace(VALID, "https://matomo.org/privacy-policy/", "javascript:alert(1)")));
        assertEquals(List.of(path), paths(replace(VALID, "https://matomo.org/privacy-policy/", "ftp://matomo.org/")));
        assertEquals(List.of(path), paths(replace(VALID, "https://matomo.org/privacy-policy/", "matomo.org/privacy")));
        assertEquals(List.of(path), paths(replace(VALID, "https://matomo.org/privacy-policy/", "https://matomo org/")));
        assertEquals("HTTP://matomo.org/", CookieCatalogueFile.read(replace(VALID, "https://matomo.org/privacy-policy/",
                "HTTP://matomo.org/")).service("matomo").orElseThrow().privacyUrl());
        assertEquals(null, CookieCatalogueFile.read(replace(VALID, "\"https://matomo.org/privacy-policy/\"", "null"))
                .service("matomo").orElseThrow().privacyUrl());
    }

    @Test
    void everyTextNeedsEnglishOrFrenchAndValidLanguageCodes() {
        // German alone: a visitor whose language is missing reads English, which there is none of.
        assertEquals(List.of("categories[0].services[0].purpose"),
                paths(replace(VALID, "{\"en\": \"Keeps you signed in.\"}", "{\"de\": \"Hält Sie angemeldet.\"}")));
        assertEquals(List.of("categories[0].services[0].purpose"), paths(replace(VALID, "{\"en\": \"Keeps you signed in.\"}", "{}")));
        // French alone is enough
        assertEquals("Vous garde connecté.", CookieCatalogueFile.read(replace(VALID, "{\"en\": \"Keeps you signed in.\"}",
                "{\"fr\": \"Vous garde connecté.\"}")).service("session").orElseThrow().purpose().in("en"));
        assertEquals(List.of("categories[0].name.EN", "categories[0].name"),
                paths(replace(VALID, "{\"en\": \"Essential\", \"fr\": \"Essentiels\"}", "{\"EN\": \"Essential\"}")));
        assertEquals(List.of("categories[0].name.fr"), paths(replace(VALID, "\"Essentiels\"", "\"  \"")));
        assertEquals(List.of("categories[0].name.fr"), paths(replace(VALID, "\"Essentiels\"", "42")));
        assertEquals(List.of("categories[0].name.french"), paths(replace(VALID, "\"fr\": \"Essentiels\"", "\"french\": \"Essentiels\"")));
        assertEquals(List.of("categories[0].name"), paths(replace(VALID, "{\"en\": \"Essential\", \"fr\": \"Essentiels\"}", "\"Essential\"")));
        assertEquals(List.of("categories[1].services[0].cookies[0].purpose"),
                paths(replace(VALID, "\"purpose\": {\"en\": \"Visitor identifier.\"}, ", "")));
    }

    @Test
    void aLifetimeIsSessionOrIso8601() {
        String path = "categories[1].services[0].cookies[2].lifetime";
        for (String bad : List.of("6 months", "P6", "P0D", "PT0S", "P-1M", "Session", "forever", "P1MT2H")) {
            List<CatalogueProblem> problems = problems(replace(VALID, "\"P6M\"", "\"" + bad + "\""));
            assertEquals(List.of(path), paths(problems), bad);
        }
        assertTrue(problems(replace(VALID, "\"P6M\"", "\"6 months\"")).get(0).message().contains("P13M"),
                "the message shows the expected form");
        for (String good : List.of("session", "P1Y", "P30D", "P2W", "PT30M", "PT1H", "P1DT12H", "P1Y1M", "P395D")) {
            assertEquals(good, CookieCatalogueFile.read(replace(VALID, "\"P6M\"", "\"" + good + "\""))
                    .service("matomo").orElseThrow().cookies().get(2).lifetime(), good);
        }
    }

    @Test
    void aLifetimeOverThirteenMonthsIsRefusedForAConsentCategoryCitingTheCnil() {
        for (String tooLong : List.of("P14M", "P2Y", "P1Y2M", "P396D", "PT9500H")) {
            List<CatalogueProblem> problems = problems(replace(VALID, "\"P6M\"", "\"" + tooLong + "\""));
            assertEquals(List.of("categories[1].services[0].cookies[2].lifetime"), paths(problems), tooLong);
            assertTrue(problems.get(0).message().contains("CNIL") && problems.get(0).message().contains("13 months"),
                    problems.get(0).message());
        }
    }

    @Test
    void anEssentialCookieMayLiveLongerThanThirteenMonths() {
        // The 13 months apply to trackers set with consent; a strictly necessary cookie is exempt.
        CookieCatalogue catalogue = CookieCatalogueFile.read(replace(VALID, "\"session\"}]}", "\"P2Y\"}]}"));
        assertEquals("P2Y", catalogue.service("session").orElseThrow().cookies().get(0).lifetime());
    }

    @Test
    void twoCategoriesWithTheSameKeyAreRefusedAtTheSecond() {
        String again = replace(replace(ANALYTICS, "\"matomo\"", "\"matomo-2\""), "_pk_", "_pk2_");
        List<CatalogueProblem> problems = problems(file(ESSENTIAL, ANALYTICS, again));
        assertEquals(List.of("categories[2].key"), paths(problems));
        assertTrue(problems.get(0).message().contains("categories[1]"), problems.get(0).message());
    }

    @Test
    void aServiceKeyIsUniqueAcrossTheWholeCatalogue() {
        // A visitor's choice names services by key: "session" in two categories would be ambiguous.
        String media = replace(replace(replace(ANALYTICS, "\"analytics\"", "\"media\""), "\"matomo\"", "\"session\""), "_pk_", "_yt_");
        List<CatalogueProblem> problems = problems(file(ESSENTIAL, ANALYTICS, media));
        assertEquals(List.of("categories[2].services[0].key"), paths(problems));
        assertTrue(problems.get(0).message().contains("categories[0].services[0]"), problems.get(0).message());
    }

    @Test
    void aCookieIsListedOnce() {
        assertEquals(List.of("categories[1].services[0].cookies[1].name"), paths(replace(VALID, "\"_pk_ses.*\"", "\"_pk_id.*\"")));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String bad = replace(replace(replace(VALID, "\"P13M\"", "\"P2Y\""), "\"matomo\"", "\"Matomo!\""), "\"Essentiels\"", "\"\"");
        assertEquals(List.of("categories[0].name.fr", "categories[1].services[0].key",
                "categories[1].services[0].cookies[0].lifetime"), paths(bad));
    }

    @Test
    void anEmptyCatalogueIsValid() {
        assertEquals(CookieCatalogue.EMPTY, CookieCatalogueFile.read("{\"format\": \"gdpr-cookies/1\", \"categories\": []}"));
    }

    @Test
    void writingThenReadingGivesTheSameCatalogue() {
        CookieCatalogue catalogue = CookieCatalogueFile.read(VALID);

        String written = CookieCatalogueFile.write(catalogue);

        assertEquals(catalogue, CookieCatalogueFile.read(written));
        assertEquals(written, CookieCatalogueFile.write(CookieCatalogueFile.read(written)));
        assertTrue(written.startsWith("{\n"), "indented for people and version control: " + written);
        assertTrue(written.contains("\"format\": \"gdpr-cookies/1\""), written);
        assertTrue(written.endsWith("}\n"), written);
    }

    @Test
    void aCatalogueBuiltInCodeRoundTripsAndIsCheckedWithTheSamePaths() {
        LocalText purpose = new LocalText(Map.of("en", "Plays videos", "fr", "Lit les vidéos"));
        CookieCatalogue catalogue = new CookieCatalogue(List.of(new Category("media", false, LocalText.of("Media"),
                LocalText.of("Embedded videos"), List.of(new Service("video", "Video", "PeerTube (Framasoft)", purpose, null,
                        List.of(new Cookie("peertube-*", purpose, "P6M")))))));

        assertEquals(List.of(), CookieCatalogueFile.problems(catalogue));
        assertEquals(catalogue, CookieCatalogueFile.read(CookieCatalogueFile.write(catalogue)));

        CookieCatalogue tooLong = new CookieCatalogue(List.of(new Category("media", false, LocalText.of("Media"),
                LocalText.of("Embedded videos"), List.of(new Service("video", "Video", null, purpose, "javascript:x",
                        List.of(new Cookie("peertube-*", purpose, "P2Y")))))));
        assertEquals(List.of("categories[0].services[0].provider", "categories[0].services[0].privacyUrl",
                "categories[0].services[0].cookies[0].lifetime"),
                CookieCatalogueFile.problems(tooLong).stream().map(CatalogueProblem::path).toList());
        assertThrows(InvalidCookieCatalogue.class, () -> CookieCatalogueFile.check(tooLong));
    }

    @Test
    void theShopCatalogueIsValidAndKeepsConsentedCookiesWithinThirteenMonths() throws IOException {
        String json = Files.readString(Path.of("..", "examples", "demo-shop", "src", "main", "resources", "META-INF", "gdpr",
                "cookies.json"), StandardCharsets.UTF_8);

        CookieCatalogue catalogue = CookieCatalogueFile.read(json);

        assertEquals(List.of("essential", "analytics", "media"), catalogue.categories().stream().map(Category::key).toList());
        assertEquals(List.of("session", "consent", "shop-analytics", "video"), catalogue.services().map(Service::key).toList());
        assertTrue(catalogue.category("essential").orElseThrow().essential());
        assertEquals(List.of("analytics", "media"), catalogue.optional().stream().map(Category::key).toList());
        assertEquals("P6M", catalogue.service("consent").orElseThrow().cookies().get(0).lifetime());
        assertTrue(catalogue.service("video").orElseThrow().cookies().get(0).matches("peertube-player-volume"));
        catalogue.services().flatMap(s -> s.cookies().stream()).forEach(c -> {
            assertFalse(c.purpose().texts().getOrDefault("en", "").isBlank(), c.name());
            assertFalse(c.purpose().texts().getOrDefault("fr", "").isBlank(), c.name());
        });
        assertEquals(json, CookieCatalogueFile.write(catalogue), "the shop's file is as the module writes it");
    }

    @Test
    void anInvalidKeySaysWhatAKeyIs() {
        assertEquals(List.of(new CatalogueProblem("categories[1].key", "'Analytics' is not a valid key: use 1 to 40 lower-case letters,"
                + " digits and hyphens, starting with a letter or a digit, such as 'analytics'.")),
                problems(replace(VALID, "\"analytics\"", "\"Analytics\"")));
        assertEquals(List.of(new CatalogueProblem("categories[1].services[0].key", "'mat omo' is not a valid key: use 1 to 40"
                + " lower-case letters, digits and hyphens, starting with a letter or a digit, such as 'matomo'.")),
                problems(replace(VALID, "\"matomo\"", "\"mat omo\"")));
    }

    @Test
    void aDuplicateNamesWhereTheFirstIs() {
        String again = replace(replace(ANALYTICS, "\"matomo\"", "\"matomo-2\""), "_pk_", "_pk2_");
        assertEquals(List.of(new CatalogueProblem("categories[2].key",
                "Another category (categories[1]) already has the key 'analytics': category keys must be unique.")),
                problems(file(ESSENTIAL, ANALYTICS, again)));
        assertEquals(List.of(new CatalogueProblem("categories[1].services[0].cookies[1].name", "The cookie '_pk_id.*' is already"
                + " listed (categories[1].services[0].cookies[0]): list each cookie once, under the service that sets it.")),
                problems(replace(VALID, "\"_pk_ses.*\"", "\"_pk_id.*\"")));
    }

    @Test
    void aCookieNameOfOnlyStarsWouldStandForEveryCookie() {
        assertEquals(List.of(new CatalogueProblem("categories[1].services[0].cookies[1].name",
                "'*' would stand for every cookie: name the cookie, or a pattern with some fixed characters such as _pk_id.*")),
                problems(replace(VALID, "\"_pk_ses.*\"", "\"*\"")));
        assertTrue(problems(replace(VALID, "\"_pk_ses.*\"", "\"_pk;ses\"")).get(0).message()
                .startsWith("'_pk;ses' is not a cookie name: use at most"), "a character RFC 6265 forbids");
    }

    @Test
    void aTextWithoutEnglishOrFrenchAndABadLanguageCodeAreExplained() {
        assertEquals(List.of(new CatalogueProblem("categories[0].name.EN",
                        "'EN' is not a language code: use the 2 or 3 lower-case letters of ISO 639, such as en or fr."),
                new CatalogueProblem("categories[0].name", "Give this text in English (\"en\") or French (\"fr\") at least:"
                        + " a visitor whose language is missing reads it in English.")),
                problems(replace(VALID, "{\"en\": \"Essential\", \"fr\": \"Essentiels\"}", "{\"EN\": \"Essential\"}")));
        assertEquals(List.of(new CatalogueProblem("categories[0].name.fr", "Write the text in this language, or remove the language.")),
                problems(replace(VALID, "\"Essentiels\"", "\"  \"")));
    }

    @Test
    void aTooLongTextOrLifetimeSaysTheLimit() {
        assertEquals(List.of(new CatalogueProblem("categories[1].description.en", "Shorten this text to at most 2000 characters (it has 2001).")),
                problems(replace(VALID, "\"Counts visits.\"", "\"" + "x".repeat(2001) + "\"")));
        assertTrue(problems(replace(VALID, "\"P6M\"", "\"P14M\"")).get(0).message()
                .startsWith("'P14M' is longer than 13 months: the CNIL recommends"));
    }

    @Test
    void aPrivacyAddressThatIsNotWebSaysWhatToGive() {
        assertEquals(List.of(new CatalogueProblem("categories[1].services[0].privacyUrl", "Give the provider's privacy policy as an"
                + " http or https address, such as https://matomo.org/privacy-policy/ (found 'ftp://matomo.org/').")),
                problems(replace(VALID, "https://matomo.org/privacy-policy/", "ftp://matomo.org/")));
    }

    @Test
    void aBlankRequiredFieldAndAnUnknownFieldAreExplained() {
        assertEquals(List.of(new CatalogueProblem("categories[0].services[0].provider", "This field is required and may not be blank.")),
                problems(replace(VALID, "\"provider\": \"Shop\"", "\"provider\": \" \"")));
        assertEquals(List.of(new CatalogueProblem("colour", "Unknown field 'colour'; the fields here are format, categories.")),
                problems(replace(VALID, "\"format\":", "\"colour\": \"blue\", \"format\":")));
        assertEquals(List.of(new CatalogueProblem("format", "Say which format this file uses: \"format\": \"gdpr-cookies/1\".")),
                problems(replace(VALID, "\"format\": \"gdpr-cookies/1\",", "")));
    }

    private static List<String> paths(String json) {
        return paths(problems(json));
    }

    private static List<String> paths(List<CatalogueProblem> problems) {
        return problems.stream().map(CatalogueProblem::path).toList();
    }

    private static List<CatalogueProblem> problems(String json) {
        return assertThrows(InvalidCookieCatalogue.class, () -> CookieCatalogueFile.read(json), json).problems();
    }

    private static String file(String... categories) {
        return "{\n  \"format\": \"gdpr-cookies/1\",\n  \"categories\": [\n" + String.join(",\n", categories) + "\n  ]\n}\n";
    }

    /** Replaces text that must be there, so a test cannot pass by editing nothing. */
    private static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), "the test's file has no " + from);
        return text.replace(from, to);
    }
}

package eu.gdprmodule.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.consent.CookieCatalogue;
import eu.gdprmodule.consent.CookieCatalogue.Category;
import eu.gdprmodule.consent.CookieCatalogue.Cookie;
import eu.gdprmodule.consent.CookieCatalogue.Service;
import eu.gdprmodule.consent.CookieCatalogueFile;
import eu.gdprmodule.consent.LocalText;
import eu.gdprmodule.register.RegisterDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code {{gdpr:cookies}}} says what the cookie catalogue says (Art. 5(3) ePrivacy Directive:
 * clear and comprehensive information), in the page's language: per category whether consent is
 * needed, then each cookie's name, service and provider, purpose and lifetime.
 */
class CookieSectionsTest {

    private static final RegisterDocument REGISTER = new RegisterDocument(new ControllerIdentity("Boutique SAS",
            "1 rue de Rivoli, 75001 Paris, France", "privacy@boutique.example", null, null, null), List.of(), List.of(), List.of());

    private static final CookieCatalogue CATALOGUE = new CookieCatalogue(List.of(
            new Category("essential", true, text("Essential", "Essentiels"),
                    text("Needed for the site to work.", "Nécessaires au fonctionnement du site."),
                    List.of(new Service("session", "Session", "Boutique SAS", text("Keeps you signed in.", "Vous garde connecté."),
                            null, List.of(new Cookie("JSESSIONID", text("Session identifier.", "Identifiant de session."),
                                    "session"))))),
            new Category("analytics", false, text("Audience measurement", "Mesure d’audience"),
                    text("Counts visits.", "Compte les visites."),
                    List.of(new Service("matomo", "Matomo", "InnoCraft", text("Statistics.", "Statistiques."),
                            "https://matomo.org/privacy-policy/", List.of(
                                    new Cookie("_pk_id.*", text("Visitor identifier.", "Identifiant du visiteur."), "P13M"),
                                    new Cookie("_pk_ses.*", text("Groups a visit's pages.", "Regroupe les pages d’une visite."),
                                            "PT30M")))))));

    private final PolicyRenderer renderer = new PolicyRenderer();

    @Test
    void theSectionIsKnownAndReplacedByTheCookieTable() {
        Rendering page = render("# Cookies\n\nIntro.\n\n{{gdpr:cookies}}\n\nEnd.", CATALOGUE, Locale.ENGLISH);

        assertEquals(List.of(GeneratedSection.COOKIES), page.sections());
        assertEquals(List.of(), page.problems());
        assertEquals(List.of(), page.removed());
        assertEquals(List.of(), renderer.problems("{{gdpr:cookies}}"));
        assertTrue(page.html().contains("<section class=\"gdpr-section gdpr-section-cookies\">\n<h2>Cookies and similar "
                + "technologies we use</h2>"), page.html());
        assertTrue(page.html().contains("<th scope=\"col\">Cookie</th><th scope=\"col\">Service (provider)</th>"
                + "<th scope=\"col\">Purpose</th><th scope=\"col\">Lifetime</th>"), page.html());
        assertFalse(page.html().contains("{{"), page.html());
    }

    @Test
    void eachCategorySaysWhetherItNeedsConsentAndListsItsCookiesInEnglish() {
        Rendering page = render("{{gdpr:cookies}}", CATALOGUE, Locale.ENGLISH);
        List<String> lines = PolicyHtml.textLines(page.html());

        assertEquals(List.of(
                "Cookies and similar technologies we use",
                "Essential",
                "Needed for the site to work.",
                "Consent required: no. These cookies are strictly necessary to provide the service you ask for, so they "
                        + "are exempt from consent (Article 5(3) of the ePrivacy Directive, article 82 of the French Data "
                        + "Protection Act).",
                "Services:",
                "Session (Boutique SAS): Keeps you signed in.",
                "Cookie | Service (provider) | Purpose | Lifetime",
                "JSESSIONID | Session (Boutique SAS) | Session identifier. | Session",
                "Audience measurement",
                "Counts visits.",
                "Consent required: yes. These cookies are only set if you accept them; you can withdraw your consent "
                        + "at any time, as easily as you gave it.",
                "Services:",
                "Matomo (InnoCraft): Statistics. – privacy policy",
                "Cookie | Service (provider) | Purpose | Lifetime",
                "_pk_id.* | Matomo (InnoCraft) | Visitor identifier. | 13 months",
                "_pk_ses.* | Matomo (InnoCraft) | Groups a visit's pages. | 30 minutes",
                "In cookie names, * stands for any characters."), lines);
        assertTrue(page.html().contains("<a href=\"https://matomo.org/privacy-policy/\">privacy policy</a>"), page.html());
    }

    @Test
    void theSameTableInFrench() {
        List<String> lines = PolicyHtml.textLines(render("{{gdpr:cookies}}", CATALOGUE, Locale.FRENCH).html());

        assertEquals("Cookies et traceurs que nous utilisons", lines.get(0));
        assertTrue(lines.contains("Essentiels"), lines.toString());
        assertTrue(lines.contains("Consentement requis : non. Ces cookies sont strictement nécessaires au service que vous "
                + "demandez et sont donc exemptés de consentement (article 5(3) de la directive ePrivacy, article 82 de la "
                + "loi Informatique et Libertés)."), lines.toString());
        assertTrue(lines.contains("Consentement requis : oui. Ces cookies ne sont déposés que si vous les acceptez ; vous "
                + "pouvez retirer votre consentement à tout moment, aussi simplement que vous l’avez donné."), lines.toString());
        assertTrue(lines.contains("Cookie | Service (émetteur) | Finalité | Durée de vie"), lines.toString());
        assertTrue(lines.contains("JSESSIONID | Session (Boutique SAS) | Identifiant de session. | Session"), lines.toString());
        assertTrue(lines.contains("_pk_id.* | Matomo (InnoCraft) | Identifiant du visiteur. | 13 mois"), lines.toString());
        assertTrue(lines.contains("Matomo (InnoCraft) : Statistiques. – politique de confidentialité"), lines.toString());
        assertTrue(lines.contains("Dans les noms de cookies, * remplace n’importe quelle suite de caractères."), lines.toString());
    }

    @Test
    void aTextMissingInTheLanguageFallsBackToEnglish() {
        CookieCatalogue english = new CookieCatalogue(List.of(new Category("media", false, LocalText.of("Media"),
                LocalText.of("Videos."), List.of(new Service("video", "Video", "Video", LocalText.of("Plays videos."), null,
                        List.of(new Cookie("vid", LocalText.of("Player settings."), "P1Y")))))));

        List<String> lines = PolicyHtml.textLines(render("{{gdpr:cookies}}", english, Locale.FRENCH).html());

        assertTrue(lines.contains("vid | Video | Player settings. | 1 an"), lines.toString());
        assertTrue(lines.contains("Video : Plays videos."), "a provider that is the service is not repeated: " + lines);
    }

    @Test
    void anEmptyCatalogueSaysNoCookieIsCatalogued() {
        assertEquals(List.of("Cookies and similar technologies we use", "No cookie is listed in our cookie catalogue."),
                PolicyHtml.textLines(render("{{gdpr:cookies}}", CookieCatalogue.EMPTY, Locale.ENGLISH).html()));
        assertEquals(List.of("Cookies et traceurs que nous utilisons",
                "Aucun cookie n’est répertorié dans notre catalogue de cookies."),
                PolicyHtml.textLines(render("{{gdpr:cookies}}", null, Locale.FRENCH).html()));
        // The three-argument context, which other callers use, has no catalogue.
        Rendering page = renderer.render("{{gdpr:cookies}}", new RenderContext(REGISTER, Locale.ENGLISH, null));
        assertEquals(CookieCatalogue.EMPTY, new RenderContext(REGISTER, Locale.ENGLISH, null).cookies());
        assertTrue(PolicyHtml.text(page.html()).contains("No cookie is listed in our cookie catalogue."), page.html());
    }

    @Test
    void aCategoryWithoutCookiesSaysSo() {
        CookieCatalogue noCookie = new CookieCatalogue(List.of(new Category("media", false, LocalText.of("Media"),
                LocalText.of("Videos."), List.of())));

        List<String> lines = PolicyHtml.textLines(render("{{gdpr:cookies}}", noCookie, Locale.ENGLISH).html());

        assertEquals("No cookie is listed in this category.", lines.get(lines.size() - 1));
        assertFalse(lines.contains("Services:"), lines.toString());
    }

    @Test
    void aPatternNameIsCodeAndExplained() {
        String html = render("{{gdpr:cookies}}", CATALOGUE, Locale.ENGLISH).html();

        assertTrue(html.contains("<td><code>_pk_id.*</code></td>"), html);
        assertTrue(html.contains("<td><code>JSESSIONID</code></td>"), html);
        assertTrue(html.contains("<p>In cookie names, * stands for any characters.</p>"), html);
        // the explanation follows only tables that have a pattern: once here, after the analytics table
        assertEquals(1, html.split("stands for any characters", -1).length - 1, html);
    }

    @Test
    void catalogueTextsAreEscapedAndNeverCountAsRemovedHtml() {
        LocalText evil = new LocalText(Map.of("en", "<script>alert(1)</script> & more"));
        CookieCatalogue catalogue = new CookieCatalogue(List.of(new Category("x", false, evil, evil,
                List.of(new Service("s", "<script>alert('name')</script>", "<b>Provider</b>", evil,
                        "javascript:alert(1)", List.of(new Cookie("<script>", evil, "P1D")))))));

        Rendering page = render("{{gdpr:cookies}}", catalogue, Locale.ENGLISH);

        assertEquals(List.of(), page.removed());
        assertTrue(PolicyHtml.isSafe(page.html()));
        assertFalse(page.html().contains("<script>"), page.html());
        assertFalse(page.html().contains("javascript:"), "an address that is not http(s) is not made a link: " + page.html());
        assertTrue(page.html().contains("<td><code>&lt;script&gt;</code></td>"), page.html());
        assertTrue(page.html().contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"), page.html());
        assertTrue(PolicyHtml.text(page.html()).contains("<script>alert('name')</script> (<b>Provider</b>)"), page.html());
    }

    @Test
    void theShopCookiePoliciesRenderFromTheShopCatalogueInBothLanguages() throws IOException {
        Path gdpr = Path.of("..", "examples", "demo-shop", "src", "main", "resources", "META-INF", "gdpr");
        CookieCatalogue shop = CookieCatalogueFile.read(Files.readString(gdpr.resolve("cookies.json"), StandardCharsets.UTF_8));

        for (String language : List.of("en", "fr")) {
            String source = Files.readString(gdpr.resolve("policies/cookies." + language + ".md"), StandardCharsets.UTF_8);
            Rendering page = render(source, shop, Locale.forLanguageTag(language));
            String text = PolicyHtml.text(page.html());

            assertEquals(List.of(GeneratedSection.COOKIES), page.sections(), language);
            assertTrue(page.clean(), page.problems() + " " + page.removed());
            for (String fact : List.of("JSESSIONID", "gdpr_consent", "_sa_id", "_sa_ses", "peertube-*",
                    "PeerTube (Framasoft)", "https://framatube.org/about/instance")) {
                assertTrue(text.contains(fact) || page.html().contains(fact), language + ": " + fact + " in " + text);
            }
        }
        List<String> english = PolicyHtml.textLines(render("{{gdpr:cookies}}", shop, Locale.ENGLISH).html());
        assertTrue(english.contains("gdpr_consent | Cookie choices (Demo Shop SAS) | Remembers your cookie choices: which "
                + "categories and services you accepted or refused. | 6 months"), english.toString());
        assertTrue(PolicyHtml.textLines(render("{{gdpr:cookies}}", shop, Locale.FRENCH).html())
                .contains("_sa_ses | Shop statistics (Demo Shop SAS) | Regroupe les pages que vous consultez au cours d’une "
                        + "même visite. | 30 minutes"), "the French table");
    }

    @Test
    void theCookieTemplatesPlaceTheSection() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            String source = PolicyTemplates.template("cookies", locale).orElseThrow();
            Rendering page = render(source, CATALOGUE, locale);

            assertEquals(List.of(GeneratedSection.COOKIES), page.sections(), locale.toString());
            assertTrue(page.clean(), page.problems() + " " + page.removed());
        }
    }

    private Rendering render(String source, CookieCatalogue catalogue, Locale locale) {
        return renderer.render(source, new RenderContext(REGISTER, locale, null, catalogue));
    }

    private static LocalText text(String english, String french) {
        return new LocalText(Map.of("en", english, "fr", french));
    }
}

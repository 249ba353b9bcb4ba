package eu.gdprmodule.web.admin;

import static eu.gdprmodule.web.admin.AdminConsoleIT.ADMIN;
import static eu.gdprmodule.web.admin.AdminConsoleIT.DPO;
import static eu.gdprmodule.web.admin.AdminConsoleIT.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.web.TestHost;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Policies over HTTP on a real Payara Micro: drafts published into numbered versions that stay
 * readable, the public pages and JSON in the visitor's language, script refused at the door,
 * clean 404s, and writes only for administrators from the version they read.
 */
@ExtendWith(ArquillianExtension.class)
class PolicyApiIT {

    static final String ADMIN_API = "/gdpr/api/admin/policies";

    @Deployment(testable = false)
    static WebArchive host() {
        return TestHost.war("policy-api")
                .addClass(AdminConsoleITSecurity.class)
                .addAsWebInfResource(new StringAsset(AdminConsoleITSecurity.WEB_XML), "web.xml")
                .addAsWebInfResource(new StringAsset(AdminConsoleITSecurity.PAYARA_WEB_XML), "payara-web.xml");
    }

    @ArquillianResource
    URL base;

    private ConsoleHttp http;
    private String slug;

    @BeforeEach
    void newPolicy() {
        http = new ConsoleHttp(base);
        slug = "terms-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = http.write(ADMIN, "POST", ADMIN_API, "{\"slug\":\"" + slug + "\"}");
        assertEquals(201, created.statusCode(), created.body());
    }

    @Test
    void eachPublicationIsANewVersionAndEveryVersionStaysReadable() throws Exception {
        publish("en", "Terms", "# Terms\n\nWe keep invoices **ten years**.", "First version", false);
        publish("en", "Terms", "# Terms\n\nWe keep invoices **six years**.", "Shorter retention of invoices", true);

        Document current = page("/gdpr/policies/" + slug, "en");
        assertTrue(current.text().contains("six years"), current.text());
        assertTrue(current.selectFirst(".gdpr-policy-updated").text().startsWith("Last updated:"));
        assertEquals(0, current.select("script").size(), "a policy page runs no script");
        Document history = page("/gdpr/policies/" + slug + "/history", "en");
        assertEquals(2, history.select("table.gdpr-policy-versions tbody tr").size());
        assertTrue(history.text().contains("Shorter retention of invoices") && history.text().contains("First version"));
        assertEquals("Yes", history.select("tbody tr").get(0).child(3).text(), "the newest, a material change");
        assertEquals("No", history.select("tbody tr").get(1).child(3).text());

        Document first = page("/gdpr/policies/" + slug + "/versions/1", "en");
        assertTrue(first.text().contains("ten years"), "the first version reads as it was published");
        assertFalse(first.text().contains("six years"));
        assertTrue(first.selectFirst(".gdpr-policy-superseded") != null, "and says it is no longer in force");

        JsonObject inForce = Json.createReader(new java.io.StringReader(get("/gdpr/api/policies/" + slug, "en").body())).readObject();
        assertEquals(2, inForce.getInt("version"));
        assertTrue(inForce.getBoolean("material"));
        assertTrue(inForce.getString("html").contains("six years"));
        JsonArray versions = Json.createReader(new java.io.StringReader(get("/gdpr/api/policies/" + slug + "/versions", "en")
                .body())).readObject().getJsonArray("versions");
        assertEquals(2, versions.size());

        JsonObject diff = json(http.get(DPO, ADMIN_API + "/" + slug + "/diff/en?from=1&to=2"));
        assertTrue(diff.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .anyMatch(r -> r.getString("kind").equals("changed") && r.getString("before").contains("<del>")
                        && r.getString("after").contains("six")), diff.toString());
    }

    @Test
    void theVisitorsLanguageIsShownWithAFallback() throws Exception {
        publish("en", "Terms", "Text in English.", "First version", false);
        publish("fr", "Conditions", "Texte en français.", "Première version", false);

        assertTrue(page("/gdpr/policies/" + slug, "fr-FR,fr;q=0.9").text().contains("Texte en français"));
        Document french = page("/gdpr/policies/" + slug, "fr-FR,fr;q=0.9");
        assertEquals("fr", french.selectFirst("html").attr("lang"));
        assertTrue(french.selectFirst(".gdpr-policy-updated").text().startsWith("Dernière mise à jour"));
        assertTrue(page("/gdpr/policies/" + slug, "de-DE,de;q=0.9").text().contains("Text in English"),
                "German is not published: the default language");
        assertTrue(page("/gdpr/policies/" + slug + "?lang=fr", "en").text().contains("Texte en français"),
                "the language switch wins over the browser's language");
        assertEquals("fr", Json.createReader(new java.io.StringReader(get("/gdpr/api/policies/" + slug, "fr").body()))
                .readObject().getString("language"));
    }

    @Test
    void scriptInADraftIsRefusedWithWhatToRemoveAndNothingIsSaved() {
        for (String attack : new String[] {"Hello <script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "[click](javascript:alert(1))", "<iframe src=\"https://evil.example\"></iframe>"}) {
            HttpResponse<String> refused = saveDraft("en", "Terms", attack, "First version", false, null);
            assertEquals(400, refused.statusCode(), attack + " -> " + refused.body());
            assertTrue(refused.body().contains("not allowed"), refused.body());
        }
        assertEquals(404, http.get(ADMIN, ADMIN_API + "/" + slug + "/drafts/en").statusCode(), "no draft was saved");

        HttpResponse<String> notABoolean = http.write(ADMIN, "PUT", ADMIN_API + "/" + slug + "/drafts/en",
                "{\"title\":\"Terms\",\"source\":\"Text.\",\"material\":\"yes\"}");
        assertEquals(400, notABoolean.statusCode(), notABoolean.body());
        assertTrue(notABoolean.body().contains("true or false"), notABoolean.body());

        HttpResponse<String> unknownSection = saveDraft("en", "Terms", "{{gdpr:horoscope}}", "First version", false, null);
        assertEquals(400, unknownSection.statusCode());
        assertTrue(unknownSection.body().contains("horoscope"), unknownSection.body());
    }

    @Test
    void unknownPoliciesAndVersionsAreCleanNotFoundPages() throws Exception {
        HttpResponse<String> noPolicy = get("/gdpr/policies/no-such-policy", "en");
        assertEquals(404, noPolicy.statusCode());
        assertTrue(noPolicy.body().contains("no published policy named"), noPolicy.body());
        assertFalse(noPolicy.body().contains("Exception"));

        publish("en", "Terms", "Text.", "First version", false);
        for (String version : new String[] {"7", "abc", "-1", "99999999999"}) {
            HttpResponse<String> missing = get("/gdpr/policies/" + slug + "/versions/" + version, "en");
            assertEquals(404, missing.statusCode(), version);
            assertTrue(missing.body().contains("history lists every version"), missing.body());
        }
        HttpResponse<String> json = get("/gdpr/api/policies/no-such-policy", "en");
        assertEquals(404, json.statusCode());
        assertTrue(json.body().contains("no-such-policy"), json.body());
        assertEquals(404, get("/gdpr/api/policies/" + slug + "/versions/9", "en").statusCode());
    }

    @Test
    void onlyAnAdministratorWritesAndOnlyFromTheDraftItRead() {
        HttpResponse<String> byDpo = saveDraft("en", "Terms", "Text.", "First", false, null, DPO);
        assertEquals(403, byDpo.statusCode(), byDpo.body());
        HttpResponse<String> saved = saveDraft("en", "Terms", "Text.", "First", false, null);
        assertEquals(200, saved.statusCode(), saved.body());
        String etag = saved.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> blind = saveDraft("en", "Terms", "Other text.", "First", false, null);
        assertEquals(428, blind.statusCode(), "a draft exists: overwriting it needs its ETag");
        assertEquals(200, saveDraft("en", "Terms", "Mine.", "First", false, etag).statusCode());
        HttpResponse<String> stale = saveDraft("en", "Terms", "Theirs.", "First", false, etag);
        assertEquals(409, stale.statusCode(), "saved by someone since: " + stale.body());

        assertEquals(403, http.write(DPO, "POST", ADMIN_API + "/" + slug + "/drafts/en/publish", null).statusCode());
        HttpResponse<String> published = http.write(ADMIN, "POST", ADMIN_API + "/" + slug + "/drafts/en/publish", null);
        assertEquals(201, published.statusCode(), published.body());
        assertEquals(1, json(published).getInt("version"));
        assertTrue(json(http.get(DPO, ADMIN_API + "/" + slug + "/versions/en/1")).getString("source").contains("Mine."),
                "the DPO reads what was published, source included");
    }

    private void publish(String language, String title, String source, String summary, boolean material) {
        HttpResponse<String> saved = saveDraft(language, title, source, summary, material, null);
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> published = http.write(ADMIN, "POST", ADMIN_API + "/" + slug + "/drafts/" + language + "/publish", null);
        assertEquals(201, published.statusCode(), published.body());
    }

    private HttpResponse<String> saveDraft(String language, String title, String source, String summary, boolean material,
            String ifMatch) {
        return saveDraft(language, title, source, summary, material, ifMatch, ADMIN);
    }

    private HttpResponse<String> saveDraft(String language, String title, String source, String summary, boolean material,
            String ifMatch, String user) {
        String body = Json.createObjectBuilder().add("title", title).add("source", source).add("summary", summary)
                .add("material", material).build().toString();
        return http.write(user, "PUT", ADMIN_API + "/" + slug + "/drafts/" + language, body, ifMatch);
    }

    private Document page(String path, String acceptLanguage) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, acceptLanguage);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> get(String path, String acceptLanguage) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toExternalForm())
                    .resolve(path.replaceFirst("^/", ""))).header("Accept-Language", acceptLanguage).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

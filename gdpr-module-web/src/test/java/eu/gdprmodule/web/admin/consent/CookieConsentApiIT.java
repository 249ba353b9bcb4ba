package eu.gdprmodule.web.admin.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.web.TestHost;
import eu.gdprmodule.web.admin.AdminConsoleITSecurity;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cookie consent console API on a real Payara Micro: the catalogue read by both roles and
 * replaced by an administrator from the revision they read (428 without one, 409 naming who
 * saved since, 400 with every problem's path), and the consent log searched by reference, period
 * and method, exported as CSV that a spreadsheet cannot run, with the banner text each proof
 * points to (Art. 7(1) GDPR).
 */
@ExtendWith(ArquillianExtension.class)
class CookieConsentApiIT {

    static final String ADMIN = "admin@it.example";
    static final String DPO = "dpo@it.example";
    static final String CATALOGUE = "/gdpr/api/admin/cookie-catalogue";
    static final String PROOFS = "/gdpr/api/admin/consents";

    @Deployment(testable = false)
    static WebArchive host() {
        // A database of its own: the catalogue saved here would otherwise be the one other test
        // hosts find, and a host imports its shipped catalogue only into a database that has none.
        String schema = System.getProperty("it.db.schema", "");
        String database = schema.isBlank()
                ? "gdpr.data.dir=" + Path.of(System.getProperty("it.build.dir", "target"), "it-data-cookie-consent")
                        .toAbsolutePath().toString().replace('\\', '/')
                : "gdpr.db.schema=" + schema + "_cookies";
        return TestHost.war("cookie-consent-api", "config_ordinal=500\n" + database)
                .addClasses(AdminConsoleITSecurity.class, ProofSeeder.class)
                .addAsWebInfResource(new StringAsset(AdminConsoleITSecurity.WEB_XML), "web.xml")
                .addAsWebInfResource(new StringAsset(AdminConsoleITSecurity.PAYARA_WEB_XML), "payara-web.xml");
    }

    @ArquillianResource
    URL base;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static String catalogue(String cookie, String analyticsKey, String lifetime) {
        return """
                {"format": "gdpr-cookies/1", "categories": [
                  {"key": "essential", "essential": true, "name": {"en": "Essential", "fr": "Essentiels"},
                   "description": {"en": "Needed for the site to work.", "fr": "Nécessaires au site."},
                   "services": [{"key": "session", "name": "Session", "provider": "Fixery SAS",
                     "purpose": {"en": "Keeps you signed in."},
                     "cookies": [{"name": "JSESSIONID", "purpose": {"en": "Session id."}, "lifetime": "session"}]}]},
                  {"key": "%s", "essential": false, "name": {"en": "Audience", "fr": "Mesure d'audience"},
                   "description": {"en": "Counts visits."},
                   "services": [{"key": "matomo", "name": "Matomo", "provider": "InnoCraft", "privacyUrl": "https://matomo.org/privacy-policy/",
                     "purpose": {"en": "Statistics.", "fr": "Statistiques."},
                     "cookies": [{"name": "%s", "purpose": {"en": "Visitor id."}, "lifetime": "%s"}]}]}]}
                """.formatted(analyticsKey, cookie, lifetime);
    }

    @Test
    void theCatalogueIsReplacedOnlyFromTheRevisionItsEditorRead() {
        HttpResponse<String> read = call(ADMIN, "GET", CATALOGUE, null, null);
        assertEquals(200, read.statusCode(), read.body());
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String cookie = "_pk_id." + UUID.randomUUID().toString().substring(0, 8) + ".*";

        HttpResponse<String> blind = call(ADMIN, "PUT", CATALOGUE, catalogue(cookie, "analytics", "P13M"), null);
        assertEquals(428, blind.statusCode(), blind.body());
        assertTrue(blind.body().contains("If-Match"), blind.body());
        assertEquals(403, call(DPO, "PUT", CATALOGUE, catalogue(cookie, "analytics", "P13M"), etag).statusCode(),
                "the DPO reads the catalogue but does not change it");
        assertEquals(400, call(ADMIN, "PUT", CATALOGUE, catalogue(cookie, "analytics", "P13M"), "\"abc\"").statusCode());

        HttpResponse<String> saved = call(ADMIN, "PUT", CATALOGUE, catalogue(cookie, "analytics", "P13M"), etag);
        assertEquals(200, saved.statusCode(), saved.body());
        String next = saved.headers().firstValue("ETag").orElseThrow();
        assertEquals(revision(etag) + 1, revision(next), "one more revision per save");

        HttpResponse<String> byDpo = call(DPO, "GET", CATALOGUE + "?download=true", null, null);
        assertEquals(200, byDpo.statusCode());
        assertTrue(byDpo.body().contains(cookie) && byDpo.body().contains("\"format\""), byDpo.body());
        assertEquals("attachment; filename=\"cookies.json\"", byDpo.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(next, byDpo.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> stale = call(ADMIN, "PUT", CATALOGUE, catalogue(cookie + "x", "analytics", "P6M"), etag);
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains(ADMIN), "the conflict names who saved since: " + stale.body());

        HttpResponse<String> invalid = call(ADMIN, "PUT", CATALOGUE, catalogue(cookie, "Audience!", "P2Y"), next);
        assertEquals(400, invalid.statusCode(), invalid.body());
        JsonArray details = json(invalid).getJsonArray("details");
        assertTrue(details.getString(0).startsWith("categories[1].key: "), details.toString());
        assertTrue(details.stream().anyMatch(d -> d.toString().contains("categories[1].services[0].cookies[0].lifetime")
                && d.toString().contains("13 months")), "every problem, with its path: " + details);
        assertEquals(next, call(ADMIN, "GET", CATALOGUE, null, null).headers().firstValue("ETag").orElseThrow(),
                "a refused catalogue changes nothing");
        assertEquals(400, call(ADMIN, "PUT", CATALOGUE, "{\"format\": \"gdpr-cookies/1\", \"categories\": [] } {}", next)
                .statusCode(), "trailing content is refused");
    }

    @Test
    void proofsAreFoundByReferencePeriodAndMethodAndExportedSafely() {
        String consent = UUID.randomUUID().toString();
        String formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
        String[] first = seed(consent, "2021-03-10T12:00:00Z", "accept-all", formula);
        seed(consent, "2021-03-12T12:00:00Z", "withdrawal", "Mozilla/5.0 (X11; Linux x86_64)");
        seed(UUID.randomUUID().toString(), "2021-03-12T12:00:00Z", "withdrawal", "Another visitor");

        JsonObject all = json(call(DPO, "GET", PROOFS + "?consentId=" + consent.toUpperCase(), null, null));
        assertEquals(2, all.getInt("total"), all.toString());
        List<JsonObject> items = all.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals("2021-03-12T12:00:00Z", items.get(0).getString("givenAt"), "newest first");
        assertEquals("withdrawal", items.get(0).getString("method"));
        assertEquals(first[0], items.get(1).getString("proofId"));
        assertEquals("192.0.2.0/24", items.get(1).getString("ipPrefix"));
        assertEquals(List.of("analytics", "essential"), items.get(1).getJsonArray("categories").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        assertEquals(1, total("consentId=" + consent + "&from=2021-03-11"));
        assertEquals(1, total("consentId=" + consent + "&to=2021-03-10"), "'to' includes its whole day");
        assertEquals(2, total("consentId=" + consent + "&from=2021-03-10&to=2021-03-12"));
        assertEquals(1, total("consentId=" + consent + "&method=accept-all"));
        assertTrue(total("from=2021-03-12&to=2021-03-12&method=WITHDRAWAL") >= 2, "method by its constant too");

        // an id as the module makes it carries its time: only proofs given since (less a day for
        // servers whose clocks differ) are read, and every one of them is found
        String timed = eu.gdprmodule.consent.ConsentIds.next(java.time.Instant.parse("2021-03-10T12:00:00Z"));
        seed(timed, "2021-03-10T08:00:00Z", "accept-all", "A server whose clock is four hours behind");
        seed(timed, "2021-03-10T12:00:00Z", "accept-all", "Mozilla/5.0");
        seed(timed, "2022-01-05T09:30:00Z", "withdrawal", "Mozilla/5.0");
        assertEquals(3, total("consentId=" + timed), "every proof of a time-stamped id");
        assertEquals(1, total("consentId=" + timed + "&from=2021-12-01"));

        assertRefused("method=maybe", "accept-all, reject-all, custom, closed, withdrawal, gpc");
        assertRefused("from=2021-13-01", "year-month-day");
        assertRefused("from=2021-03-12&to=2021-03-10", "after");
        assertRefused("size=501", "500");

        HttpResponse<String> csv = call(DPO, "GET", PROOFS + ".csv?consentId=" + consent, null, null);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<CSVRecord> rows = csv(csv.body());
        assertEquals(2, rows.size(), csv.body());
        assertEquals("'" + formula, rows.get(1).get("user_agent"), "a formula cell is defused");
        assertEquals("accept-all", rows.get(1).get("method"));
        assertEquals("2021-03-10T12:00:00Z", rows.get(1).get("given_at_utc"));
        assertEquals(first[1], rows.get(1).get("text_hash"));
        assertEquals("analytics essential", rows.get(1).get("categories"));
        JsonObject audited = json(call(DPO, "GET", "/gdpr/api/admin/audit/entries?entityType=consent-proofs&max=5", null, null));
        assertTrue(audited.toString().contains(consent), "who exported which proofs is in the audit log: " + audited);

        HttpResponse<String> text = call(DPO, "GET", PROOFS + "/texts/" + first[1], null, null);
        assertEquals(200, text.statusCode(), text.body());
        assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertEquals("We use cookies for audience measurement. Banner of " + consent, text.body());
        HttpResponse<String> unknown = call(DPO, "GET", PROOFS + "/texts/" + "0".repeat(64), null, null);
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals(401, call(null, "GET", PROOFS, null, null).statusCode());
    }

    private void assertRefused(String parameters, String expected) {
        HttpResponse<String> refused = call(ADMIN, "GET", PROOFS + "?" + parameters, null, null);
        assertEquals(400, refused.statusCode(), parameters + ": " + refused.body());
        assertTrue(json(refused).getString("message").contains(expected), refused.body());
    }

    private int total(String parameters) {
        HttpResponse<String> found = call(ADMIN, "GET", PROOFS + "?" + parameters, null, null);
        assertEquals(200, found.statusCode(), parameters + ": " + found.body());
        return json(found).getInt("total");
    }

    /** Records a proof in the test host; returns its id and the hash of its banner text. */
    private String[] seed(String consentId, String givenAt, String method, String userAgent) {
        String query = "consentId=" + consentId + "&givenAt=" + givenAt + "&method=" + method + "&ip=192.0.2.0/24"
                + "&userAgent=" + URLEncoder.encode(userAgent, StandardCharsets.UTF_8);
        HttpResponse<String> seeded = call(null, "POST", "/it/proofs?" + query, null, null);
        assertEquals(200, seeded.statusCode(), seeded.body());
        return seeded.body().split(" ");
    }

    private static List<CSVRecord> csv(String body) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int revision(String etag) {
        return Integer.parseInt(etag.replace("\"", ""));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** A call as one of the test host's users (Basic), writes from the console's own origin. */
    private HttpResponse<String> call(String user, String method, String path, String body, String ifMatch) {
        URI root = URI.create(base.toExternalForm());
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path.replaceFirst("^/", "")))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Origin", root.getScheme() + "://" + root.getHost() + ":" + root.getPort());
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + AdminConsoleITSecurity.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

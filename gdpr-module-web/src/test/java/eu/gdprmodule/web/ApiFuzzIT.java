package eu.gdprmodule.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.web.ApiFuzzITMutations.Body;
import eu.gdprmodule.web.admin.AdminConsoleITSecurity;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bounded fuzz of the API's JSON writes on a real Payara Micro (issue 19): thousands of bodies
 * a client got wrong, from a fixed seed, to the two public writes and the administrators' JSON
 * writes. Whatever is sent, the answer is never a 5xx and never names a Java class or a stack
 * frame: a body a client got wrong is a 4xx saying what to send.
 */
@ExtendWith(ArquillianExtension.class)
class ApiFuzzIT {

    private static final long SEED = 19;
    private static final int PER_ENDPOINT = Integer.getInteger("it.fuzz.count", 400);
    private static final String ADMIN = "admin@it.example";
    // a Java type, an exception's name or a stack frame line
    private static final Pattern LEAK = Pattern.compile(
            "eu\\.gdprmodule\\.|java\\.lang\\.|java\\.io\\.|jakarta\\.|org\\.glassfish|org\\.eclipse|Exception|\\n\\s*at [a-z]");

    @Deployment(testable = false)
    static WebArchive host() {
        // A database of its own, new each run: the fuzz saves mutated but valid identities,
        // catalogues and registers, which the other test hosts must not find.
        String schema = System.getProperty("it.db.schema", "");
        String database;
        if (schema.isBlank()) {
            Path data = Path.of(System.getProperty("it.build.dir", "target"), "it-data-fuzz").toAbsolutePath();
            deleteRecursively(data);
            database = "gdpr.data.dir=" + data.toString().replace('\\', '/');
        } else {
            database = "gdpr.db.schema=" + schema + "_fuzz";
        }
        return TestHost.war("fuzz", String.join("\n",
                "config_ordinal=500",
                database,
                // limits would answer 429 before the body is looked at, masking what the fuzz looks for
                "gdpr.requests.per-client-per-day=1000000",
                "gdpr.requests.per-address-per-day=1000000"))
                .addClass(AdminConsoleITSecurity.class)
                .addAsWebInfResource(new StringAsset(AdminConsoleITSecurity.WEB_XML), "web.xml")
                .addAsWebInfResource(new StringAsset(AdminConsoleITSecurity.PAYARA_WEB_XML), "payara-web.xml");
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ArquillianResource
    URL base;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** An endpoint, its caller, the valid body its mutations start from and the If-Match it needs. */
    private record Target(String method, String path, boolean admin, String valid, String ifMatch) {
    }

    @Test
    void noBodyAClientSendsGetsAServerErrorOrNamesJavaClasses() throws Exception {
        List<Target> targets = targets();
        ApiFuzzITMutations mutations = new ApiFuzzITMutations(SEED);
        List<String> failures = new ArrayList<>();
        Map<String, Map<Integer, Integer>> histogram = new TreeMap<>();
        int sent = 0;
        long started = System.nanoTime();
        for (Target target : targets) {
            // how the unmutated body is answered: what the fuzz starts from reaches the resource
            HttpResponse<String> valid = send(target, new Body("valid", ApiFuzzITMutations.JSON,
                    target.valid().getBytes(StandardCharsets.UTF_8)));
            System.out.printf("ApiFuzzIT: valid body to %s %s -> %d %s%n", target.method(), target.path(), valid.statusCode(),
                    valid.body().length() > 200 ? valid.body().substring(0, 200) : valid.body());
            for (Body body : ApiFuzzITMutations.named(target.valid())) {
                HttpResponse<String> response = send(target, body);
                sent++;
                check(target, body, response, failures, histogram);
                // the named cases of the probe each get a 4xx that says what to send
                if (response.statusCode() < 400 || response.statusCode() >= 500) {
                    failures.add(target.path() + " " + body.kind() + ": expected a 4xx, got " + response.statusCode());
                }
            }
            for (int i = 0; i < PER_ENDPOINT; i++) {
                check(target, mutations.next(target.valid()), null, failures, histogram);
                sent++;
            }
        }
        System.out.printf("ApiFuzzIT: %d bodies to %d endpoints in %d s (seed %d); statuses per endpoint: %s%n", sent,
                targets.size(), (System.nanoTime() - started) / 1_000_000_000L, SEED, histogram);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, the first ones:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    @Test
    void theProbesNamedBodiesAreRefusedSayingWhatToSend() throws Exception {
        Target requests = new Target("POST", "/gdpr/api/requests", false, validRequest(), null);
        assertRefused(requests, "nested-1000", 400, "The request body is nested too deeply: at most 32 levels");
        assertRefused(requests, "charset-bogus", 415, "Send the body as UTF-8 JSON: charset 'bogus' is not supported.");
        assertRefused(requests, "empty", 400, "The request body is empty");
        assertRefused(requests, "nan", 400, "The request body is not valid JSON (line 1, column");
        assertRefused(requests, "invalid-utf8", 400, "The request body is not valid UTF-8 (byte");
        assertRefused(requests, "trailing-comma", 400, "The request body is not valid JSON (line 1, column");
        Target consents = new Target("POST", "/gdpr/api/consents", false, "{\"action\": \"reject-all\"}", null);
        assertRefused(consents, "charset-bogus", 415, "Send the body as UTF-8 JSON: charset 'bogus' is not supported.");
        assertRefused(consents, "nested-1000", 400, "The request body is nested too deeply: at most 32 levels");
        Target identity = new Target("PUT", "/gdpr/api/admin/settings/controller-identity", true, validIdentity(), null);
        assertRefused(identity, "nan", 400, "The request body is not valid JSON");

        HttpResponse<String> wrongKind = send(identity, new Body("wrong-kind", ApiFuzzITMutations.JSON,
                "{\"name\": [1], \"postalAddress\": \"x\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, wrongKind.statusCode(), wrongKind.body());
        assertEquals("name: A text in quotes, or null.", json(wrongKind).getJsonArray("details").getString(0),
                wrongKind.body());
        HttpResponse<String> status = get("/gdpr/api/admin/requests?status=ZZ");
        assertEquals(400, status.statusCode(), status.body());
        assertTrue(!LEAK.matcher(status.body()).find() && status.body().contains("status one of unverified"), status.body());
        HttpResponse<String> first = get("/gdpr/api/admin/requests?first=abc");
        assertEquals(400, first.statusCode(), first.body());
        assertTrue(!LEAK.matcher(first.body()).find(), first.body());
    }

    private void assertRefused(Target target, String kind, int status, String message) throws Exception {
        Body body = ApiFuzzITMutations.named(target.valid()).stream().filter(b -> b.kind().equals(kind)).findFirst().orElseThrow();
        HttpResponse<String> response = send(target, body);
        assertEquals(status, response.statusCode(), kind + ": " + response.body());
        assertTrue(json(response).getString("message").startsWith(message), kind + ": " + response.body());
    }

    private void check(Target target, Body body, HttpResponse<String> answered, List<String> failures,
            Map<String, Map<Integer, Integer>> histogram) throws Exception {
        HttpResponse<String> response = answered != null ? answered : send(target, body);
        histogram.computeIfAbsent(target.method() + " " + target.path(), k -> new TreeMap<>())
                .merge(response.statusCode(), 1, Integer::sum);
        if (response.statusCode() >= 500 || LEAK.matcher(response.body()).find()) {
            failures.add(target.method() + " " + target.path() + " " + body.kind() + " [" + body.contentType() + "] "
                    + body.preview().replace("\n", "\\n") + "\n    -> " + response.statusCode() + " " + response.body());
        }
    }

    private List<Target> targets() throws Exception {
        JsonObject register = json(get("/gdpr/api/admin/register"));
        // the database outlives a run: a new key, so the valid body creates an activity once
        JsonObject activity = Json.createObjectBuilder().add("key", "fuzz-" + Long.toString(System.currentTimeMillis(), 36)).add("name", "Webinar registrations")
                .add("purposes", Json.createArrayBuilder().add("Register people for our webinars"))
                .add("dataCategories", Json.createArrayBuilder().add("identity").add("professional"))
                .add("dataSubjects", Json.createArrayBuilder().add("prospects"))
                .add("legalBases", Json.createArrayBuilder().add(Json.createObjectBuilder().add("basis", "consent")))
                .add("retention", Json.createObjectBuilder().add("period", "P1Y").add("startsAt", "collection")
                        .add("endAction", "delete"))
                .build();
        HttpResponse<String> catalogue = get("/gdpr/api/admin/cookie-catalogue");
        JsonObject policies = json(get("/gdpr/api/admin/policies"));
        String slug = policies.getJsonArray("policies").getJsonObject(0).getString("slug");
        String language = policies.getJsonArray("languages").getString(0);
        String email = "fuzz-" + System.nanoTime() + "@example.com";
        HttpResponse<String> filed = send(new Target("POST", "/gdpr/api/requests", false, null, null),
                new Body("valid", ApiFuzzITMutations.JSON, ("{\"right\": \"access\", \"email\": \"" + email
                        + "\", \"name\": \"Fuzz\"}").getBytes(StandardCharsets.UTF_8)));
        assertEquals(202, filed.statusCode(), filed.body());
        String reference = json(get("/gdpr/api/admin/requests?q=" + email)).getJsonArray("items").getJsonObject(0)
                .getString("reference");
        String requests = "/gdpr/api/admin/requests/" + reference;
        // verified, so a valid extension is accepted and the fuzz reaches past the state check
        send(new Target("POST", requests + "/verify", true, null, null), new Body("valid", ApiFuzzITMutations.JSON,
                "{\"how\": \"Signed-in customer\"}".getBytes(StandardCharsets.UTF_8)));
        return List.of(
                new Target("POST", "/gdpr/api/consents", false,
                        "{\"action\": \"custom\", \"categories\": [\"analytics\"], \"services\": [], \"language\": \"en\"}", null),
                new Target("POST", "/gdpr/api/requests", false, validRequest(), null),
                new Target("PUT", "/gdpr/api/admin/settings/controller-identity", true, validIdentity(), null),
                new Target("PUT", "/gdpr/api/admin/register", true, register.toString(), null),
                new Target("POST", "/gdpr/api/admin/register/activities", true,
                        activity.toString(), null),
                new Target("PUT", "/gdpr/api/admin/register/security-measures", true,
                        "{\"securityMeasures\": [\"Encrypted backups\", \"Access reviews\"]}", "\"1\""),
                new Target("PUT", "/gdpr/api/admin/cookie-catalogue", true, catalogue.body(),
                        catalogue.headers().firstValue("ETag").orElse("\"0\"")),
                new Target("PUT", "/gdpr/api/admin/policies/" + slug + "/drafts/" + language, true,
                        "{\"title\": \"Privacy policy\", \"source\": \"# Privacy\\n\\nText.\", \"summary\": \"Fuzz\", "
                                + "\"material\": false}", null),
                new Target("POST", "/gdpr/api/admin/policies/preview", true,
                        "{\"language\": \"" + language + "\", \"source\": \"# Privacy\"}", null),
                new Target("POST", requests + "/extend", true, "{\"months\": 2, \"reason\": \"Volume of data\"}", null),
                new Target("POST", requests + "/note", true, "{\"note\": \"Called back\"}", null));
    }

    private static String validRequest() {
        return "{\"right\": \"access\", \"email\": \"fuzz@example.com\", \"name\": \"Ada Lovelace\", \"details\": \"All\", "
                + "\"language\": \"en\"}";
    }

    private static String validIdentity() {
        return "{\"name\": \"Fixery SAS\", \"postalAddress\": \"120 rue du Porteau, 86000 Poitiers\", "
                + "\"privacyContactEmail\": \"privacy@fixery.example\", \"legalRepresentative\": \"Allan Desgranges\", "
                + "\"dataProtectionOfficer\": {\"name\": \"Camille\", \"email\": \"dpo@fixery.example\"}, "
                + "\"supervisoryAuthority\": {\"name\": \"CNIL\", \"postalAddress\": \"3 place de Fontenoy\", "
                + "\"website\": \"https://www.cnil.fr\"}}";
    }

    private HttpResponse<String> send(Target target, Body body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve(target.path().substring(1)))
                .method(target.method(), HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .header("Origin", origin());
        if (body.contentType() != null) {
            request.header("Content-Type", body.contentType());
        }
        if (target.ifMatch() != null) {
            request.header("If-Match", target.ifMatch());
        }
        if (target.admin()) {
            request.header("Authorization", basic());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve(path.substring(1)))
                .header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + AdminConsoleITSecurity.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}

package eu.gdprmodule.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.web.TestHost;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's security and audit on a real Payara Micro, in a host that signs its users in
 * with HTTP Basic: every console page and API endpoint found in the built jar is closed to
 * anonymous callers and wrong roles, writes need the console's origin, and each change the
 * console makes leaves exactly one audit entry with what changed.
 */
@ExtendWith(ArquillianExtension.class)
class AdminConsoleIT {

    static final String ADMIN = "admin@it.example";
    static final String DPO = "dpo@it.example";
    static final String CUSTOMER = "customer@it.example";
    static final String IDENTITY = "/gdpr/api/admin/settings/controller-identity";

    @Deployment(testable = false)
    static WebArchive host() {
        return TestHost.war("console")
                .addClass(AdminConsoleITSecurity.class)
                .addClass(AdminConsoleITHostApplication.class)
                .addClass(AdminConsoleITHostResource.class)
                .addAsWebInfResource(new StringAsset(AdminConsoleITSecurity.WEB_XML), "web.xml")
                .addAsWebInfResource(new StringAsset(AdminConsoleITSecurity.PAYARA_WEB_XML), "payara-web.xml");
    }

    private static final java.util.regex.Pattern BARE_SCRIPT =
            java.util.regex.Pattern.compile("<script(?![^>]*\\bnonce=)(?![^>]*\\bsrc=)[^>]*>");

    @ArquillianResource
    URL base;

    static ConsoleEndpoints endpoints() {
        Path build = Path.of(System.getProperty("it.build.dir", "target"));
        try (Stream<Path> files = Files.list(build)) {
            return ConsoleEndpoints.in(files.filter(p -> p.getFileName().toString().matches("gdpr-module-web-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void everyConsoleEndpointRefusesAnonymousCallersAndWrongRoles() {
        ConsoleHttp http = new ConsoleHttp(base);
        List<ConsoleEndpoints.Endpoint> all = endpoints().endpoints();
        assertTrue(all.size() >= 7, "endpoints found: " + all);
        for (ConsoleEndpoints.Endpoint endpoint : all) {
            String json = endpoint.method().equals("PUT") ? "{}" : null;
            HttpResponse<String> anonymous = http.call(null, endpoint.method(), endpoint.path(), json, http.origin());
            assertEquals(401, anonymous.statusCode(), endpoint + " anonymous");
            assertTrue(json(anonymous).getString("message").startsWith("Sign in"), endpoint + " " + anonymous.body());

            HttpResponse<String> customer = http.call(CUSTOMER, endpoint.method(), endpoint.path(), json, http.origin());
            assertEquals(403, customer.statusCode(), endpoint + " customer");

            HttpResponse<String> dpo = http.call(DPO, endpoint.method(), endpoint.path(), json, http.origin());
            if (endpoint.administratorsOnly()) {
                assertEquals(403, dpo.statusCode(), endpoint + " DPO: " + dpo.body());
            } else {
                assertTrue(endpoint.letIn(dpo.statusCode()), endpoint + " DPO: " + dpo.statusCode() + " " + dpo.body());
            }
            HttpResponse<String> admin = http.call(ADMIN, endpoint.method(), endpoint.path(), json, http.origin());
            assertTrue(endpoint.letIn(admin.statusCode()), endpoint + " admin: " + admin.statusCode() + " " + admin.body());
            assertEquals("no-store", admin.headers().firstValue("Cache-Control").orElse(""), endpoint.toString());
        }
    }

    /**
     * A host's own {@code Application} without {@code getClasses()} publishes the module's
     * resources a second time under its path: the guard travels with the resources, so every
     * console endpoint refuses anonymous callers and customers there too (and changes nothing).
     */
    @Test
    void everyConsoleEndpointRefusesAnonymousCallersAndCustomersUnderTheHostsOwnApplicationToo() {
        ConsoleHttp http = new ConsoleHttp(base);
        HttpResponse<String> published = http.get(null, "/rest/controller");
        assertEquals(200, published.statusCode(), "the host application publishes the module's resources: " + published.body());
        long before = head(http);
        for (ConsoleEndpoints.Endpoint endpoint : endpoints().endpoints()) {
            String path = endpoint.path().replaceFirst("^/gdpr/api/", "/rest/");
            String json = endpoint.method().equals("PUT") || endpoint.method().equals("POST") ? "{}" : null;
            HttpResponse<String> anonymous = http.call(null, endpoint.method(), path, json, http.origin());
            assertEquals(401, anonymous.statusCode(), path + " anonymous: " + anonymous.body());
            HttpResponse<String> customer = http.call(CUSTOMER, endpoint.method(), path, json, http.origin());
            assertEquals(403, customer.statusCode(), path + " customer: " + customer.body());
            if (endpoint.isWrite()) {
                HttpResponse<String> forged = http.call(ADMIN, endpoint.method(), path, json, "https://evil.example");
                assertEquals(403, forged.statusCode(), path + " cross-site admin: " + forged.body());
            }
            if (endpoint.administratorsOnly()) {
                assertEquals(403, http.call(DPO, endpoint.method(), path, json, http.origin()).statusCode(), path + " DPO");
            }
        }
        assertEquals(before, head(http), "no refused call changed anything");
        HttpResponse<String> admin = http.get(ADMIN, "/rest/admin/dashboard");
        assertEquals(200, admin.statusCode(), admin.body());
        // a guest in the host's application: the module's exception mappers are not the host's
        HttpResponse<String> hostFailure = http.get(null, "/rest/host/fail");
        assertEquals(500, hostFailure.statusCode());
        assertFalse(hostFailure.body().contains("GDPR module"), "the host's own error answered by the module: " + hostFailure.body());
        // ... nor are its body limits: the host's own resource takes a body larger than the module's public limit
        String large = "[\"" + "x".repeat(100_000) + "\"]";
        HttpResponse<String> hostBody = http.call(null, "POST", "/rest/host/echo", large, http.origin());
        assertEquals(200, hostBody.statusCode(), hostBody.body());
        assertEquals(Integer.toString(large.length()), hostBody.body());
    }

    @Test
    void everyConsolePageRefusesAnonymousCallersAndWrongRolesAndForbidsInlineScript() {
        ConsoleHttp http = new ConsoleHttp(base);
        List<ConsoleEndpoints.Page> pages = endpoints().pages();
        assertTrue(pages.size() >= 3, "pages found: " + pages);
        for (ConsoleEndpoints.Page page : pages) {
            assertEquals(401, http.get(null, page.path()).statusCode(), page + " anonymous");
            assertEquals(403, http.get(CUSTOMER, page.path()).statusCode(), page + " customer");
            for (String user : List.of(DPO, ADMIN)) {
                HttpResponse<String> response = http.get(user, page.path());
                assertEquals(200, response.statusCode(), page + " " + user);
                List<String> policies = response.headers().allValues("Content-Security-Policy");
                assertTrue(policies.stream().anyMatch(p -> p.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';?.*")),
                        page + " " + policies);
                assertTrue(policies.stream().noneMatch(p -> p.contains("unsafe-inline") && p.contains("script-src 'self' 'unsafe-inline'")),
                        page + " " + policies);
                assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), page + " " + policies);
                assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), page.toString());
                assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""), page.toString());
                java.util.regex.Matcher bare = BARE_SCRIPT.matcher(response.body());
                assertFalse(bare.find(), page + ": a script element without nonce or src: "
                        + (bare.hitEnd() ? "" : response.body().substring(bare.start(), Math.min(response.body().length(), bare.start() + 300))));
                assertFalse(response.body().matches("(?s).*\\son(click|change|load|submit)=.*"), page + ": inline handler");
            }
        }
    }

    @Test
    void publicModulePagesMayBeFramedOnlyByTheHostAndAreNotSniffed() {
        HttpResponse<String> page = new ConsoleHttp(base).get(null, "/gdpr/index.xhtml");
        assertEquals(200, page.statusCode());
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(page.headers().allValues("Content-Security-Policy").stream()
                .anyMatch(p -> p.contains("frame-ancestors 'self'")), page.headers().map().toString());
        assertEquals("strict-origin-when-cross-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        // every module page limits scripts: the Faces page to its own files and nonced blocks ...
        List<String> facesPolicies = page.headers().allValues("Content-Security-Policy");
        assertTrue(facesPolicies.stream().anyMatch(p -> p.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';?.*")), facesPolicies.toString());
        assertTrue(facesPolicies.stream().noneMatch(p -> p.contains("unsafe-inline") && p.contains("script-src")), facesPolicies.toString());
        java.util.regex.Matcher bare = BARE_SCRIPT.matcher(page.body());
        assertFalse(bare.find(), "a script element without nonce or src on the public page");
        // ... and the servlet pages to the site's own files
        for (String path : List.of("/gdpr/requests", "/gdpr/policies/privacy")) {
            HttpResponse<String> other = new ConsoleHttp(base).get(null, path);
            assertTrue(other.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.matches(".*script-src '(self|none)'(;.*|$)")),
                    path + " " + other.statusCode() + " " + other.headers().allValues("Content-Security-Policy"));
        }
    }

    /**
     * Issue 19 item 3: the authority's website is published as a link on the public page, so
     * only an http(s) address (or a bare host name, linked as https) is saved; every other
     * scheme, however spelt, is refused with the field named, and nothing changes.
     */
    @Test
    void aWebsiteThatIsNotHttpIsRefusedAndNeverBecomesALink() {
        ConsoleHttp http = new ConsoleHttp(base);
        long before = head(http);
        for (String evil : List.of("javascript:alert(document.domain)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                "javascript&#58;alert(1)", "&#106;avascript:alert(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "vbscript:msgbox(1)", "%6Aavascript:alert(1)", "//evil.example/x", "javascript://www.cnil.fr/%0aalert(1)")) {
            HttpResponse<String> refused = http.write(ADMIN, "PUT", IDENTITY, identityJson("Scheme SAS", evil));
            assertEquals(400, refused.statusCode(), evil + ": " + refused.body());
            assertTrue(json(refused).getJsonArray("details").toString().contains("authorityWebsite"), refused.body());
        }
        assertEquals(before, head(http), "nothing refused was saved");
        HttpResponse<String> bare = http.write(ADMIN, "PUT", IDENTITY, identityJson("Scheme SAS", "www.cnil.fr"));
        assertEquals(200, bare.statusCode(), bare.body());
        String page = http.get(null, "/gdpr/index.xhtml").body();
        assertTrue(page.contains("href=\"https://www.cnil.fr\""), "a bare host name is linked as https");
        assertFalse(page.toLowerCase(java.util.Locale.ROOT).matches("(?s).*href=\"\\s*(javascript|data|vbscript):.*"));
        assertEquals(200, http.write(ADMIN, "DELETE", IDENTITY, null).statusCode());
    }

    /** Issue 19 item 8: no anonymous document lists the console's endpoints. */
    @Test
    void noPublicDocumentListsTheConsoleApi() {
        HttpResponse<String> wadl = new ConsoleHttp(base).get(null, "/gdpr/api/application.wadl");
        assertEquals(404, wadl.statusCode(), wadl.body());
        assertFalse(wadl.body().contains("admin"), wadl.body());
    }

    @Test
    void disguisedConsoleApiPathsAreGuardedToo() {
        ConsoleHttp http = new ConsoleHttp(base);
        for (String disguised : List.of("/gdpr/api//admin/dashboard", "/gdpr/api/./admin/dashboard",
                "/gdpr/api/%61dmin/dashboard", "/gdpr/api/admin/../admin/dashboard", "/gdpr/api/ADMIN/dashboard")) {
            int status = http.get(null, disguised).statusCode();
            assertTrue(status == 401 || status == 404 || status == 400, disguised + " answered " + status);
            int customer = http.get(CUSTOMER, disguised).statusCode();
            assertTrue(customer == 403 || customer == 404 || customer == 400, disguised + " answered " + customer);
        }
    }

    @Test
    void aConsoleChangeFromAnotherOriginIsRefusedAndChangesNothing() {
        ConsoleHttp http = new ConsoleHttp(base);
        long before = head(http);
        HttpResponse<String> forged = http.call(ADMIN, "PUT", IDENTITY, identityJson("Forged SAS"), "https://evil.example");
        assertEquals(403, forged.statusCode());
        assertTrue(json(forged).getString("message").startsWith("Cross-site request refused"));
        HttpResponse<String> noOrigin = http.call(ADMIN, "DELETE", IDENTITY, null, null);
        assertEquals(403, noOrigin.statusCode());
        assertEquals(before, head(http));
        assertNotEquals("Forged SAS", json(http.get(ADMIN, IDENTITY)).getJsonObject("identity").getString("name"));
    }

    @Test
    void eachChangeOfTheControllerIdentityLeavesOneAuditEntryWithWhatChanged() {
        ConsoleHttp http = new ConsoleHttp(base);
        long before = head(http);

        HttpResponse<String> saved = http.write(ADMIN, "PUT", IDENTITY, identityJson("Console Name SAS"));
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("console", json(saved).getString("source"));
        assertEquals(ADMIN, json(saved).getString("changedBy"));
        assertEquals(before + 1, head(http));
        JsonObject entry = newest(http);
        assertEquals(ADMIN, entry.getString("actor"));
        assertEquals("controller-identity", entry.getString("entityType"));
        assertTrue(entry.getString("after").contains("name=Console Name SAS"), entry.toString());
        assertTrue(entry.getString("before").startsWith("name=Fixery SAS"), entry.toString());
        assertFalse(entry.getString("after").contains("postalAddress"), "unchanged fields stay out: " + entry);

        HttpResponse<String> again = http.write(ADMIN, "PUT", IDENTITY, identityJson("Console Name SAS"));
        assertEquals(200, again.statusCode());
        assertEquals(before + 1, head(http), "saving the same identity records nothing");

        HttpResponse<String> reverted = http.write(ADMIN, "DELETE", IDENTITY, null);
        assertEquals(200, reverted.statusCode(), reverted.body());
        assertEquals("configuration", json(reverted).getString("source"));
        assertEquals("Fixery SAS", json(reverted).getJsonObject("identity").getString("name"));
        assertEquals(before + 2, head(http));
        assertEquals("reverted-to-configuration", newest(http).getString("action"));
    }

    @Test
    void anIncompleteIdentityIsRefusedFieldByFieldAndNothingIsSaved() {
        ConsoleHttp http = new ConsoleHttp(base);
        long before = head(http);
        HttpResponse<String> refused = http.write(ADMIN, "PUT", IDENTITY,
                "{\"name\":\" \",\"privacyContactEmail\":\"not-an-address\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        JsonArray details = json(refused).getJsonArray("details");
        assertTrue(details.toString().contains("name: The controller's legal name is missing."), details.toString());
        assertTrue(details.toString().contains("'not-an-address' is not an e-mail address"), details.toString());
        assertEquals(before, head(http));

        HttpResponse<String> malformed = http.write(ADMIN, "PUT", IDENTITY, "{\"name\":");
        assertEquals(400, malformed.statusCode(), malformed.body());
    }

    @Test
    void theCsvExportHasAHeaderAndOneRowPerEntryAndIsItselfAudited() {
        ConsoleHttp http = new ConsoleHttp(base);
        http.write(ADMIN, "PUT", IDENTITY, identityJson("Csv Export SAS"));
        http.write(ADMIN, "DELETE", IDENTITY, null);
        long entries = head(http);

        HttpResponse<String> csv = http.get(DPO, "/gdpr/api/admin/audit/entries.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).startsWith("seq,recorded_at_utc,recorded_at_local,actor,entity_type"), lines.get(0));
        // the export's own entry is recorded before the file is written, so it is the last row
        assertEquals(entries + 2, lines.size(), "header + every entry + the export entry");
        assertTrue(lines.get(lines.size() - 1).contains("exported-csv"), lines.get(lines.size() - 1));
        assertTrue(lines.get(lines.size() - 1).contains(DPO));

        HttpResponse<String> filtered = http.get(DPO, "/gdpr/api/admin/audit/entries.csv?action=reverted-to-configuration");
        assertTrue(filtered.body().lines().skip(1).allMatch(l -> l.contains("reverted-to-configuration")));
        assertEquals(400, http.get(DPO, "/gdpr/api/admin/audit/entries?from=yesterday").statusCode());
    }

    @Test
    void theDpoVerifiesTheChainAndTheDashboardShowsIt() {
        ConsoleHttp http = new ConsoleHttp(base);
        HttpResponse<String> verification = http.write(DPO, "POST", "/gdpr/api/admin/audit/verification", null);
        assertEquals(200, verification.statusCode(), verification.body());
        assertTrue(json(verification).getBoolean("intact"), verification.body());
        JsonObject dashboard = json(http.get(DPO, "/gdpr/api/admin/dashboard"));
        assertTrue(dashboard.getString("lastVerificationResult").startsWith("intact"), dashboard.toString());
        assertEquals(head(http), dashboard.getJsonNumber("auditEntries").longValue());
    }

    private static long head(ConsoleHttp http) {
        return json(http.get(ADMIN, "/gdpr/api/admin/audit/head")).getJsonNumber("lastSeq").longValue();
    }

    private static JsonObject newest(ConsoleHttp http) {
        return json(http.get(ADMIN, "/gdpr/api/admin/audit/entries?max=1")).getJsonArray("entries").getJsonObject(0);
    }

    private static String identityJson(String name) {
        return identityJson(name, "https://www.cnil.fr");
    }

    private static String identityJson(String name, String authorityWebsite) {
        return Json.createObjectBuilder().add("name", name)
                .add("postalAddress", "Z.I. République, 120 rue du Porteau, 86000 Poitiers, France")
                .add("privacyContactEmail", "privacy@fixery.example")
                .add("legalRepresentative", "Allan Desgranges")
                .add("supervisoryAuthority", Json.createObjectBuilder().add("name", "CNIL")
                        .add("postalAddress", "3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07")
                        .add("website", authorityWebsite))
                .build().toString();
    }
}

package eu.gdprmodule.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.web.TestHost;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention API from outside, as a monitoring script or an auditor uses it: the rules in
 * force and what has none, "run now" for administrators only (audited), the run log in JSON,
 * bad input answered with a 4xx, and the readiness check.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionApiIT {

    private static final String API = "/gdpr/api/admin/retention";

    @Deployment(testable = false)
    static WebArchive host() {
        return TestHost.war("retention-api")
                .addClass(AdminConsoleITSecurity.class)
                .addAsWebInfResource(new StringAsset(AdminConsoleITSecurity.WEB_XML), "web.xml")
                .addAsWebInfResource(new StringAsset(AdminConsoleITSecurity.PAYARA_WEB_XML), "payara-web.xml");
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorRunsRetentionNowAndTheRunIsLoggedAndAudited() throws Exception {
        ConsoleHttp http = new ConsoleHttp(base);
        assertEquals(403, http.write(AdminConsoleIT.DPO, "POST", API + "/runs", null).statusCode(), "the DPO reads, but does not run");

        // The test hosts share one database: a server stopped during its start-up catch-up run may
        // still hold the cluster lease (gdpr.retention.lease, 5 minutes). The API then answers 409
        // with when to try again, as it would to an administrator; the test does as it says.
        HttpResponse<String> started = Awaitility.await("the retention lease").atMost(Duration.ofMinutes(6))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> http.write(AdminConsoleIT.ADMIN, "POST", API + "/runs", null), r -> r.statusCode() != 409);
        assertEquals(202, started.statusCode(), started.body());
        JsonObject run = AdminConsoleIT.json(started);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith(API + "/runs/" + run.getString("id")), location);

        // the run's real progress, not a period: the clock is not involved
        JsonObject done = Awaitility.await("run " + run.getString("id")).atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> AdminConsoleIT.json(http.get(AdminConsoleIT.DPO, API + "/runs/" + run.getString("id"))),
                        r -> "COMPLETED".equals(r.getString("status")));
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertTrue(done.getString("triggered").equals("manual") || done.getInt("attempts") > 1, done.toString());
        assertTrue(done.getJsonArray("results").stream().map(JsonObject.class::cast)
                .anyMatch(r -> r.getString("outcome").equals("no-rule") && r.getString("rule").equals("cookie-consent")),
                "the consent proofs' missing rule is in the log: " + done);

        JsonObject list = AdminConsoleIT.json(http.get(AdminConsoleIT.DPO, API + "/runs?max=5"));
        assertTrue(list.getJsonNumber("total").longValue() >= 1);
        assertTrue(list.getJsonArray("items").stream().map(JsonObject.class::cast).anyMatch(r -> r.getString("id").equals(run.getString("id"))));

        HttpResponse<String> audit = http.get(AdminConsoleIT.ADMIN, "/gdpr/api/admin/audit/entries?entityType=retention-run&entityId=" + run.getString("id"));
        assertTrue(audit.body().contains(AdminConsoleIT.ADMIN), "a run started by hand is audited with who started it: " + audit.body());
    }

    @Test
    void theOverviewNamesTheRulesAndWhatHasNone() {
        JsonObject overview = AdminConsoleIT.json(new ConsoleHttp(base).get(AdminConsoleIT.DPO, API));
        assertEquals("03:00", overview.getString("schedule"));
        JsonObject proofs = overview.getJsonArray("moduleData").stream().map(JsonObject.class::cast)
                .filter(d -> d.getString("data").equals("consent-proofs")).findFirst().orElseThrow();
        assertEquals("cookie-consent", proofs.getString("activity"));
        if (proofs.isNull("rule")) {
            assertTrue(proofs.getString("problem").contains("gdpr.consent.register-activity"), proofs.toString());
        }
    }

    @Test
    void badInputIsA4xxWithAMessage() {
        ConsoleHttp http = new ConsoleHttp(base);
        HttpResponse<String> tooMany = http.get(AdminConsoleIT.DPO, API + "/runs?max=100000");
        assertEquals(400, tooMany.statusCode());
        assertTrue(AdminConsoleIT.json(tooMany).getString("message").contains("max"), tooMany.body());
        HttpResponse<String> notANumber = http.get(AdminConsoleIT.DPO, API + "/runs?first=abc");
        assertEquals(400, notANumber.statusCode(), notANumber.body());
        assertTrue(AdminConsoleIT.json(notANumber).getString("message").contains("'first'"), notANumber.body());
        assertTrue(AdminConsoleIT.json(notANumber).getString("message").contains("whole number"), notANumber.body());
        HttpResponse<String> unknown = http.get(AdminConsoleIT.DPO, API + "/runs/no-such-run");
        assertEquals(404, unknown.statusCode());
        assertTrue(AdminConsoleIT.json(unknown).getString("message").contains("no-such-run"));
        assertEquals(403, http.call(AdminConsoleIT.ADMIN, "POST", API + "/runs", null, "https://evil.example").statusCode(),
                "a cross-site write is refused");
    }

    @Test
    void readinessReportsRetention() throws Exception {
        URI health = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/health/ready");
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
        JsonObject body = Json.createReader(new StringReader(ready.body())).readObject();
        JsonObject retention = body.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals("gdpr-retention")).findFirst().orElseThrow(() -> new AssertionError(ready.body()));
        assertEquals("UP", retention.getString("status"), ready.body());
    }
}

package eu.gdprmodule.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.ProcessingFact;
import eu.gdprmodule.api.ProcessingFactRecorded;
import eu.gdprmodule.retention.FactLedger;
import eu.gdprmodule.retention.RecordedFact;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The module inside a host WAR on a real Payara Micro with embedded Derby (or PostgreSQL with
 * the {@code postgres} profile): health, the controller identity over REST and as a page, and the
 * host contract's events in both directions.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static WebArchive host() {
        return TestHost.war("foundation").addClasses(FoundationITReceipts.class, TestHost.class);
    }

    @Inject
    Event<ProcessingFact> facts;

    @Inject
    FactLedger ledger;

    @Inject
    FoundationITReceipts receipts;

    @Inject
    UserTransaction transaction;

    @Test
    void aFactFiredByTheHostIsStoredAndItsReceiptComesBack() {
        String subject = "customer:" + UUID.randomUUID();

        facts.fire(ProcessingFact.contractEnded(subject, "customer-account"));

        List<RecordedFact> stored = ledger.about(subject);
        assertEquals(1, stored.size());
        assertEquals(ProcessingFact.Kind.CONTRACT_ENDED, stored.get(0).getKind());
        assertEquals("customer-account", stored.get(0).getActivity());
        List<ProcessingFactRecorded> seen = receipts.about(subject);
        assertEquals(1, seen.size());
        assertEquals(stored.get(0).getId(), seen.get(0).factId());
    }

    @Test
    void aFactFiredInARolledBackHostTransactionLeavesNoTraceAndNoReceipt() throws Exception {
        String subject = "customer:" + UUID.randomUUID();

        transaction.begin();
        facts.fire(ProcessingFact.dataCollected(subject, "newsletter"));
        transaction.rollback();

        assertTrue(ledger.about(subject).isEmpty());
        assertTrue(receipts.about(subject).isEmpty());
    }

    @Test
    @RunAsClient
    void readyWhenTheDatabaseIsMigratedAndTheControllerConfigured(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> ready = get(root(base).resolve("health/ready"));

        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = json(ready.body());
        assertEquals("UP", health.getString("status"));
        assertTrue(ready.body().contains("\"gdpr-database\""), ready.body());
        assertTrue(ready.body().contains("\"schemaVersion\""), ready.body());
        assertEquals(200, get(root(base).resolve("health/live")).statusCode());
    }

    @Test
    @RunAsClient
    void theControllerIdentityIsServedAsJson(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> response = get(URI.create(base + "gdpr/api/controller"));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject controller = json(response.body());
        assertEquals("Fixery SAS", controller.getString("name"));
        assertEquals("Z.I. République, 120 rue du Porteau, 86000 Poitiers, France", controller.getString("postalAddress"));
        assertEquals("privacy@fixery.example", controller.getString("privacyContactEmail"));
        assertEquals("Allan Desgranges", controller.getString("legalRepresentative"));
        assertEquals("Commission Nationale de l'Informatique et des Libertés (CNIL)",
                controller.getJsonObject("supervisoryAuthority").getString("name"));
        assertFalse(controller.containsKey("dataProtectionOfficer"), "no DPO was designated");
    }

    @Test
    @RunAsClient
    void anUnknownApiPathIsAJsonProblemWithoutInternals(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> response = get(URI.create(base + "gdpr/api/no-such-thing"));

        assertEquals(404, response.statusCode());
        JsonObject problem = json(response.body());
        assertEquals(404, problem.getInt("status"));
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    @RunAsClient
    void thePrivacyPageNamesTheControllerAndTheAuthority(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> page = get(URI.create(base + "gdpr/index.xhtml"));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<span class=\"gdpr-controller-name\">Fixery SAS</span>"), page.body());
        assertTrue(page.body().contains("href=\"mailto:privacy@fixery.example\""), page.body());
        assertTrue(page.body().contains("Commission Nationale de l'Informatique et des Libertés (CNIL)")
                || page.body().contains("Commission Nationale de l&#39;Informatique et des Libert"), page.body());
    }

    private static URI root(URL base) {
        return URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}

package eu.gdprmodule.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.ProcessingFact;
import eu.gdprmodule.api.ProcessingFactRecorded;
import eu.gdprmodule.retention.FactLedger;
import eu.gdprmodule.retention.RecordedFact;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built EAR on a Payara Server domain: the module is ready, and a host's WAR and the EJB
 * module talk through CDI events both ways, which is the whole integration contract of the
 * {@code eu.gdprmodule.api} package on a full server.
 *
 * <p>The in-container tests run inside the shop's WAR (this class is added to it), so what they
 * fire and observe is what host code fires and observes.
 */
@ExtendWith(ArquillianExtension.class)
class EarDeploymentIT {

    private static final String ACTIVITY = "customer-account";

    @Deployment
    static EnterpriseArchive builtEar() {
        return BuiltEar.withClassesInWar(EarDeploymentIT.class, EarITReceiptObserver.class, ReadinessEndpoint.class,
                ReadinessEndpoint.Report.class);
    }

    @Inject
    private Event<ProcessingFact> facts;

    @Inject
    private FactLedger ledger;

    @Inject
    private EarITReceiptObserver receipts;

    @Inject
    private eu.gdprmodule.consent.CookieCatalogues catalogues;

    @Test
    @RunAsClient
    void readinessIsUpWithTheDatabaseMigratedAndTheShopsControllerIdentity() throws Exception {
        Map<String, String> checks = ReadinessEndpoint.assertReady().checks();

        assertEquals("UP", checks.get("gdpr-database"), checks::toString);
        assertEquals("UP", checks.get("gdpr-configuration"), checks::toString);
    }

    @Test
    void theShopsCookieCatalogueIsImportedFromTheEarsLibraries() {
        // gdpr.consent.initial-catalogue names a class-path resource of lib/demo-shop-config.jar
        assertEquals(java.util.List.of("essential", "analytics", "media"),
                catalogues.current().categories().stream().map(c -> c.key()).toList());
    }

    @Test
    void aFactFiredInTheWarIsStoredByTheEjbModule() {
        String subject = uniqueSubject();

        facts.fire(ProcessingFact.dataCollected(subject, ACTIVITY));

        List<RecordedFact> stored = ledger.about(subject);
        assertEquals(1, stored.size(), () -> "facts stored about " + subject + ": " + stored.size());
        assertEquals(ACTIVITY, stored.get(0).getActivity());
        assertEquals(ProcessingFact.Kind.DATA_COLLECTED, stored.get(0).getKind());
    }

    @Test
    void theReceiptForAStoredFactReachesAnObserverInTheWar() {
        String subject = uniqueSubject();
        ProcessingFact fact = ProcessingFact.contractStarted(subject, ACTIVITY);

        // Synchronous: the EJB's transaction has committed, and the after-success observers
        // have run, by the time fire() returns.
        facts.fire(fact);

        List<ProcessingFactRecorded> seen = receipts.receiptsAbout(subject);
        assertEquals(1, seen.size(), () -> "receipts seen in the WAR for " + subject + ": " + seen);
        List<RecordedFact> stored = ledger.about(subject);
        assertEquals(1, stored.size(), () -> "facts stored about " + subject + ": " + stored.size());
        assertEquals(stored.get(0).getId(), seen.get(0).factId(), "the receipt names the id the fact is stored under");
        assertEquals(fact, seen.get(0).fact());
    }

    @Inject
    private eu.gdprmodule.api.DataSubjectRequests requests;

    @Inject
    private eu.gdprmodule.request.Exports exports;

    /**
     * The EJB module finds the shop WAR's export contributors: it resolves each observer through
     * its own BeanManager (to call them one by one), which on a full server must see the WAR's
     * beans as Event.fire does, or an export from an EAR would silently hold only the module's data.
     */
    @Test
    void anExportCallsEveryContributorOfTheShopsWar() {
        String reference = requests.fileVerified(eu.gdprmodule.api.FiledRequest.of(
                eu.gdprmodule.api.DataSubjectRight.ACCESS, "ear-export-" + UUID.randomUUID() + "@example.com"));

        eu.gdprmodule.request.Exports.Outcome outcome = exports.run(reference, "http://localhost/");

        assertTrue(outcome.complete(), () -> "export steps: " + outcome.steps());
        List<String> contributors = outcome.steps().stream().map(s -> s.getContributor()).sorted().toList();
        assertEquals(List.of("CustomerAccountData", "InvoiceData", "NewsletterData", "OrderData", "ProspectData", "SignInData"),
                contributors.stream().map(c -> c.substring(c.lastIndexOf('.') + 1)).toList(),
                () -> "contributors called: " + contributors);
    }

    /** Unique per run and per test, so neither a database left from an earlier run nor another test interferes. */
    private static String uniqueSubject() {
        return "ear-it:" + UUID.randomUUID();
    }
}

package eu.gdprmodule.web.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.PolicyPublished;
import eu.gdprmodule.api.RegisterChanged;
import eu.gdprmodule.policy.InvalidPolicy;
import eu.gdprmodule.policy.PolicyConflict;
import eu.gdprmodule.policy.PolicyStore;
import eu.gdprmodule.policy.PolicyText;
import eu.gdprmodule.policy.PolicyVersion;
import eu.gdprmodule.policy.PublishedPolicies;
import eu.gdprmodule.policy.Staleness;
import eu.gdprmodule.register.RegisterStore;
import eu.gdprmodule.web.TestHost;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.jboss.arquillian.test.api.ArquillianResource;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Publishing as host code sees it, on a real Payara Micro and database: {@link PolicyPublished}
 * once per committed publication and never for one that rolled back or was refused; a
 * published version's HTML never changes when the register does, and the change shows as staleness.
 */
@ExtendWith(ArquillianExtension.class)
class PolicyContractIT {

    @Deployment
    static WebArchive host() {
        return TestHost.war("policy-contract").addClasses(TestHost.class, PublicationsSeen.class);
    }

    @Inject
    PolicyStore store;

    @Inject
    PublishedPolicies published;

    @Inject
    RegisterStore register;

    @Inject
    PublicationsSeen seen;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:app/jdbc/gdpr")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    private String slug;

    @BeforeEach
    void newPolicy() {
        slug = "contract-" + UUID.randomUUID().toString().substring(0, 8);
        store.create(slug);
    }

    @Test
    void aCommittedPublicationIsAnnouncedOnceWithItsFacts() {
        store.saveDraft(slug, "fr", new PolicyText("Politique de confidentialité", "Texte **important**.",
                "Première version", true), null);
        PolicyVersion first = store.publish(slug, "fr", null, "/shop/gdpr/requests");

        List<PolicyPublished> events = seen.seen(slug);
        assertEquals(1, events.size());
        PolicyPublished event = events.get(0);
        assertEquals(1, event.version());
        assertEquals("fr", event.language());
        assertTrue(event.material());
        assertEquals("Première version", event.summary());
        assertEquals("Politique de confidentialité", event.title());
        assertEquals("/gdpr/policies/" + slug, event.path());
        assertEquals(first.getPublishedAt(), event.publishedAt());
        assertTrue(store.draft(slug, "fr").isEmpty(), "publishing consumes the draft");
        assertEquals(1, published.inForce(slug, "fr").orElseThrow().getNumber(), "visitors see it at once");

        store.saveDraft(slug, "fr", new PolicyText("Politique de confidentialité", "Texte corrigé.", "Coquille", false), null);
        assertEquals(2, store.publish(slug, "fr", null, null).getNumber());
        assertFalse(seen.seen(slug).get(1).material());
        assertEquals(2, published.inForce(slug, "fr").orElseThrow().getNumber());
    }

    @Test
    void aPublicationThatRollsBackIsNeitherAnnouncedNorVisible() throws Exception {
        store.saveDraft(slug, "en", new PolicyText("Privacy", "Text.", "First version", false), null);
        transaction.begin();
        store.publish(slug, "en", null, null);
        transaction.rollback();

        assertTrue(seen.seen(slug).isEmpty(), "no event for a version that does not exist");
        assertTrue(published.versions(slug, "en").isEmpty());
        assertTrue(store.versions(slug).isEmpty());
        assertTrue(store.draft(slug, "en").isPresent(), "the draft is still there to publish");
    }

    @Test
    void aRefusedPublicationChangesNothing() {
        var draft = store.saveDraft(slug, "en", new PolicyText("Privacy", "Text.", "", false), null);
        InvalidPolicy refused = assertThrows(InvalidPolicy.class, () -> store.publish(slug, "en", null, null));
        assertEquals("summary", refused.problems().get(0).field(), "a version needs its summary for the history");
        assertThrows(PolicyConflict.class, () -> store.publish(slug, "en", draft.getVersion() + 1, null),
                "publishing a draft someone changed since the publisher read it");
        assertTrue(seen.seen(slug).isEmpty());
        assertTrue(store.versions(slug).isEmpty());
    }

    @Test
    void aScriptWrittenIntoTheDatabaseBehindTheModulesBackNeverReachesAVisitor() throws Exception {
        store.saveDraft(slug, "en", new PolicyText("Privacy", "Plain text.", "First version", false), null);
        store.publish(slug, "en", null, null);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement tamper = connection.prepareStatement(
                        "UPDATE GDPR_POLICY_VERSION SET HTML = ? WHERE SLUG = ? AND LANGUAGE = 'en'")) {
            tamper.setString(1, "<p>Plain text.</p><script>alert(1)</script><p onclick=\"alert(2)\">x</p>");
            tamper.setString(2, slug);
            assertEquals(1, tamper.executeUpdate());
        }
        published.invalidate();

        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve("gdpr/policies/" + slug))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains("Plain text."), page);
        assertFalse(page.contains("<script") || page.contains("onclick"), "sanitised again on the way out: " + page);
        String json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve("gdpr/api/policies/" + slug))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertFalse(json.contains("<script") || json.contains("onclick"), json);
    }

    @Test
    void aPublishedVersionKeepsItsTextWhenTheRegisterChangesAndShowsAsStale() {
        var measures = register.snapshot().securityMeasures();
        store.saveDraft(slug, "en", new PolicyText("Security", "# Security\n\n{{gdpr:security}}\n", "First version",
                false), null);
        PolicyVersion version = store.publish(slug, "en", null, null);
        assertFalse(store.staleness(version).stale(), "just published: nothing changed");

        String added = "Quarterly restore test " + UUID.randomUUID();
        List<String> changed = new java.util.ArrayList<>(measures.value());
        changed.add(added);
        register.saveSecurityMeasures(changed, measures.version());

        PolicyVersion again = store.versions(slug).get(0);
        assertEquals(version.getHtml(), again.getHtml(), "what was published is never rewritten");
        assertFalse(again.getHtml().contains(added));
        assertEquals(PolicyStore.sha256(again.getHtml()), again.getHtmlSha256());
        Staleness staleness = store.staleness(again);
        assertTrue(staleness.stale(), "the security section would now read differently");
        assertTrue(staleness.changes().stream().anyMatch(c -> c.item() == RegisterChanged.Item.SECURITY_MEASURES
                && c.action() == RegisterChanged.Action.CHANGED), staleness::toString);
        assertTrue(store.preview(again.getSource(), "en", null).html().contains(added), "a new version would say it");
    }
}

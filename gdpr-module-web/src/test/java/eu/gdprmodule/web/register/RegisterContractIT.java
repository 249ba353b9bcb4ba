package eu.gdprmodule.web.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.DataCategory;
import eu.gdprmodule.api.DataSubjectCategory;
import eu.gdprmodule.api.LegalBasis;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.ProcessingActivity.LegalGround;
import eu.gdprmodule.api.Recipient;
import eu.gdprmodule.api.Register;
import eu.gdprmodule.api.RegisterChanged;
import eu.gdprmodule.api.RetentionRule;
import eu.gdprmodule.register.ControllerIdentitySettings;
import eu.gdprmodule.register.InvalidRegister;
import eu.gdprmodule.register.RegisterConflict;
import eu.gdprmodule.register.RegisterDocument;
import eu.gdprmodule.register.RegisterFile;
import eu.gdprmodule.register.RegisterItem;
import eu.gdprmodule.register.RegisterStore;
import eu.gdprmodule.web.TestHost;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The register as host code sees it, inside a host on a real Payara Micro and database: the
 * read-only {@link Register} reflects a committed change at once, {@link RegisterChanged} is
 * fired once per committed change and never for one that rolled back or was refused, and a
 * refused import leaves everything as it was.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterContractIT {

    @Deployment
    static WebArchive host() {
        return TestHost.war("register-contract").addClasses(TestHost.class, RegisterChangesSeen.class)
                .addAsResource(Path.of("..", "docs", "examples", "fixery.register.json").toFile(), "fixery.register.json");
    }

    @Inject
    Register register;

    @Inject
    RegisterStore store;

    @Inject
    ControllerIdentitySettings identitySettings;

    @Inject
    RegisterChangesSeen changes;

    @Inject
    UserTransaction transaction;

    @BeforeEach
    void importFixery() throws IOException {
        // Without its controller: the other tests of this database expect the configured identity.
        RegisterDocument fixery = fixery();
        store.importDocument(new RegisterDocument(null, fixery.securityMeasures(), fixery.recipients(),
                fixery.activities()), "test");
        changes.clear();
    }

    @Test
    void hostCodeReadsTheCommittedRegister() throws IOException {
        ProcessingActivity billing = register.activities().stream().filter(a -> a.legalBases().stream()
                .anyMatch(g -> g.basis() == LegalBasis.LEGAL_OBLIGATION)).findFirst().orElseThrow();
        assertEquals(Period.ofYears(10), billing.retention().period());
        assertTrue(register.recipients().stream().anyMatch(r -> r.name().contains("Cloudflare")));
        assertFalse(register.securityMeasures().isEmpty());
        assertEquals("Fixery SAS", register.controller().name(), "the configured identity");
        assertEquals(fixery().activities().size(), register.activities().size());
    }

    @Test
    void aCommittedChangeIsAnnouncedOnceWithWhatChangedAndSeenAtOnce() {
        long revision = register.revision();
        RegisterItem<ProcessingActivity> created = store.createActivity(activity("contract-" + UUID.randomUUID()
                .toString().substring(0, 8), "Loyalty programme"));
        assertEquals(1, created.version());
        assertEquals(1, changes.seen().size());
        RegisterChanged change = changes.seen().get(0);
        assertEquals(revision + 1, change.revision());
        assertEquals(revision + 1, register.revision(), "the host's view sees the change without waiting");
        assertTrue(change.touches(RegisterChanged.Item.ACTIVITY, created.value().key()));
        assertEquals(RegisterChanged.Action.CREATED, change.changes().get(0).action());
        assertEquals("system", change.actor(), "nobody signed in");
        assertEquals("Loyalty programme", register.activity(created.value().key()).orElseThrow().name());

        ProcessingActivity renamed = activity(created.value().key(), "Loyalty programme (cards)");
        RegisterItem<ProcessingActivity> updated = store.updateActivity(renamed, created.version());
        assertEquals(2, updated.version());
        assertEquals(List.of("name"), changes.seen().get(1).changes().get(0).fields());
        assertThrows(RegisterConflict.class, () -> store.updateActivity(renamed, created.version()),
                "a change from the old version would overwrite the newer one");

        store.updateActivity(renamed, updated.version());
        assertEquals(2, changes.seen().size(), "saving the same activity again changes and announces nothing");
        store.deleteActivity(created.value().key(), updated.version());
        assertTrue(register.activity(created.value().key()).isEmpty());
        assertEquals(RegisterChanged.Action.DELETED, changes.seen().get(2).changes().get(0).action());
    }

    @Test
    void aChangeThatRollsBackIsNeitherAnnouncedNorSeen() throws Exception {
        long revision = register.revision();
        String key = "rolled-back-" + UUID.randomUUID().toString().substring(0, 8);
        transaction.begin();
        store.createActivity(activity(key, "Never committed"));
        transaction.rollback();
        assertTrue(changes.seen().isEmpty());
        assertTrue(register.activity(key).isEmpty());
        assertEquals(revision, register.revision());
    }

    @Test
    void aRefusedImportChangesNothingAndNamesEveryProblem() throws IOException {
        long revision = register.revision();
        RegisterDocument fixery = fixery();
        List<ProcessingActivity> activities = new ArrayList<>(fixery.activities());
        ProcessingActivity first = activities.get(0);
        // one good change and two bad ones: the good one must not be kept either
        activities.set(0, new ProcessingActivity(first.key(), "Renamed in a refused import", first.description(),
                first.purposes(), first.dataCategories(), first.personalData(), first.dataSubjects(), first.legalBases(),
                first.source(), List.of("no-such-recipient"), first.retention(), first.securityMeasures()));
        List<Recipient> recipients = new ArrayList<>(fixery.recipients());
        recipients.add(new Recipient("overseas", "Overseas Ltd", Recipient.Kind.PROCESSOR, null, "US", null, null));
        InvalidRegister refused = assertThrows(InvalidRegister.class, () -> store.importDocument(
                new RegisterDocument(null, fixery.securityMeasures(), recipients, activities), "test"));
        List<String> paths = refused.problems().stream().map(p -> p.path()).toList();
        assertTrue(paths.contains("activities[0].recipients[0]"), paths.toString());
        assertTrue(paths.contains("recipients[" + (recipients.size() - 1) + "].transfer"), paths.toString());
        assertEquals(revision, register.revision());
        assertEquals(first.name(), register.activity(first.key()).orElseThrow().name());
        assertTrue(changes.seen().isEmpty());
    }

    @Test
    void aRecipientStillInUseCannotBeRemoved() {
        ProcessingActivity user = register.activities().stream().filter(a -> !a.recipientKeys().isEmpty())
                .findFirst().orElseThrow();
        String key = user.recipientKeys().get(0);
        int version = store.snapshot().recipient(key).orElseThrow().version();
        InvalidRegister refused = assertThrows(InvalidRegister.class, () -> store.deleteRecipient(key, version));
        assertTrue(refused.problems().get(0).message().contains(user.key()), refused.getMessage());
        assertTrue(register.recipient(key).isPresent());
    }

    @Test
    void aFileWithTheControllerSavesItAsTheConsoleIdentityUnlessItIsTheSame() throws IOException {
        RegisterDocument fixery = fixery();
        try {
            RegisterStore.ImportOutcome outcome = store.importDocument(fixery, "test");
            assertTrue(outcome.controllerChanged());
            assertEquals(fixery.controller().name(), register.controller().name());
            assertEquals(fixery.activities().size(), outcome.unchanged() - fixery.recipients().size() - 1,
                    "the activities, recipients and measures were already there: " + outcome);
            assertFalse(store.importDocument(fixery, "test").controllerChanged(), "same identity: nothing to save");
        } finally {
            identitySettings.revertToConfiguration();
        }
        ControllerIdentity configured = register.controller();
        assertEquals("Fixery SAS", configured.name());
    }

    private static ProcessingActivity activity(String key, String name) {
        return new ProcessingActivity(key, name, null, List.of("Reward returning customers"),
                List.of(DataCategory.IDENTITY, DataCategory.CONTRACT_HISTORY), null, List.of(DataSubjectCategory.CUSTOMERS),
                List.of(new LegalGround(LegalBasis.CONTRACT, null)), null, List.of(),
                new RetentionRule(Period.ofYears(3), RetentionRule.Start.CONTRACT_END, null, null,
                        RetentionRule.EndAction.DELETE, null), null);
    }

    private static RegisterDocument fixery() throws IOException {
        try (InputStream in = RegisterContractIT.class.getClassLoader().getResourceAsStream("fixery.register.json")) {
            return RegisterFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}

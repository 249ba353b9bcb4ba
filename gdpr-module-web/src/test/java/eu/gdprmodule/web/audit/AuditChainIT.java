package eu.gdprmodule.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.AuditTrail;
import eu.gdprmodule.api.AuditedChange;
import eu.gdprmodule.audit.AuditEntry;
import eu.gdprmodule.audit.AuditFilter;
import eu.gdprmodule.audit.AuditSearch;
import eu.gdprmodule.audit.ChainVerification;
import eu.gdprmodule.audit.ChainVerifier;
import eu.gdprmodule.web.TestHost;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit chain inside a host on a real Payara Micro and database: host code records entries
 * through the public API in its own transactions, concurrent appends keep the chain whole, and
 * an entry changed, re-hashed or deleted directly in the database is found and named by the
 * verification. Each tampering is undone afterwards, so the shared database stays intact.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    @Deployment
    static WebArchive host() {
        return TestHost.war("audit-chain").addClass(TestHost.class);
    }

    @Inject
    AuditTrail audit;

    @Inject
    AuditSearch search;

    @Inject
    ChainVerifier verifier;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:app/jdbc/gdpr")
    DataSource database;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Test
    void hostCodeRecordsInItsTransactionAndARollbackLeavesNoEntry() throws Exception {
        String id = UUID.randomUUID().toString();
        transaction.begin();
        long seq = audit.record(AuditedChange.of("customer", id, "email-changed").from("email=a@x.fr").to("email=b@x.fr"));
        transaction.commit();
        AuditEntry entry = only(id);
        assertEquals(seq, entry.getSeq());
        assertEquals("system", entry.getActor(), "nobody signed in");
        assertEquals("email=a@x.fr", entry.getBefore());

        String rolledBack = UUID.randomUUID().toString();
        long head = search.head().lastSeq();
        transaction.begin();
        audit.record(AuditedChange.of("customer", rolledBack, "deleted").by("batch-job"));
        transaction.rollback();
        assertEquals(head, search.head().lastSeq());
        assertTrue(search.page(new AuditFilter(null, null, rolledBack, null, null, null), 0, 10).isEmpty());
        assertTrue(verifier.verify().intact());
    }

    @Test
    void anInvalidEntryIsRefusedWithAReason() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> audit.record(AuditedChange.of(" ", "1", "x")));
        assertTrue(refused.getMessage().contains("entityType"), refused.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> audit.record(AuditedChange.of("customer", "1", "x").to("y".repeat(4001))));
    }

    @Test
    void concurrentAppendsGetConsecutiveNumbersAndKeepTheChainIntact() throws Exception {
        long head = search.head().lastSeq();
        List<Future<?>> writers = new ArrayList<>();
        for (int writer = 0; writer < 6; writer++) {
            int w = writer;
            writers.add(executor.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    audit.record(AuditedChange.of("concurrency", w + "-" + i, "appended").by("writer-" + w));
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        assertEquals(head + 120, search.head().lastSeq());
        ChainVerification verification = verifier.verify();
        assertTrue(verification.intact(), verification.finding());
    }

    @Test
    void anEntryChangedInTheDatabaseIsNamedByTheVerification() throws Exception {
        String id = UUID.randomUUID().toString();
        long seq = audit.record(AuditedChange.of("customer", id, "email-changed").by("camille@shop.example"));
        audit.record(AuditedChange.of("customer", id, "deleted").by("camille@shop.example"));
        try {
            sql("UPDATE GDPR_AUDIT_ENTRY SET ACTOR = 'someone-else@shop.example' WHERE SEQ = ?", seq);
            ChainVerification verification = verifier.verify();
            assertFalse(verification.intact());
            assertEquals(seq, verification.firstBrokenSeq());
            assertTrue(verification.finding().contains("Entry " + seq + " does not match its hash"), verification.finding());
        } finally {
            sql("UPDATE GDPR_AUDIT_ENTRY SET ACTOR = 'camille@shop.example' WHERE SEQ = ?", seq);
        }
        assertTrue(verifier.verify().intact());
    }

    @Test
    void anEntryChangedAndRehashedInTheDatabaseIsFoundAtTheNextLink() throws Exception {
        String id = UUID.randomUUID().toString();
        long seq = audit.record(AuditedChange.of("customer", id, "email-changed").by("camille@shop.example"));
        audit.record(AuditedChange.of("customer", id, "deleted").by("camille@shop.example"));
        AuditEntry original = only(id, "email-changed");
        String forgedHash = eu.gdprmodule.audit.EntryHash.of(seq, original.getRecordedAt().toEpochMilli(), "mallory",
                original.getEntityType(), original.getEntityId(), original.getAction(), original.getBefore(),
                original.getAfter(), original.getPreviousHash());
        try {
            sql("UPDATE GDPR_AUDIT_ENTRY SET ACTOR = 'mallory', ENTRY_HASH = '" + forgedHash + "' WHERE SEQ = ?", seq);
            ChainVerification verification = verifier.verify();
            assertFalse(verification.intact());
            assertEquals(seq + 1, verification.firstBrokenSeq());
            assertTrue(verification.finding().contains("entry " + seq + " was replaced or re-hashed"), verification.finding());
        } finally {
            sql("UPDATE GDPR_AUDIT_ENTRY SET ACTOR = 'camille@shop.example', ENTRY_HASH = '" + original.getHash()
                    + "' WHERE SEQ = ?", seq);
        }
        assertTrue(verifier.verify().intact());
    }

    @Test
    void anEntryDeletedFromTheDatabaseIsNamedByItsNumber() throws Exception {
        String id = UUID.randomUUID().toString();
        audit.record(AuditedChange.of("customer", id, "email-changed").by("camille@shop.example"));
        audit.record(AuditedChange.of("customer", id, "deleted").by("camille@shop.example"));
        AuditEntry removed = only(id, "email-changed");
        try {
            sql("DELETE FROM GDPR_AUDIT_ENTRY WHERE SEQ = ?", removed.getSeq());
            ChainVerification verification = verifier.verify();
            assertEquals(removed.getSeq(), verification.firstBrokenSeq());
            assertTrue(verification.finding().contains("Entry " + removed.getSeq() + " is missing"), verification.finding());
        } finally {
            restore(removed);
        }
        assertTrue(verifier.verify().intact());
    }

    @Test
    void filteredPagesComeNewestFirstAndCountsStopAtTheLimit() throws Exception {
        String type = "search-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= AuditSearch.COUNT_LIMIT + 5; i++) {
            if (i % 500 == 1) {
                transaction.begin();
            }
            audit.record(AuditedChange.of(type, "E" + (i % 7), i % 2 == 0 ? "even" : "odd").by("searcher-" + (i % 3) + "@x.fr"));
            if (i % 500 == 0 || i == AuditSearch.COUNT_LIMIT + 5) {
                transaction.commit();
            }
        }

        AuditFilter all = new AuditFilter(null, type, null, null, null, null);
        AuditSearch.Count count = search.count(all);
        assertFalse(count.exact(), "more than the limit is not counted to the end");
        assertEquals(AuditSearch.COUNT_LIMIT + 1, count.value());

        AuditFilter odd = new AuditFilter(null, type, "E3", "odd", null, null);
        AuditSearch.Count oddCount = search.count(odd);
        assertTrue(oddCount.exact());
        List<AuditEntry> firstPage = search.page(odd, 0, 50);
        List<AuditEntry> secondPage = search.page(odd, 50, 50);
        assertEquals(50, firstPage.size());
        for (List<AuditEntry> page : List.of(firstPage, secondPage)) {
            for (int i = 1; i < page.size(); i++) {
                assertTrue(page.get(i - 1).getSeq() > page.get(i).getSeq(), "newest first");
            }
        }
        assertTrue(firstPage.get(49).getSeq() > secondPage.get(0).getSeq(), "the second page goes on where the first ended");
        assertTrue(firstPage.stream().allMatch(e -> e.getEntityId().equals("E3") && e.getAction().equals("odd")));

        // "searcher-1" names one actor: matched as that actor; "searcher-" names three
        AuditFilter one = new AuditFilter("searcher-1", type, null, "even", null, null);
        assertTrue(search.page(one, 0, 20).stream().allMatch(e -> e.getActor().equals("searcher-1@x.fr")));
        AuditFilter three = new AuditFilter("searcher-", type, "E1", null, null, null);
        assertEquals(3, search.page(three, 0, 200).stream().map(AuditEntry::getActor).distinct().count());
        assertEquals(search.count(three).value(), search.page(three, 0, 5000).size());
    }

    private AuditEntry only(String entityId) {
        List<AuditEntry> entries = search.page(new AuditFilter(null, null, entityId, null, null, null), 0, 10);
        assertEquals(1, entries.size());
        return entries.get(0);
    }

    private AuditEntry only(String entityId, String action) {
        List<AuditEntry> entries = search.page(new AuditFilter(null, null, entityId, action, null, null), 0, 10);
        assertEquals(1, entries.size());
        return entries.get(0);
    }

    private void sql(String statement, long seq) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            update.setLong(1, seq);
            assertEquals(1, update.executeUpdate(), statement);
        }
    }

    private void restore(AuditEntry entry) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO GDPR_AUDIT_ENTRY (SEQ, RECORDED_AT, "
                        + "ACTOR, ENTITY_TYPE, ENTITY_ID, ACTION, BEFORE_STATE, AFTER_STATE, PREVIOUS_HASH, ENTRY_HASH) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.getSeq());
            insert.setLong(2, entry.getRecordedAt().toEpochMilli());
            insert.setString(3, entry.getActor());
            insert.setString(4, entry.getEntityType());
            insert.setString(5, entry.getEntityId());
            insert.setString(6, entry.getAction());
            insert.setString(7, entry.getBefore());
            insert.setString(8, entry.getAfter());
            insert.setString(9, entry.getPreviousHash());
            insert.setString(10, entry.getHash());
            insert.executeUpdate();
        }
    }
}

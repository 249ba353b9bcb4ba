package eu.gdprmodule.web.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.DataCategory;
import eu.gdprmodule.api.DataSubjectCategory;
import eu.gdprmodule.api.DataSubjectRequests;
import eu.gdprmodule.api.DataSubjectRight;
import eu.gdprmodule.api.FiledRequest;
import eu.gdprmodule.api.LegalBasis;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.ProcessingActivity.LegalGround;
import eu.gdprmodule.api.ProcessingFact;
import eu.gdprmodule.api.RetentionRule;
import eu.gdprmodule.config.ModuleClock;
import eu.gdprmodule.persistence.SchemaMigration;
import eu.gdprmodule.register.RegisterItem;
import eu.gdprmodule.register.RegisterStore;
import eu.gdprmodule.register.RegisterView;
import eu.gdprmodule.request.RequestDesk;
import eu.gdprmodule.request.RequestInbox;
import eu.gdprmodule.retention.RetentionBusy;
import eu.gdprmodule.retention.RetentionEngine;
import eu.gdprmodule.retention.RetentionRun;
import eu.gdprmodule.retention.RetentionRuns;
import eu.gdprmodule.web.TestHost;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention inside a host on a real Payara Micro and database, with the module's clock moved
 * instead of waiting years: the module's own data ends by the register's rules, host observers
 * are called per rule and per person (each on its own), a missing rule is said, and a second run
 * changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment
    static WebArchive host() {
        // small batches, ended two at a time: a purge of a few dozen proofs takes many batches
        return TestHost.war("retention", "gdpr.retention.batch-size=7\ngdpr.retention.purge-workers=2").addClasses(TestHost.class, RetentionITHost.class, RetentionITFailingHost.class);
    }

    @Inject
    ModuleClock clock;

    @Inject
    RetentionEngine engine;

    @Inject
    RetentionRuns runs;

    @Inject
    RegisterStore store;

    @Inject
    RegisterView register;

    @Inject
    DataSubjectRequests requests;

    @Inject
    RequestDesk desk;

    @Inject
    RequestInbox inbox;

    @Inject
    Event<ProcessingFact> facts;

    @Inject
    RetentionITHost host;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @AfterEach
    void realTimeAndTheRegisterAsFound() {
        clock.reset();
        // the build's other tests share this database and count the register's activities
        store.snapshot().activities().stream()
                .filter(a -> a.value().key().startsWith(RetentionITHost.PREFIX) || MODULE_DATA.contains(a.value().key()))
                .forEach(a -> store.deleteActivity(a.value().key(), a.version()));
    }

    private static final List<String> MODULE_DATA = List.of("cookie-consent", "data-subject-requests");

    @Test
    void consentProofsAndClosedRequestsEndByTheRegistersRulesAndASecondRunChangesNothing() throws SQLException {
        rule("cookie-consent", new RetentionRule(Period.ofMonths(13), RetentionRule.Start.COLLECTION, null, null,
                RetentionRule.EndAction.DELETE, null));
        rule("data-subject-requests", new RetentionRule(Period.ofYears(3), RetentionRule.Start.COLLECTION, null, null,
                RetentionRule.EndAction.DELETE, null));
        String old = proof(clock.now());
        String reference = requests.fileVerified(FiledRequest.of(DataSubjectRight.ACCESS, "kept-" + UUID.randomUUID() + "@example.com"));
        desk.complete(reference, "Here is your data.");

        moveClock(Period.ofMonths(13).plusDays(1));
        String recent = proof(clock.now().minusSeconds(86_400));
        RetentionRun first = run();
        assertEquals(RetentionRun.COMPLETED, first.status());
        assertFalse(proofExists(old), "a proof older than 13 months is deleted");
        assertTrue(proofExists(recent), "a proof of yesterday stays");
        assertTrue(count(first, "cookie-consent", "deleted") >= 1, "the run log counts it: " + runs.results(first.id()));
        assertTrue(inbox.find(reference).isPresent(), "a request closed 13 months ago is kept (3 years)");

        moveClock(Period.ofYears(3).plusDays(1));
        RetentionRun second = run();
        assertTrue(inbox.find(reference).isEmpty(), "a request closed more than 3 years ago is deleted, with its timeline");
        assertTrue(count(second, "data-subject-requests", "deleted") >= 1);

        RetentionRun third = run();
        assertEquals(0, count(third, "cookie-consent", "deleted"), "the second run at the same time finds nothing left");
        assertEquals(0, count(third, "data-subject-requests", "deleted"));
    }

    @Test
    void proofsEndInBatchesEndedTwoAtATimeEachProofOnceAndCountedOnce() throws SQLException {
        rule("cookie-consent", new RetentionRule(Period.ofMonths(13), RetentionRule.Start.COLLECTION, null, null,
                RetentionRule.EndAction.ANONYMISE, null));
        moveClock(Period.ofMonths(13).plusDays(2));
        Instant cutoff = clock.now().atZone(ZoneOffset.UTC).minus(Period.ofMonths(13)).toInstant();
        List<String> old = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            old.add(proof(cutoff.minusSeconds(3_600 + i)));
        }
        for (int i = 0; i < 9; i++) {
            old.add(proof(cutoff.minusSeconds(7_200))); // the same instant, across a batch's end
        }
        String recent = proof(cutoff.plusSeconds(3_600));
        long due = dueProofs(cutoff);
        assertTrue(due >= 69, "the 69 proofs above are due, with any earlier tests' ones: " + due);

        RetentionRun first = run();
        assertEquals(RetentionRun.COMPLETED, first.status(), () -> "" + runs.results(first.id()));
        assertEquals(due, count(first, "cookie-consent", "anonymised"), "each due proof anonymised and counted once, in batches of 7");
        for (String id : old) {
            assertEquals("anonymised", consentIdOf(id), "proof " + id + " no longer names its browser");
        }
        assertEquals(1, old.stream().map(this::textHashOf).distinct().count(), "the rest of each proof is kept");
        assertTrue(!"anonymised".equals(consentIdOf(recent)), "a proof still in its period keeps its consent id");
        assertEquals(0, dueProofs(cutoff), "nothing due is left");

        RetentionRun second = run();
        assertEquals(0, count(second, "cookie-consent", "anonymised"), "a second run changes nothing");

        rule("cookie-consent", new RetentionRule(Period.ofMonths(13), RetentionRule.Start.COLLECTION, null, null,
                RetentionRule.EndAction.DELETE, null));
        long anonymised = countProofs("SELECT COUNT(*) FROM GDPR_CONSENT_PROOF WHERE GIVEN_AT < ?", cutoff);
        RetentionRun third = run();
        assertEquals(anonymised, count(third, "cookie-consent", "deleted"), "with a delete rule, each one is deleted and counted once");
        for (String id : old) {
            assertFalse(proofExists(id), "proof " + id + " is deleted");
        }
        assertTrue(proofExists(recent), "a proof still in its period stays");
    }

    @Test
    void aMissingRuleIsSaidAndItsDataKept() throws SQLException {
        register.activity("cookie-consent").ifPresent(a -> store.deleteActivity(a.key(),
                store.snapshot().activity(a.key()).map(RegisterItem::version).orElseThrow()));
        String proof = proof(clock.now());
        moveClock(Period.ofYears(5));
        RetentionRun run = run();
        assertTrue(proofExists(proof), "without a rule, nothing is deleted");
        assertTrue(runs.results(run.id()).stream().anyMatch(r -> r.rule().equals("cookie-consent") && r.outcome().equals("no-rule")
                && r.detail().contains("gdpr.consent.register-activity")), "the log says which rule is missing: " + runs.results(run.id()));
        assertTrue(run.problems() >= 1);
    }

    @Test
    void hostObserversAreCalledPerPersonOncePerStageAndAFailingOneIsNamedAndRetried() {
        String prospects = RetentionITHost.PREFIX + "prospects-" + UUID.randomUUID();
        String customers = RetentionITHost.PREFIX + "customers-" + UUID.randomUUID();
        rule(prospects, new RetentionRule(Period.ofYears(3), RetentionRule.Start.LAST_CONTACT, null, null, RetentionRule.EndAction.DELETE, null));
        rule(customers, new RetentionRule(Period.ofYears(1), RetentionRule.Start.HOST_EVENT, "last-order", Period.ofYears(2),
                RetentionRule.EndAction.ANONYMISE, null));
        facts.fire(ProcessingFact.contactBySubject("prospect:1", prospects));
        facts.fire(ProcessingFact.contactBySubject("prospect:fails", prospects));
        facts.fire(ProcessingFact.hostEvent("customer:1", customers, "last-order"));
        facts.fire(ProcessingFact.dataCollected("customer:1", customers)); // not the clock this rule reads
        host.clear();

        moveClock(Period.ofYears(1).plusDays(1));
        run();
        assertTrue(host.seen().contains(customers + " ARCHIVE customer:1"), "archived a year after the last order: " + host.seen());
        assertFalse(host.seen().contains(prospects + " END prospect:1"), "a prospect is kept three years");
        host.clear();
        run();
        assertFalse(host.seen().contains(customers + " ARCHIVE customer:1"), "archived once: " + host.seen());

        moveClock(Period.ofYears(3).plusDays(2));
        RetentionRun ended = run();
        assertTrue(host.seen().contains(prospects + " END prospect:1"), host.seen().toString());
        assertTrue(host.seen().contains(customers + " END customer:1"), "anonymised three years after the last order");
        assertTrue(host.seen().contains(prospects + " END *"), "and once per rule, for data that carries its own date");
        List<RetentionRun.Result> results = runs.results(ended.id());
        assertTrue(results.stream().anyMatch(r -> r.rule().equals(prospects) && r.outcome().equals("failed")
                && r.part().equals(RetentionITFailingHost.class.getName()) && r.detail().contains("prospect:fails")
                && r.detail().contains("the archive server is down")), "the failing observer is named: " + results);
        assertEquals(2, results.stream().filter(r -> r.rule().equals(prospects) && r.outcome().equals("deleted")
                && r.part().equals(RetentionITHost.class.getName())).mapToLong(RetentionRun.Result::count).sum(),
                "the other observer's work stands, for both persons: " + results);
        assertTrue(results.stream().anyMatch(r -> r.rule().equals(customers) && r.outcome().equals("anonymised")), results.toString());

        host.clear();
        run();
        assertEquals(List.of(prospects + " END prospect:fails"), host.seen().stream()
                .filter(s -> (s.startsWith(prospects + " ") || s.startsWith(customers + " ")) && !s.endsWith("*")).toList(),
                "only the person whose observer failed is tried again");
    }

    // ---- helpers

    /** Runs now, waiting while the catch-up run of the server's start holds the lease. */
    private RetentionRun run() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try {
                return engine.runNow("retention-it");
            } catch (RetentionBusy busy) {
                if (System.nanoTime() > deadline) {
                    throw busy;
                }
                pause(); // another run (the catch-up at start) holds the lease: a real wait, not the clock's
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void moveClock(Period ahead) {
        Instant target = clock.now().atZone(ZoneOffset.UTC).plus(ahead).toInstant();
        clock.set(Clock.offset(Clock.systemUTC(), java.time.Duration.between(Instant.now(), target)));
    }

    private long count(RetentionRun run, String rule, String outcome) {
        return runs.results(run.id()).stream().filter(r -> r.rule().equals(rule) && r.outcome().equals(outcome))
                .mapToLong(RetentionRun.Result::count).sum();
    }

    private void rule(String key, RetentionRule rule) {
        ProcessingActivity activity = new ProcessingActivity(key, "Retention test " + key, null, List.of("Test the retention engine"),
                List.of(DataCategory.IDENTITY), null, List.of(DataSubjectCategory.CUSTOMERS), List.of(new LegalGround(LegalBasis.CONTRACT, null)),
                null, List.of(), rule, null);
        store.snapshot().activity(key).ifPresentOrElse(existing -> store.updateActivity(activity, existing.version()),
                () -> store.createActivity(activity));
    }

    private String proof(Instant givenAt) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO GDPR_CONSENT_PROOF (PROOF_ID,"
                + " CONSENT_ID, GIVEN_AT, POLICY_VERSION, LANGUAGE, TEXT_HASH, METHOD, GPC, CATEGORIES, SERVICES) VALUES (?, ?, ?, 1, 'en', ?, 'ACCEPT_ALL', false, '', '')")) {
            s.setString(1, id);
            s.setString(2, UUID.randomUUID().toString());
            s.setLong(3, givenAt.toEpochMilli());
            s.setString(4, "0".repeat(64));
            s.executeUpdate();
        }
        return id;
    }

    /** Proofs before the cutoff not anonymised yet. */
    private long dueProofs(Instant cutoff) throws SQLException {
        return countProofs("SELECT COUNT(*) FROM GDPR_CONSENT_PROOF WHERE GIVEN_AT < ? AND CONSENT_ID <> 'anonymised'", cutoff);
    }

    private long countProofs(String sql, Instant cutoff) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, cutoff.toEpochMilli());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private String consentIdOf(String proofId) {
        return column("CONSENT_ID", proofId);
    }

    private String textHashOf(String proofId) {
        return column("TEXT_HASH", proofId);
    }

    private String column(String column, String proofId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM GDPR_CONSENT_PROOF WHERE PROOF_ID = ?")) {
            s.setString(1, proofId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean proofExists(String id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM GDPR_CONSENT_PROOF WHERE PROOF_ID = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) == 1;
            }
        }
    }
}

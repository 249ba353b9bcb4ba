package eu.gdprmodule.web.retention;

import eu.gdprmodule.api.DataCategory;
import eu.gdprmodule.api.DataSubjectCategory;
import eu.gdprmodule.api.LegalBasis;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.RetentionRule;
import eu.gdprmodule.persistence.SchemaMigration;
import eu.gdprmodule.register.RegisterStore;
import eu.gdprmodule.retention.RetentionEngine;
import eu.gdprmodule.retention.RetentionRun;
import eu.gdprmodule.retention.RetentionRuns;
import eu.gdprmodule.retention.RetentionScheduler;
import eu.gdprmodule.retention.RetentionWorker;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The test hook of the process-level retention tests (a Payara Micro started, killed and
 * restarted by the test): seeds proofs of consent, starts a run, reports counts. Deployed only
 * in their test WAR.
 */
@WebServlet("/retention-it/*")
public class RetentionProcessITHelper extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long TWO_YEARS = 2L * 365 * 24 * 3600 * 1000;

    @Inject
    transient RegisterStore store;

    @Inject
    transient RetentionEngine engine;

    @Inject
    transient RetentionWorker worker;

    @Inject
    transient RetentionRuns runs;

    @Inject
    transient RetentionScheduler scheduler;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    transient DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            switch (request.getPathInfo()) {
                case "/seed" -> {
                    consentRule();
                    seed(Integer.parseInt(request.getParameter("old")), "crash-old-", System.currentTimeMillis() - TWO_YEARS);
                    seed(Integer.parseInt(request.getParameter("recent")), "crash-new-", System.currentTimeMillis());
                    write(response, Json.createObjectBuilder().add("seeded", true));
                }
                case "/start" -> {
                    RetentionRun run = engine.start("retention-process-it");
                    worker.carryOn(run);
                    write(response, Json.createObjectBuilder().add("id", run.id()));
                }
                case "/run" -> {
                    RetentionRun run = engine.runNow("retention-process-it");
                    write(response, runJson(run));
                }
                default -> response.sendError(404);
            }
        } catch (eu.gdprmodule.retention.RetentionBusy busy) {
            response.sendError(409, busy.getMessage());
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            switch (request.getPathInfo()) {
                case "/counts" -> write(response, Json.createObjectBuilder()
                        .add("old", count("SELECT COUNT(*) FROM GDPR_CONSENT_PROOF WHERE CONSENT_ID LIKE 'crash-old-%'"))
                        .add("recent", count("SELECT COUNT(*) FROM GDPR_CONSENT_PROOF WHERE CONSENT_ID LIKE 'crash-new-%'")));
                case "/run" -> write(response, runs.find(request.getParameter("id")).map(this::runJson)
                        .orElse(Json.createObjectBuilder().add("missing", true)));
                case "/runs" -> {
                    JsonArrayBuilder items = Json.createArrayBuilder();
                    long since = Long.parseLong(request.getParameter("since"));
                    for (RetentionRun run : runs.recent(0, 200)) {
                        if (run.startedAt().toEpochMilli() >= since) {
                            items.add(runJson(run));
                        }
                    }
                    JsonObjectBuilder tally = Json.createObjectBuilder();
                    scheduler.tally().forEach(tally::add);
                    write(response, Json.createObjectBuilder().add("runs", items).add("tally", tally));
                }
                default -> response.sendError(404);
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private JsonObjectBuilder runJson(RetentionRun run) {
        long deleted = runs.results(run.id()).stream().filter(r -> r.outcome().equals("deleted") && r.rule().equals("cookie-consent"))
                .mapToLong(RetentionRun.Result::count).sum();
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", run.id()).add("status", run.status()).add("attempts", run.attempts())
                .add("triggered", run.triggered()).add("node", run.node()).add("deleted", deleted)
                .add("startedAt", run.startedAt().toEpochMilli()).add("endedAt", run.endedAt() == null ? -1 : run.endedAt().toEpochMilli());
        if (run.slot() != null) {
            json.add("slot", run.slot().toEpochMilli());
        }
        return json;
    }

    private void consentRule() {
        ProcessingActivity activity = new ProcessingActivity("cookie-consent", "Cookie consent", null, List.of("Prove consent"),
                List.of(DataCategory.CONNECTION_LOGS), null, List.of(DataSubjectCategory.VISITORS),
                List.of(new ProcessingActivity.LegalGround(LegalBasis.CONSENT, null)), null, List.of(),
                new RetentionRule(Period.ofMonths(13), RetentionRule.Start.COLLECTION, null, null, RetentionRule.EndAction.DELETE, null), null);
        store.snapshot().activity("cookie-consent").ifPresentOrElse(a -> store.updateActivity(activity, a.version()),
                () -> store.createActivity(activity));
    }

    private void seed(int rows, String prefix, long givenAt) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO GDPR_CONSENT_PROOF (PROOF_ID,"
                + " CONSENT_ID, GIVEN_AT, POLICY_VERSION, LANGUAGE, TEXT_HASH, METHOD, GPC, CATEGORIES, SERVICES) VALUES (?, ?, ?, 1, 'en', ?, 'ACCEPT_ALL', false, '', '')")) {
            for (int i = 0; i < rows; i++) {
                s.setString(1, UUID.randomUUID().toString());
                s.setString(2, prefix + i);
                s.setLong(3, givenAt + i);
                s.setString(4, "0".repeat(64));
                s.addBatch();
                if (i % 1000 == 999) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void write(HttpServletResponse response, JsonObjectBuilder json) throws IOException {
        response.setContentType("application/json");
        response.getWriter().write(json.build().toString());
    }
}

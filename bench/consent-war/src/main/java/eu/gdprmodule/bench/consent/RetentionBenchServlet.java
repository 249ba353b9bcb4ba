package eu.gdprmodule.bench.consent;

import eu.gdprmodule.api.DataCategory;
import eu.gdprmodule.api.DataSubjectCategory;
import eu.gdprmodule.api.LegalBasis;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.RetentionRule;
import eu.gdprmodule.register.RegisterStore;
import eu.gdprmodule.retention.RetentionEngine;
import eu.gdprmodule.retention.RetentionRun;
import eu.gdprmodule.retention.RetentionRuns;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Period;
import java.util.List;
import javax.sql.DataSource;

/**
 * bench/retention's hooks: {@code POST /bench/retention/seed?rows=N} writes N proofs of consent
 * given two years ago (expired under a 13-month rule, which it puts in the register), by JDBC
 * batches; {@code POST /bench/retention/run} runs retention to its end and answers
 * {@code {"millis":N,"deleted":N,"status":"COMPLETED"}}.
 */
@WebServlet("/bench/retention/*")
public class RetentionBenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long TWO_YEARS = 2L * 365 * 24 * 3600 * 1000;

    @Resource(lookup = "java:app/jdbc/gdpr")
    DataSource dataSource;

    @Inject
    transient RegisterStore register;

    @Inject
    transient RetentionEngine engine;

    @Inject
    transient RetentionRuns runs;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String json;
        if ("/seed".equals(request.getPathInfo())) {
            int rows = Integer.parseInt(request.getParameter("rows"));
            long t0 = System.nanoTime();
            rule();
            try {
                seed(rows);
            } catch (SQLException e) {
                throw new ServletException("bench: cannot seed", e);
            }
            json = "{\"seeded\":" + rows + ",\"millis\":" + (System.nanoTime() - t0) / 1_000_000 + "}";
        } else if ("/run".equals(request.getPathInfo())) {
            long t0 = System.nanoTime();
            RetentionRun run = engine.runNow("bench");
            long millis = (System.nanoTime() - t0) / 1_000_000;
            long deleted = runs.results(run.id()).stream().filter(r -> r.outcome().equals("deleted"))
                    .mapToLong(RetentionRun.Result::count).sum();
            json = "{\"millis\":" + millis + ",\"deleted\":" + deleted + ",\"status\":\"" + run.status() + "\"}";
        } else {
            response.sendError(404);
            return;
        }
        response.setContentType("application/json");
        response.getWriter().write(json);
    }

    private void rule() {
        ProcessingActivity activity = new ProcessingActivity("cookie-consent", "Cookie consent", null, List.of("Prove consent"),
                List.of(DataCategory.CONNECTION_LOGS), null, List.of(DataSubjectCategory.VISITORS),
                List.of(new ProcessingActivity.LegalGround(LegalBasis.CONSENT, null)), null, List.of(),
                new RetentionRule(Period.ofMonths(13), RetentionRule.Start.COLLECTION, null, null, RetentionRule.EndAction.DELETE, null), null);
        register.snapshot().activity("cookie-consent").ifPresentOrElse(a -> register.updateActivity(activity, a.version()),
                () -> register.createActivity(activity));
    }

    /** Rows of the size a real proof has (categories, services, network prefix, user agent). */
    private void seed(int rows) throws SQLException {
        long givenAt = System.currentTimeMillis() - TWO_YEARS;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO GDPR_CONSENT_PROOF (PROOF_ID, CONSENT_ID, GIVEN_AT,"
                    + " POLICY_VERSION, LANGUAGE, TEXT_HASH, METHOD, GPC, CATEGORIES, SERVICES, IP_PREFIX, USER_AGENT)"
                    + " VALUES (?, ?, ?, 1, 'en', ?, 'ACCEPT_ALL', false, 'essential,analytics,media', 'stats,video', '203.0.113.0/24',"
                    + " 'Mozilla/5.0 (X11; Linux x86_64) bench/retention')")) {
                // ids as the module makes them (ConsentIds: the time they were made, then random
                // bits), each proof a visitor's first choice
                for (int i = 0; i < rows; i++) {
                    java.time.Instant at = java.time.Instant.ofEpochMilli(givenAt + i);
                    s.setString(1, eu.gdprmodule.consent.ConsentIds.next(at));
                    s.setString(2, eu.gdprmodule.consent.ConsentIds.next(at));
                    s.setLong(3, givenAt + i);
                    s.setString(4, "0".repeat(64));
                    s.addBatch();
                    if (i % 5000 == 4999) {
                        s.executeBatch();
                        c.commit();
                    }
                }
                s.executeBatch();
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}

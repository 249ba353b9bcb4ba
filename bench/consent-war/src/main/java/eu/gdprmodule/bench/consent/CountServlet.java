package eu.gdprmodule.bench.consent;

import jakarta.annotation.Resource;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * {@code GET /bench/counts}: the rows of the module's GDPR_CONSENT_PROOF and of the bench's
 * {@value RawProofTable#TABLE}, read straight from the database (no console, no sign-in), with
 * the average number of characters a row holds in its text columns, to show the two kinds of row
 * are of a size. bench/consent-writes compares the counts with the 201 answers it received.
 */
@WebServlet("/bench/counts")
public class CountServlet extends HttpServlet {

    private static final String CHARS = "LENGTH(PROOF_ID) + LENGTH(CONSENT_ID) + LENGTH(LANGUAGE) + LENGTH(TEXT_HASH)"
            + " + LENGTH(METHOD) + LENGTH(CATEGORIES) + LENGTH(SERVICES) + COALESCE(LENGTH(IP_PREFIX), 0)"
            + " + COALESCE(LENGTH(USER_AGENT), 0)";

    @Resource(lookup = "java:app/jdbc/gdpr")
    DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        StringBuilder json = new StringBuilder("{");
        try {
            RawProofTable.ensure(dataSource);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                append(json, s, "proofs", "GDPR_CONSENT_PROOF");
                json.append(',');
                append(json, s, "raw", RawProofTable.TABLE);
            }
        } catch (SQLException e) {
            throw new ServletException("bench: cannot count", e);
        }
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json.append('}').toString());
    }

    private static void append(StringBuilder json, Statement s, String name, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*), AVG(" + CHARS + ") FROM " + table)) {
            r.next();
            json.append('"').append(name).append("\":").append(r.getLong(1))
                    .append(",\"").append(name).append("RowChars\":").append(r.getLong(2));
        }
    }
}

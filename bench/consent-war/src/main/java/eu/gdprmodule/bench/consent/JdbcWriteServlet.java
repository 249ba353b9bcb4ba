package eu.gdprmodule.bench.consent;

import jakarta.annotation.Resource;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@code POST /bench/jdbc-write}: the baseline of bench/consent-writes. One raw JDBC INSERT of a
 * row shaped like an "accept all" proof of the bench's catalogue (two UUIDs, a SHA-256 in hex,
 * the categories and services, the truncated address, the User-Agent) into {@value
 * RawProofTable#TABLE}, on a pooled connection of the module's data source in auto-commit mode:
 * one durable commit per row, as the module's proof. Answers 201 once committed.
 */
@WebServlet("/bench/jdbc-write")
public class JdbcWriteServlet extends HttpServlet {

    private static final String INSERT = "INSERT INTO " + RawProofTable.TABLE
            + " (PROOF_ID, CONSENT_ID, GIVEN_AT, POLICY_VERSION, LANGUAGE, TEXT_HASH, METHOD, GPC, CATEGORIES, SERVICES,"
            + " IP_PREFIX, USER_AGENT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String TEXT_HASH = sha256("bench banner text");

    @Resource(lookup = "java:app/jdbc/gdpr")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try (InputStream in = request.getInputStream()) {
            in.readAllBytes(); // the same body as the API's, read and dropped
        }
        String consentId = UUID.randomUUID().toString();
        try {
            RawProofTable.ensure(dataSource);
            try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
                c.setAutoCommit(true);
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, consentId);
                insert.setLong(3, System.currentTimeMillis());
                insert.setInt(4, 1);
                insert.setString(5, "en");
                insert.setString(6, TEXT_HASH);
                insert.setString(7, "ACCEPT_ALL");
                insert.setBoolean(8, false);
                insert.setString(9, "analytics essential media");
                insert.setString(10, "consent session shop-analytics video");
                insert.setString(11, truncate(request.getRemoteAddr()));
                String agent = request.getHeader("User-Agent");
                insert.setString(12, agent == null ? null : agent.substring(0, Math.min(agent.length(), 512)));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new ServletException("bench: raw insert failed", e);
        }
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"consentId\":\"" + consentId + "\"}");
    }

    /** As the module's Consents.truncate for IPv4: the /24 network. */
    private static String truncate(String address) {
        if (address == null) {
            return null;
        }
        int last = address.lastIndexOf('.');
        return last > 0 && !address.contains(":") ? address.substring(0, last) + ".0" : address;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package eu.gdprmodule.bench.consent;

import jakarta.annotation.Resource;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Creates {@value #TABLE}, the baseline of bench/consent-writes, in the module's own database
 * ({@code java:app/jdbc/gdpr}, embedded Derby under GDPR_DATA_DIR) when the application starts.
 * Its columns, primary key and indexes are those of the module's GDPR_CONSENT_PROOF (migrations
 * V5 and V8), so a raw row costs Derby what a proof costs it, and the difference the bench measures is
 * the module's own work.
 */
@WebListener
public class RawProofTable implements ServletContextListener {

    static final String TABLE = "BENCH_RAW_PROOF";
    private static final Logger LOG = Logger.getLogger(RawProofTable.class.getName());
    private static volatile boolean created;

    @Resource(lookup = "java:app/jdbc/gdpr")
    DataSource dataSource;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            ensure(dataSource);
        } catch (SQLException e) {
            // JdbcWriteServlet tries again on its first request
            LOG.warning("bench: cannot create " + TABLE + " yet: " + e.getMessage());
        }
    }

    static void ensure(DataSource dataSource) throws SQLException {
        if (created) {
            return;
        }
        synchronized (RawProofTable.class) {
            if (created) {
                return;
            }
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                if (!c.getMetaData().getTables(null, null, TABLE, null).next()) {
                    s.executeUpdate("CREATE TABLE " + TABLE + " ("
                            + " PROOF_ID VARCHAR(36) NOT NULL, CONSENT_ID VARCHAR(36) NOT NULL, GIVEN_AT BIGINT NOT NULL,"
                            + " POLICY_VERSION INTEGER NOT NULL, LANGUAGE VARCHAR(8) NOT NULL, TEXT_HASH VARCHAR(64) NOT NULL,"
                            + " METHOD VARCHAR(20) NOT NULL, GPC BOOLEAN NOT NULL, CATEGORIES VARCHAR(2000) NOT NULL,"
                            + " SERVICES VARCHAR(4000) NOT NULL, IP_PREFIX VARCHAR(64), USER_AGENT VARCHAR(512),"
                            + " CONSTRAINT " + TABLE + "_PK PRIMARY KEY (GIVEN_AT, PROOF_ID))");
                    if (!c.getAutoCommit()) {
                        c.commit();
                    }
                    LOG.info("bench: created " + TABLE);
                }
            }
            created = true;
        }
    }
}

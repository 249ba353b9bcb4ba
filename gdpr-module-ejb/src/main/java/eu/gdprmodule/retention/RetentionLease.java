package eu.gdprmodule.retention;

import eu.gdprmodule.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.PersistenceException;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The cluster lease: one row that a server takes with an {@code UPDATE ... WHERE} the lease has
 * expired (or is its own). The database decides between servers that try at the same moment (the
 * row lock serialises the updates; the second sees the new expiry and matches nothing), on Derby
 * and PostgreSQL alike. Each call commits on its own, so the lease is visible to the other servers
 * at once. Timers alone would not do: on Payara Micro every server fires its own.
 *
 * <p>Times here are the servers' real time, never the module's clock, which tests move by years.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionLease {

    static final String NAME = "retention";

    /** This server for the life of the JVM: its process and a random part, so a restart is another holder. */
    public static final String NODE = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    /**
     * Takes the lease for {@code duration} if it is free (released) or expired; true when this
     * server now holds it. Not re-entrant: a second run on the same server waits like any other.
     */
    public boolean acquire(Duration duration) {
        long now = System.currentTimeMillis();
        return update("UPDATE GDPR_RETENTION_LEASE SET HOLDER = ?, EXPIRES_AT = ? WHERE NAME = ? AND EXPIRES_AT < ?",
                NODE, now + duration.toMillis(), NAME, now) == 1;
    }

    /** Extends the lease this server holds; false when it lost it (it expired and another server took it). */
    public boolean renew(Duration duration) {
        return update("UPDATE GDPR_RETENTION_LEASE SET EXPIRES_AT = ? WHERE NAME = ? AND HOLDER = ?",
                System.currentTimeMillis() + duration.toMillis(), NAME, NODE) == 1;
    }

    /** Gives the lease up, if this server holds it. */
    public void release() {
        update("UPDATE GDPR_RETENTION_LEASE SET EXPIRES_AT = 0 WHERE NAME = ? AND HOLDER = ?", NAME, NODE);
    }

    /** Who holds the lease and until when (epoch ms), when it is held. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Holder> holder() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT HOLDER, EXPIRES_AT FROM GDPR_RETENTION_LEASE WHERE NAME = ?")) {
            s.setString(1, NAME);
            try (ResultSet r = s.executeQuery()) {
                if (r.next() && r.getLong(2) >= System.currentTimeMillis()) {
                    return Optional.of(new Holder(r.getString(1), r.getLong(2)));
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("The retention lease could not be read", e);
        }
    }

    /** The holder of a lease and its expiry (epoch ms). */
    public record Holder(String node, long expiresAt) {
    }

    private int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("The retention lease could not be updated", e);
        }
    }
}

package eu.gdprmodule.consent;

import eu.gdprmodule.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Writes the proof of a choice with one INSERT. A visitor's choice is the module's busiest write
 * and a proof is never updated nor read back while it is made, so it goes straight to the pooled
 * data source: through an enterprise bean, a JTA transaction and the persistence unit it cost
 * three times the CPU of the INSERT itself (bench/consent-writes). {@link ConsentRecord} stays the
 * entity the console and the retention job read.
 *
 * <p>Outside a transaction (a visitor's request) the INSERT commits on its own, durably, before
 * {@link #record} returns, so the cookie is set only for a stored proof. Inside one (a caller's
 * transaction) it commits or rolls back with it. Either way {@link ConsentRelay} announces the
 * choice only once it committed: a transactional observer is called at once when no transaction
 * is active, else after it succeeds.
 */
@ApplicationScoped
public class ProofWriter {

    private static final String INSERT = "INSERT INTO GDPR_CONSENT_PROOF (PROOF_ID, CONSENT_ID, GIVEN_AT, POLICY_VERSION,"
            + " LANGUAGE, TEXT_HASH, METHOD, GPC, CATEGORIES, SERVICES, IP_PREFIX, USER_AGENT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<PendingConsent> pending;

    /** Stores a proof (its text stored before) and announces the choice once it committed. */
    public ConsentRecord record(ConsentRecord record, PendingConsent choice) {
        boolean own = transactions.getTransactionKey() == null;
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            if (own && !connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            record.bind(insert);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("The proof of consent " + record.getConsentId() + " could not be stored", e);
        }
        pending.fire(choice);
        return record;
    }
}

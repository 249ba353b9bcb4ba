package eu.gdprmodule.consent;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Secrets generated once and shared by every server through the database, so a cookie signed by
 * one server of a cluster is honoured by the others.
 */
@Stateless
public class SecretStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "gdpr")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** The stored secret, if any. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<byte[]> find(String name) {
        List<?> rows = em.createNativeQuery("SELECT SECRET_VALUE FROM GDPR_SECRET WHERE NAME = ?").setParameter(1, name).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(Base64.getDecoder().decode(rows.get(0).toString().strip()));
    }

    /**
     * Stores a new random secret of {@code bytes} bytes under this name. Fails (with a duplicate
     * key) when another server stored one first; the caller then reads theirs.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public byte[] create(String name, int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        em.createNativeQuery("INSERT INTO GDPR_SECRET (NAME, SECRET_VALUE, CREATED_AT) VALUES (?, ?, ?)")
                .setParameter(1, name).setParameter(2, Base64.getEncoder().encodeToString(secret))
                .setParameter(3, clock.millis()).executeUpdate();
        return secret;
    }
}

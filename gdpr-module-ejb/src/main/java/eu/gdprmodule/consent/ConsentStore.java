package eu.gdprmodule.consent;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores the proof of every choice and finds it again for the console and an authority. A choice
 * is acknowledged to the visitor (cookie set, banner closed) only after its proof committed.
 */
@Stateless
public class ConsentStore {

    @PersistenceContext(unitName = "gdpr")
    private EntityManager em;

    @Inject
    ProofWriter proofs;

    /**
     * Records one choice.
     *
     * @param token     the choice as the cookie will carry it
     * @param givenAt   when, to the millisecond
     * @param method    how it was given
     * @param gpc       whether the browser sent Global Privacy Control
     * @param text      what the visitor was shown (stored before, see {@link #storeText})
     * @param ipPrefix  the truncated address, or {@code null}
     * @param userAgent the browser's User-Agent, or {@code null}
     */
    public ConsentRecord record(ConsentToken token, Instant givenAt, ConsentMethod method, boolean gpc, BannerText text, String ipPrefix,
            String userAgent, java.util.Set<String> refused) {
        return proofs.record(new ConsentRecord(ConsentIds.next(givenAt), token, givenAt, text.language(), text.hash(), method, gpc,
                ipPrefix, userAgent), new PendingConsent(token, method, gpc, refused));
    }

    /**
     * Stores a banner text unless it already is. Its own transaction: two servers storing the
     * same text at once must not fail a visitor's choice (the loser's insert fails, the text is there).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void storeText(BannerText text, Instant at) {
        if (em.find(ConsentText.class, text.hash()) == null) {
            em.persist(new ConsentText(text.hash(), text.language(), text.policyVersion(), text.text(), at));
            em.flush();
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ConsentText> text(String hash) {
        return Optional.ofNullable(em.find(ConsentText.class, hash));
    }

    /** Proofs matching a search, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ConsentRecord> search(ProofQuery query, int first, int max) {
        TypedQuery<ConsentRecord> q = em.createQuery("SELECT r FROM ConsentRecord r" + where(query)
                + " ORDER BY r.givenAt DESC, r.proofId", ConsentRecord.class);
        bind(q, query);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(ProofQuery query) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(r) FROM ConsentRecord r" + where(query), Long.class);
        bind(q, query);
        return q.getSingleResult();
    }

    private static String where(ProofQuery query) {
        StringBuilder where = new StringBuilder();
        if (query.consentId() != null) {
            where.append(" AND r.consentId = :consentId");
            if (ConsentIds.madeAt(query.consentId()).isPresent()) {
                // no index on the consent id (migration V8): its proofs were given after the id was
                // made, so only those are read, through the primary key (GIVEN_AT first)
                where.append(" AND r.givenAt >= :consentMade");
            }
        }
        if (query.from() != null) {
            where.append(" AND r.givenAt >= :from");
        }
        if (query.to() != null) {
            where.append(" AND r.givenAt < :to");
        }
        if (query.method() != null) {
            where.append(" AND r.method = :method");
        }
        return where.isEmpty() ? "" : " WHERE" + where.substring(4);
    }

    private static void bind(TypedQuery<?> q, ProofQuery query) {
        if (query.consentId() != null) {
            q.setParameter("consentId", query.consentId());
            ConsentIds.madeAt(query.consentId())
                    .ifPresent(made -> q.setParameter("consentMade", made.minus(ConsentIds.CLOCK_MARGIN).toEpochMilli()));
        }
        if (query.from() != null) {
            q.setParameter("from", query.from().toEpochMilli());
        }
        if (query.to() != null) {
            q.setParameter("to", query.to().toEpochMilli());
        }
        if (query.method() != null) {
            q.setParameter("method", query.method().name());
        }
    }
}

package eu.gdprmodule.request;

import eu.gdprmodule.api.AuditTrail;
import eu.gdprmodule.api.AuditedChange;
import eu.gdprmodule.audit.AuditChain;
import eu.gdprmodule.config.ModuleClock;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Writes a request's timeline and the audit log together: every step of a request is proof that
 * the controller answered (Art. 5(2)), so each is in the request's own history, which the console
 * shows, and in the hash-chained audit log, which an authority may be shown.
 */
@Stateless
public class RequestTimeline {

    static final String SYSTEM = "system";
    static final String AUDIT_TYPE = "data-subject-request";

    @PersistenceContext(unitName = "gdpr")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ModuleClock clock;

    @Resource
    SessionContext session;

    /** Notes a step in the caller's transaction; the actor is the signed-in caller unless given. */
    public void note(DataSubjectRequest request, String kind, String detail) {
        note(request.getId(), request.getReference(), AuditChain.actorOf(session), kind, detail);
    }

    public void note(String requestId, String reference, String actor, String kind, String detail) {
        em.persist(new RequestEvent(requestId, clock.now(), actor, kind, detail));
        audit.record(AuditedChange.of(AUDIT_TYPE, reference, kind).to(detail).by(actor));
    }

    /** Who calls: the signed-in user, or {@code system}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String caller() {
        return AuditChain.actorOf(session);
    }

    /** Notes a step in a transaction of its own (after the caller's committed). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void noteAlone(String requestId, String actor, String kind, String detail) {
        DataSubjectRequest request = em.find(DataSubjectRequest.class, requestId);
        if (request != null) {
            note(requestId, request.getReference(), actor, kind, detail);
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RequestEvent> of(String requestId) {
        return em.createQuery("SELECT e FROM RequestEvent e WHERE e.requestId = :id ORDER BY e.at, e.id", RequestEvent.class)
                .setParameter("id", requestId).getResultList();
    }
}

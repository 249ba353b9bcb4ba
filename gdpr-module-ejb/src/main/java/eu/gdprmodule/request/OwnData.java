package eu.gdprmodule.request;

import eu.gdprmodule.api.PersonalDataExport;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What the module itself holds about a person, for their export: their requests and the
 * restrictions and objections in force. Cookie-consent proofs are not included: they are keyed by
 * a random consent id, never by a person, so the module cannot tell whose they are (by design,
 * Art. 11: no extra data is kept only to identify someone).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OwnData {

    static final String NAME = "gdpr-module";

    @PersistenceContext(unitName = "gdpr")
    EntityManager em;

    public List<ExportArchive.Source> of(DataSubjectRequest request) {
        String hash = request.getEmailHash();
        return List.of(
                new ExportArchive.Source(NAME, new PersonalDataExport.Kind("privacy-requests", "Your privacy requests",
                        List.of("reference", "right", "status", "received", "deadline", "closed", "details"),
                        (first, max) -> em.createQuery("SELECT r FROM DataSubjectRequest r WHERE r.emailHash = :h ORDER BY r.receivedAt, r.id",
                                DataSubjectRequest.class).setParameter("h", hash).setFirstResult(first).setMaxResults(max)
                                .getResultList().stream().<List<?>>map(r -> java.util.Arrays.asList(r.getReference(),
                                        r.getRight().wire(), r.getStatus().name().toLowerCase(), r.getReceivedAt(), r.getDeadline(),
                                        r.getClosedAt(), r.getDetails())).toList())),
                new ExportArchive.Source(NAME, new PersonalDataExport.Kind("restrictions-and-objections",
                        "Restrictions, objections and suppression", List.of("kind", "purpose", "since", "lifted"),
                        (first, max) -> em.createQuery("SELECT r FROM RightInForce r WHERE r.emailHash = :h ORDER BY r.since, r.id",
                                RightInForce.class).setParameter("h", hash).setFirstResult(first).setMaxResults(max)
                                .getResultList().stream().<List<?>>map(r -> java.util.Arrays.asList(r.getKind().name().toLowerCase(),
                                        r.getPurpose(), r.getSince(), r.getLiftedAt())).toList())));
    }
}

package eu.gdprmodule.request;

import eu.gdprmodule.api.RightsInForce;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** {@link RightsInForce} from the database, so every server of a cluster answers alike. */
@Stateless
@LocalBean // also injectable by its class, not only as the api interface it implements
@Local(RightsInForce.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RightsRegistry implements RightsInForce {

    @PersistenceContext(unitName = "gdpr")
    EntityManager em;

    @Override
    public boolean isRestricted(String email, String purpose) {
        return any(email, RightInForce.Kind.RESTRICTION, List.of(RightInForce.ALL_PURPOSES, purpose == null ? "" : purpose));
    }

    @Override
    public boolean hasObjected(String email, String purpose) {
        return any(email, RightInForce.Kind.OBJECTION, List.of(purpose == null ? "" : purpose));
    }

    @Override
    public boolean isSuppressed(String email) {
        return any(email, RightInForce.Kind.SUPPRESSION, List.of(DIRECT_MARKETING));
    }

    private boolean any(String email, RightInForce.Kind kind, List<String> purposes) {
        if (email == null || email.isBlank()) {
            return false;
        }
        return em.createQuery("SELECT COUNT(r) FROM RightInForce r WHERE r.emailHash = :hash AND r.kind = :kind"
                + " AND r.purpose IN :purposes AND r.liftedAt IS NULL", Long.class)
                .setParameter("hash", Secrets.emailHash(email)).setParameter("kind", kind.name())
                .setParameter("purposes", purposes).getSingleResult() > 0;
    }
}

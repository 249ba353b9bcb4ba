package eu.gdprmodule.audit;

import eu.gdprmodule.api.AuditTrail;
import eu.gdprmodule.api.AuditedChange;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;

/**
 * Appends entries to the audit log, in the caller's transaction.
 *
 * <p>Appending first increments the head row's sequence: that update locks the row until the
 * transaction ends, so concurrent appends (on this server or another one on the same database)
 * queue up, each gets the next number and links to the entry committed before it. A rolled-back
 * change rolls back its entry and the increment together, so the numbers stay without gaps and a
 * gap always means an entry was removed.
 */
@Stateless
@LocalBean // the module injects the class itself
@Local(AuditTrail.class) // hosts inject the interface
public class AuditChain implements AuditTrail {

    /** The actor when nobody is signed in: timers, start-up work, anonymous visitors' requests. */
    public static final String SYSTEM = "system";

    @PersistenceContext(unitName = "gdpr")
    private EntityManager em;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    @Override
    public long record(AuditedChange change) {
        String actor = present(change.actor()) ? change.actor().strip() : caller();
        require("entityType", change.entityType(), 100);
        require("entityId", change.entityId(), 255);
        require("action", change.action(), 100);
        require("actor", actor, 255);
        limit("before", change.before());
        limit("after", change.after());

        em.createNativeQuery("UPDATE GDPR_AUDIT_HEAD SET LAST_SEQ = LAST_SEQ + 1 WHERE ID = 1").executeUpdate();
        Object[] head = (Object[]) em.createNativeQuery("SELECT LAST_SEQ, LAST_HASH FROM GDPR_AUDIT_HEAD WHERE ID = 1")
                .getSingleResult();
        long seq = ((Number) head[0]).longValue();
        String previous = head[1].toString().strip();
        AuditEntry entry = new AuditEntry(seq, clock.millis(), actor, change.entityType().strip(),
                change.entityId().strip(), change.action().strip(), change.before(), change.after(), previous);
        em.persist(entry);
        em.createNativeQuery("UPDATE GDPR_AUDIT_HEAD SET LAST_HASH = ? WHERE ID = 1")
                .setParameter(1, entry.getHash()).executeUpdate();
        em.flush();
        return seq;
    }

    private String caller() {
        return actorOf(session);
    }

    /**
     * Who calls an EJB, as the audit log names them: the signed-in user, else {@link #SYSTEM}
     * (also where the container has no caller to give, such as during start-up).
     */
    public static String actorOf(SessionContext session) {
        try {
            Principal principal = session.getCallerPrincipal();
            String name = principal == null ? null : principal.getName();
            // Payara names the unauthenticated caller ANONYMOUS.
            return !present(name) || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
        } catch (IllegalStateException e) {
            return SYSTEM;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void require(String field, String value, int max) {
        if (!present(value)) {
            throw new InvalidAuditEntry("An audit entry needs a " + field + ".");
        }
        if (value.strip().length() > max) {
            throw new InvalidAuditEntry("The audit entry's " + field + " is longer than " + max + " characters.");
        }
    }

    private static void limit(String field, String summary) {
        if (summary != null && summary.length() > AuditedChange.MAX_SUMMARY) {
            throw new InvalidAuditEntry("The audit entry's '" + field + "' summary is longer than "
                    + AuditedChange.MAX_SUMMARY + " characters; record a shorter summary.");
        }
    }
}

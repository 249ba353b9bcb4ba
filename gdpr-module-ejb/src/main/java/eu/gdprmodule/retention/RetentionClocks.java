package eu.gdprmodule.retention;

import eu.gdprmodule.api.ProcessingFact;
import eu.gdprmodule.api.RetentionRule;
import jakarta.persistence.EntityManager;

/**
 * Keeps, per person and activity, when each kind of retention clock started (Art. 5(1)(e) GDPR:
 * "three years from the last contact" needs the last contact). Called in the transaction that
 * stores the fact, so the clock moves exactly when the host's change commits.
 */
final class RetentionClocks {

    static final String ACTIVE = "ACTIVE";
    static final String ARCHIVED = "ARCHIVED";

    private RetentionClocks() {
    }

    /** The clock a fact starts: its kind, with the event's name for a host event. */
    static String startKind(ProcessingFact fact) {
        return fact.kind() == ProcessingFact.Kind.HOST_EVENT ? "HOST_EVENT:" + fact.hostEvent() : fact.kind().name();
    }

    /** The clock a rule reads. */
    static String startKind(RetentionRule rule) {
        return switch (rule.startsAt()) {
            case COLLECTION -> ProcessingFact.Kind.DATA_COLLECTED.name();
            case LAST_CONTACT -> ProcessingFact.Kind.CONTACT_BY_SUBJECT.name();
            case CONTRACT_END -> ProcessingFact.Kind.CONTRACT_ENDED.name();
            case HOST_EVENT -> "HOST_EVENT:" + rule.hostEvent();
        };
    }

    /**
     * Starts or restarts the clock the fact names. A later fact restarts it (and brings archived
     * data back to the active stage: the person is in touch again); an earlier one, reported late,
     * changes nothing. A new contract stops the contract-end clock until that contract ends.
     */
    static void record(EntityManager em, ProcessingFact fact, long nowMillis) {
        long at = fact.occurredAt().toEpochMilli();
        if (fact.kind() == ProcessingFact.Kind.CONTRACT_STARTED) {
            em.createNativeQuery("DELETE FROM GDPR_RETENTION_CLOCK WHERE SUBJECT = ? AND ACTIVITY = ? AND START_KIND = ? AND STARTED_AT <= ?")
                    .setParameter(1, fact.subject()).setParameter(2, fact.activity())
                    .setParameter(3, ProcessingFact.Kind.CONTRACT_ENDED.name()).setParameter(4, at).executeUpdate();
            return;
        }
        String kind = startKind(fact);
        int moved = em.createNativeQuery("UPDATE GDPR_RETENTION_CLOCK SET STARTED_AT = ?, STAGE = ?, STAGE_SINCE = ?"
                + " WHERE SUBJECT = ? AND ACTIVITY = ? AND START_KIND = ? AND STARTED_AT < ?")
                .setParameter(1, at).setParameter(2, ACTIVE).setParameter(3, nowMillis).setParameter(4, fact.subject())
                .setParameter(5, fact.activity()).setParameter(6, kind).setParameter(7, at).executeUpdate();
        if (moved > 0) {
            return;
        }
        Number existing = (Number) em.createNativeQuery("SELECT COUNT(*) FROM GDPR_RETENTION_CLOCK WHERE SUBJECT = ? AND ACTIVITY = ? AND START_KIND = ?")
                .setParameter(1, fact.subject()).setParameter(2, fact.activity()).setParameter(3, kind).getSingleResult();
        if (existing.longValue() == 0) {
            em.createNativeQuery("INSERT INTO GDPR_RETENTION_CLOCK (SUBJECT, ACTIVITY, START_KIND, STARTED_AT, STAGE, STAGE_SINCE)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")
                    .setParameter(1, fact.subject()).setParameter(2, fact.activity()).setParameter(3, kind)
                    .setParameter(4, at).setParameter(5, ACTIVE).setParameter(6, nowMillis).executeUpdate();
        }
    }
}

package eu.gdprmodule.request;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds requests for the console: the inbox, one request, and the dashboard's deadline counts. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RequestInbox {

    /** Open and unverified requests by deadline: how many are overdue and due within a week. */
    public record DeadlineCounts(long open, long dueSoon, long overdue) {
    }

    @PersistenceContext(unitName = "gdpr")
    EntityManager em;

    public Optional<DataSubjectRequest> find(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT r FROM DataSubjectRequest r WHERE r.reference = :ref", DataSubjectRequest.class)
                .setParameter("ref", reference.trim().toUpperCase(Locale.ROOT)).getResultList().stream().findFirst();
    }

    /** Requests matching the query, the most urgent first (open ones by deadline, then the rest, newest first). */
    public List<DataSubjectRequest> search(InboxQuery query, int first, int max) {
        TypedQuery<DataSubjectRequest> q = em.createQuery("SELECT r FROM DataSubjectRequest r" + where(query)
                + " ORDER BY CASE WHEN r.status IN ('OPEN', 'UNVERIFIED') THEN 0 ELSE 1 END,"
                + " COALESCE(r.extendedTo, r.dueOn), r.receivedAt DESC", DataSubjectRequest.class);
        bind(q, query);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(InboxQuery query) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(r) FROM DataSubjectRequest r" + where(query), Long.class);
        bind(q, query);
        return q.getSingleResult();
    }

    /** Requests still to answer, and which of them are due soon or overdue on this day. */
    public DeadlineCounts deadlines(LocalDate today) {
        // ISO dates compare as text; the bounds are those of Deadlines.dueSoon and Deadlines.overdue
        String open = "SELECT COUNT(r) FROM DataSubjectRequest r WHERE r.status IN ('OPEN', 'UNVERIFIED')";
        String deadline = "COALESCE(r.extendedTo, r.dueOn)";
        long all = em.createQuery(open, Long.class).getSingleResult();
        long soon = em.createQuery(open + " AND " + deadline + " >= :today AND " + deadline + " <= :week", Long.class)
                .setParameter("today", today.toString())
                .setParameter("week", today.plusDays(Deadlines.REMIND_DAYS_BEFORE).toString()).getSingleResult();
        long late = em.createQuery(open + " AND " + deadline + " < :today", Long.class)
                .setParameter("today", today.toString()).getSingleResult();
        return new DeadlineCounts(all, soon, late);
    }

    /** Every request still to answer (the deadline runs from receipt, verified or not). */
    public List<DataSubjectRequest> open() {
        return em.createQuery("SELECT r FROM DataSubjectRequest r WHERE r.status IN ('OPEN', 'UNVERIFIED')",
                DataSubjectRequest.class).getResultList();
    }

    private static String where(InboxQuery query) {
        StringBuilder where = new StringBuilder();
        if (query.right() != null) {
            where.append(" AND r.right = :right");
        }
        if (query.status() != null) {
            where.append(" AND r.status = :status");
        }
        if (query.dueBy() != null) {
            // ISO dates compare as text
            where.append(" AND r.status IN ('OPEN', 'UNVERIFIED') AND COALESCE(r.extendedTo, r.dueOn) <= :dueBy");
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" AND (r.reference = :ref OR LOWER(r.email) LIKE :email)");
        }
        return where.isEmpty() ? "" : " WHERE" + where.substring(4);
    }

    private static void bind(TypedQuery<?> q, InboxQuery query) {
        if (query.right() != null) {
            q.setParameter("right", query.right().name());
        }
        if (query.status() != null) {
            q.setParameter("status", query.status().name());
        }
        if (query.dueBy() != null) {
            q.setParameter("dueBy", query.dueBy().toString());
        }
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text().trim().toLowerCase(Locale.ROOT);
            q.setParameter("ref", text.toUpperCase(Locale.ROOT));
            q.setParameter("email", "%" + text.replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
    }
}

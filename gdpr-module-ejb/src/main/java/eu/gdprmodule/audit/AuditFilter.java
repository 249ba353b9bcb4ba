package eu.gdprmodule.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the console and the CSV export narrow the audit log to. Every criterion is optional;
 * the text criteria match exactly, except the actor, which matches from its start (so
 * {@code camille} finds {@code camille.martin@example.com}) unless {@code actorExact}. Exact and
 * prefix matches use the log's indexes, which keeps filtering fast on millions of entries.
 *
 * @param actor      the start of the actor's name, or {@code null}
 * @param entityType the entity type, or {@code null}
 * @param entityId   the entity id, or {@code null}
 * @param action     the action, or {@code null}
 * @param from       entries recorded at or after this instant, or {@code null}
 * @param to         entries recorded before this instant, or {@code null}
 * @param actorExact whether {@code actor} is the whole name rather than its start
 */
public record AuditFilter(String actor, String entityType, String entityId, String action, Instant from,
        Instant to, boolean actorExact) implements Serializable {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    /** A filter whose actor criterion matches from the start of the name. */
    public AuditFilter(String actor, String entityType, String entityId, String action, Instant from, Instant to) {
        this(actor, entityType, entityId, action, from, to, false);
    }

    /** The same filter with the actor matched as a whole name. */
    AuditFilter withExactActor(String name) {
        return new AuditFilter(name, entityType, entityId, action, from, to, true);
    }

    public AuditFilter {
        actor = blankToNull(actor);
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
        action = blankToNull(action);
    }

    public boolean isEmpty() {
        return actor == null && entityType == null && entityId == null && action == null && from == null && to == null;
    }

    /** The SQL condition (starting with {@code WHERE}, or empty) and, in order, its parameters. */
    String where(List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (actor != null && actorExact) {
            conditions.add("ACTOR = ?");
            parameters.add(actor);
        } else if (actor != null) {
            conditions.add("ACTOR LIKE ? ESCAPE '\\'");
            parameters.add(escapeLike(actor) + "%");
        }
        if (entityType != null) {
            conditions.add("ENTITY_TYPE = ?");
            parameters.add(entityType);
        }
        if (entityId != null) {
            conditions.add("ENTITY_ID = ?");
            parameters.add(entityId);
        }
        if (action != null) {
            conditions.add("ACTION = ?");
            parameters.add(action);
        }
        if (from != null) {
            conditions.add("RECORDED_AT >= ?");
            parameters.add(from.toEpochMilli());
        }
        if (to != null) {
            conditions.add("RECORDED_AT < ?");
            parameters.add(to.toEpochMilli());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

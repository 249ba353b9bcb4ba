package eu.gdprmodule.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * One change for the audit log: what entity, what action, a summary of the state before and
 * after. Summaries are short readable text such as {@code email=old@example.com}; they are stored
 * as given (up to 4,000 characters each), so they should not carry more personal data than the
 * reader of the log needs (data minimisation, Art. 5(1)(c) GDPR).
 *
 * <pre>
 * AuditedChange.of("invoice", "INV-2026-000042", "cancelled").from("status=issued").to("status=cancelled")
 * </pre>
 *
 * @param entityType kind of entity, lower-case words such as {@code customer} (at most 100 characters)
 * @param entityId   the entity's identifier (at most 255 characters)
 * @param action     what happened, such as {@code created}, {@code email-changed} (at most 100 characters)
 * @param before     the state before, or {@code null}
 * @param after      the state after, or {@code null}
 * @param actor      who did it, or {@code null} for the signed-in caller
 * @since 0.1
 */
public record AuditedChange(String entityType, String entityId, String action, String before, String after,
        String actor) implements Serializable {

    /** Longest summary kept; longer ones are refused rather than silently cut. */
    public static final int MAX_SUMMARY = 4000;

    public AuditedChange {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(action, "action");
    }

    /** A change with no summaries yet, by the signed-in caller. */
    public static AuditedChange of(String entityType, String entityId, String action) {
        return new AuditedChange(entityType, entityId, action, null, null, null);
    }

    /** The same change with this state before. */
    public AuditedChange from(String before) {
        return new AuditedChange(entityType, entityId, action, before, after, actor);
    }

    /** The same change with this state after. */
    public AuditedChange to(String after) {
        return new AuditedChange(entityType, entityId, action, before, after, actor);
    }

    /** The same change attributed to a named actor, such as a batch job or a system user. */
    public AuditedChange by(String actor) {
        return new AuditedChange(entityType, entityId, action, before, after, actor);
    }
}

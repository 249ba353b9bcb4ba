package eu.gdprmodule.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the audit log. It has no setters: once created it is only ever read.
 */
@Entity
@Table(name = "GDPR_AUDIT_ENTRY")
public class AuditEntry {

    @Id
    @Column(name = "SEQ")
    private long seq;

    @Column(name = "RECORDED_AT", nullable = false)
    private long recordedAt;

    @Column(name = "ACTOR", nullable = false)
    private String actor;

    @Column(name = "ENTITY_TYPE", nullable = false)
    private String entityType;

    @Column(name = "ENTITY_ID", nullable = false)
    private String entityId;

    @Column(name = "ACTION", nullable = false)
    private String action;

    @Column(name = "BEFORE_STATE")
    private String before;

    @Column(name = "AFTER_STATE")
    private String after;

    @Column(name = "PREVIOUS_HASH", nullable = false)
    private String previousHash;

    @Column(name = "ENTRY_HASH", nullable = false)
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(long seq, long recordedAt, String actor, String entityType, String entityId, String action,
            String before, String after, String previousHash) {
        this.seq = seq;
        this.recordedAt = recordedAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.before = before;
        this.after = after;
        this.previousHash = previousHash;
        this.hash = EntryHash.of(seq, recordedAt, actor, entityType, entityId, action, before, after, previousHash);
    }

    /** An entry as read from the database, hash included, for the verifier and the console. */
    static AuditEntry stored(long seq, long recordedAt, String actor, String entityType, String entityId,
            String action, String before, String after, String previousHash, String hash) {
        AuditEntry entry = new AuditEntry();
        entry.seq = seq;
        entry.recordedAt = recordedAt;
        entry.actor = actor;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.action = action;
        entry.before = before;
        entry.after = after;
        entry.previousHash = previousHash == null ? null : previousHash.strip();
        entry.hash = hash == null ? null : hash.strip();
        return entry;
    }

    /** The hash this entry's fields give, to compare with the stored {@link #getHash()}. */
    String computeHash() {
        return EntryHash.of(seq, recordedAt, actor, entityType, entityId, action, before, after, previousHash);
    }

    public long getSeq() {
        return seq;
    }

    public Instant getRecordedAt() {
        return Instant.ofEpochMilli(recordedAt);
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}

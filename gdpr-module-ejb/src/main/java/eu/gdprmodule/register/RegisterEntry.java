package eu.gdprmodule.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One item of the register as stored: an activity, a recipient or the global security measures,
 * as its register-file JSON. The version guards against two administrators overwriting each
 * other's edits.
 */
@Entity
@Table(name = "GDPR_REGISTER_ENTRY")
public class RegisterEntry {

    /** The kinds of items, as stored in {@code ITEM_KIND}. */
    public enum Kind {
        ACTIVITY("activity"), RECIPIENT("recipient"), SECURITY_MEASURES("security-measures");

        private final String stored;

        Kind(String stored) {
            this.stored = stored;
        }

        public String stored() {
            return stored;
        }

        static Kind of(String stored) {
            for (Kind kind : values()) {
                if (kind.stored.equals(stored)) {
                    return kind;
                }
            }
            throw new IllegalStateException("Unknown register item kind " + stored);
        }
    }

    /** Longest JSON an entry holds (the column's size). */
    static final int MAX_DOCUMENT = 32000;

    @Id
    @Column(name = "ID")
    private String id;

    @Column(name = "ITEM_KIND", nullable = false)
    private String kind;

    @Column(name = "ENTRY_KEY", nullable = false)
    private String key;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "DOCUMENT", nullable = false, length = MAX_DOCUMENT)
    private String document;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    @Column(name = "CHANGED_AT", nullable = false)
    private long changedAt;

    @Column(name = "CHANGED_BY", nullable = false)
    private String changedBy;

    protected RegisterEntry() {
    }

    RegisterEntry(Kind kind, String key) {
        this.id = id(kind, key);
        this.kind = kind.stored();
        this.key = key;
    }

    static String id(Kind kind, String key) {
        return kind.stored() + ":" + key;
    }

    void update(String name, String document, Instant at, String by) {
        this.name = name.length() > 200 ? name.substring(0, 200) : name;
        this.document = document;
        this.changedAt = at.toEpochMilli();
        this.changedBy = by;
    }

    public Kind getKind() {
        return Kind.of(kind);
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public String getDocument() {
        return document;
    }

    public int getVersion() {
        return version;
    }

    public Instant getChangedAt() {
        return Instant.ofEpochMilli(changedAt);
    }

    public String getChangedBy() {
        return changedBy;
    }
}

package eu.gdprmodule.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A restriction, an upheld objection or a suppression, for one address (by hash) and purpose. */
@Entity
@Table(name = "GDPR_RIGHT_IN_FORCE")
public class RightInForce {

    /** What kind of limit on processing. */
    public enum Kind {
        RESTRICTION, OBJECTION, SUPPRESSION
    }

    /** The purpose recorded when a restriction covers every purpose. */
    public static final String ALL_PURPOSES = "*";

    @Id
    @Column(name = "ID", updatable = false)
    private String id;

    @Column(name = "EMAIL_HASH", nullable = false, updatable = false)
    private String emailHash;

    @Column(name = "KIND", nullable = false, updatable = false)
    private String kind;

    @Column(name = "PURPOSE", nullable = false, updatable = false)
    private String purpose;

    @Column(name = "REQUEST_ID", updatable = false)
    private String requestId;

    @Column(name = "SINCE", nullable = false, updatable = false)
    private long since;

    @Column(name = "LIFTED_AT")
    private Long liftedAt;

    protected RightInForce() {
    }

    RightInForce(String emailHash, Kind kind, String purpose, String requestId, Instant since) {
        this.id = UUID.randomUUID().toString();
        this.emailHash = emailHash;
        this.kind = kind.name();
        this.purpose = purpose;
        this.requestId = requestId;
        this.since = since.toEpochMilli();
    }

    public Kind getKind() {
        return Kind.valueOf(kind);
    }

    public String getPurpose() {
        return purpose;
    }

    public String getRequestId() {
        return requestId;
    }

    public Instant getSince() {
        return Instant.ofEpochMilli(since);
    }

    public Instant getLiftedAt() {
        return liftedAt == null ? null : Instant.ofEpochMilli(liftedAt);
    }

    void lift(Instant at) {
        this.liftedAt = at.toEpochMilli();
    }
}

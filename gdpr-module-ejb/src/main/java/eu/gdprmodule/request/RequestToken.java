package eu.gdprmodule.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A link sent by e-mail, stored as the SHA-256 of its secret: single-use and expiring. */
@Entity
@Table(name = "GDPR_REQUEST_TOKEN")
public class RequestToken {

    /** What a link is for. */
    public enum Purpose {
        VERIFY, DOWNLOAD
    }

    @Id
    @Column(name = "TOKEN_HASH", updatable = false)
    private String tokenHash;

    @Column(name = "REQUEST_ID", nullable = false, updatable = false)
    private String requestId;

    @Column(name = "PURPOSE", nullable = false, updatable = false)
    private String purpose;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private long createdAt;

    @Column(name = "EXPIRES_AT", nullable = false, updatable = false)
    private long expiresAt;

    @Column(name = "USED_AT")
    private Long usedAt;

    protected RequestToken() {
    }

    RequestToken(String tokenHash, String requestId, Purpose purpose, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.requestId = requestId;
        this.purpose = purpose.name();
        this.createdAt = createdAt.toEpochMilli();
        this.expiresAt = expiresAt.toEpochMilli();
    }

    String getRequestId() {
        return requestId;
    }

    Purpose getPurpose() {
        return Purpose.valueOf(purpose);
    }

    Instant getExpiresAt() {
        return Instant.ofEpochMilli(expiresAt);
    }

    boolean usable(Instant now) {
        return usedAt == null && now.toEpochMilli() < expiresAt;
    }

    void use(Instant at) {
        this.usedAt = at.toEpochMilli();
    }
}

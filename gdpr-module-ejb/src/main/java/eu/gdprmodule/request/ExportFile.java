package eu.gdprmodule.request;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's export, kept in the database so any server of a cluster serves the download, and
 * deleted once its link expires: a copy of someone's data must not outlive its purpose (Art. 5(1)(e)).
 */
@Entity
@Table(name = "GDPR_EXPORT_FILE")
public class ExportFile {

    @Id
    @Column(name = "REQUEST_ID", updatable = false)
    private String requestId;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;

    @Column(name = "BYTE_COUNT", nullable = false)
    private long byteCount;

    @Column(name = "ROW_COUNT", nullable = false)
    private long rowCount;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    protected ExportFile() {
    }

    ExportFile(String requestId, Instant createdAt, Instant expiresAt, long rowCount, byte[] content) {
        this.requestId = requestId;
        replace(createdAt, expiresAt, rowCount, content);
    }

    void replace(Instant createdAt, Instant expiresAt, long rowCount, byte[] content) {
        this.createdAt = createdAt.toEpochMilli();
        this.expiresAt = expiresAt.toEpochMilli();
        this.rowCount = rowCount;
        this.byteCount = content.length;
        this.content = content;
    }

    public Instant getCreatedAt() {
        return Instant.ofEpochMilli(createdAt);
    }

    public Instant getExpiresAt() {
        return Instant.ofEpochMilli(expiresAt);
    }

    public long getByteCount() {
        return byteCount;
    }

    public long getRowCount() {
        return rowCount;
    }

    public byte[] getContent() {
        return content;
    }
}

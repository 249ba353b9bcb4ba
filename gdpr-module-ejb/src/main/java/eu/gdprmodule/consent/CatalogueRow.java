package eu.gdprmodule.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** The saved cookie catalogue (one row), as a {@code gdpr-cookies/1} document. */
@Entity
@Table(name = "GDPR_COOKIE_CATALOGUE")
public class CatalogueRow {

    static final int ID = 1;

    @Id
    @Column(name = "ID")
    private int id;

    @Column(name = "REVISION", nullable = false)
    private int revision;

    @Lob
    @Column(name = "DOCUMENT", nullable = false)
    private String document;

    @Column(name = "SAVED_AT", nullable = false)
    private long savedAt;

    @Column(name = "SAVED_BY", nullable = false)
    private String savedBy;

    protected CatalogueRow() {
    }

    CatalogueRow(String document, Instant savedAt, String savedBy) {
        this.id = ID;
        this.revision = 1;
        this.document = document;
        this.savedAt = savedAt.toEpochMilli();
        this.savedBy = savedBy;
    }

    void replace(String document, Instant savedAt, String savedBy) {
        this.revision++;
        this.document = document;
        this.savedAt = savedAt.toEpochMilli();
        this.savedBy = savedBy;
    }

    public int getRevision() {
        return revision;
    }

    public String getDocument() {
        return document;
    }

    public Instant getSavedAt() {
        return Instant.ofEpochMilli(savedAt);
    }

    public String getSavedBy() {
        return savedBy;
    }
}

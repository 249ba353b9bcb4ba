package eu.gdprmodule.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A policy document, named by its slug ({@code privacy}, {@code cookies}, or one an administrator
 * added). Its text lives in its drafts and published versions, one series per language.
 */
@Entity
@Table(name = "GDPR_POLICY")
public class Policy {

    @Id
    @Column(name = "SLUG")
    private String slug;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;

    protected Policy() {
    }

    Policy(String slug, Instant createdAt, String createdBy) {
        this.slug = slug;
        this.createdAt = createdAt.toEpochMilli();
        this.createdBy = createdBy;
    }

    public String getSlug() {
        return slug;
    }

    public Instant getCreatedAt() {
        return Instant.ofEpochMilli(createdAt);
    }

    public String getCreatedBy() {
        return createdBy;
    }
}

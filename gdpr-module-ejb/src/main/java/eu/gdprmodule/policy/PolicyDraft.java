package eu.gdprmodule.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The text an author is preparing for the next version of a policy in one language. Saving it
 * changes nothing a visitor sees; publishing turns it into a {@link PolicyVersion}.
 */
@Entity
@Table(name = "GDPR_POLICY_DRAFT")
public class PolicyDraft {

    @Id
    @Column(name = "ID")
    private String id;

    @Column(name = "SLUG", nullable = false)
    private String slug;

    @Column(name = "LANGUAGE", nullable = false)
    private String language;

    @Column(name = "TITLE", nullable = false)
    private String title;

    @Lob
    @Column(name = "SOURCE", nullable = false)
    private String source;

    @Column(name = "SUMMARY")
    private String summary;

    @Column(name = "MATERIAL", nullable = false)
    private boolean material;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    @Column(name = "CHANGED_AT", nullable = false)
    private long changedAt;

    @Column(name = "CHANGED_BY", nullable = false)
    private String changedBy;

    protected PolicyDraft() {
    }

    PolicyDraft(String slug, String language) {
        this.id = id(slug, language);
        this.slug = slug;
        this.language = language;
    }

    static String id(String slug, String language) {
        return slug + "/" + language;
    }

    void update(PolicyText text, Instant at, String by) {
        this.title = text.title();
        this.source = text.source();
        this.summary = text.summary();
        this.material = text.material();
        this.changedAt = at.toEpochMilli();
        this.changedBy = by;
    }

    /** What the author wrote. */
    public PolicyText text() {
        return new PolicyText(title, source, summary, material);
    }

    public String getSlug() {
        return slug;
    }

    public String getLanguage() {
        return language;
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

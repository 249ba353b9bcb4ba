package eu.gdprmodule.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A published version of a policy in one language. Immutable: no setter, and the store never
 * updates the row. Its HTML was rendered and sanitised once, at publication, so what visitors
 * read (and what the controller can prove it said on a given day) never changes when the
 * register does; the register it was rendered from is kept beside it.
 */
@Entity
@Table(name = "GDPR_POLICY_VERSION")
public class PolicyVersion {

    @Id
    @Column(name = "ID")
    private String id;

    @Column(name = "SLUG", nullable = false, updatable = false)
    private String slug;

    @Column(name = "LANGUAGE", nullable = false, updatable = false)
    private String language;

    @Column(name = "NUMBER", nullable = false, updatable = false)
    private int number;

    @Column(name = "TITLE", nullable = false, updatable = false)
    private String title;

    @Lob
    @Column(name = "SOURCE", nullable = false, updatable = false)
    private String source;

    @Lob
    @Column(name = "HTML", nullable = false, updatable = false)
    private String html;

    @Column(name = "HTML_SHA256", nullable = false, updatable = false)
    private String htmlSha256;

    @Column(name = "SUMMARY", nullable = false, updatable = false)
    private String summary;

    @Column(name = "MATERIAL", nullable = false, updatable = false)
    private boolean material;

    @Column(name = "PUBLISHED_AT", nullable = false, updatable = false)
    private long publishedAt;

    @Column(name = "PUBLISHED_BY", nullable = false, updatable = false)
    private String publishedBy;

    @Column(name = "REGISTER_REVISION", nullable = false, updatable = false)
    private long registerRevision;

    @Lob
    @Column(name = "REGISTER_DOCUMENT", nullable = false, updatable = false)
    private String registerDocument;

    @Column(name = "REQUEST_FORM_URL", updatable = false)
    private String requestFormUrl;

    protected PolicyVersion() {
    }

    PolicyVersion(String slug, String language, int number, PolicyText text, String html, String htmlSha256,
            Instant publishedAt, String publishedBy, long registerRevision, String registerDocument,
            String requestFormUrl) {
        this.id = slug + "/" + language + "/" + number;
        this.slug = slug;
        this.language = language;
        this.number = number;
        this.title = text.title();
        this.source = text.source();
        this.summary = text.summary();
        this.material = text.material();
        this.html = html;
        this.htmlSha256 = htmlSha256;
        this.publishedAt = publishedAt.toEpochMilli();
        this.publishedBy = publishedBy;
        this.registerRevision = registerRevision;
        this.registerDocument = registerDocument;
        this.requestFormUrl = requestFormUrl;
    }

    public String getSlug() {
        return slug;
    }

    public String getLanguage() {
        return language;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getSource() {
        return source;
    }

    /** The sanitised HTML frozen at publication. */
    public String getHtml() {
        return html;
    }

    /** SHA-256 of {@link #getHtml()} in UTF-8, hex: lets an auditor check a copy is the one published. */
    public String getHtmlSha256() {
        return htmlSha256;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isMaterial() {
        return material;
    }

    /** The "last updated" date. */
    public Instant getPublishedAt() {
        return Instant.ofEpochMilli(publishedAt);
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public long getRegisterRevision() {
        return registerRevision;
    }

    /** The register, as a register file, that the generated sections were rendered from. */
    public String getRegisterDocument() {
        return registerDocument;
    }

    public String getRequestFormUrl() {
        return requestFormUrl;
    }
}

package eu.gdprmodule.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The exact text of a banner and its preference centre as visitors read it, stored once: each
 * proof refers to it by SHA-256, so an authority can see what a visitor agreed to (consent must
 * be informed, Art. 4(11) GDPR) without the text being copied into a million rows.
 */
@Entity
@Table(name = "GDPR_CONSENT_TEXT")
public class ConsentText {

    @Id
    @Column(name = "TEXT_HASH", updatable = false)
    private String textHash;

    @Column(name = "LANGUAGE", nullable = false, updatable = false)
    private String language;

    @Column(name = "POLICY_VERSION", nullable = false, updatable = false)
    private int policyVersion;

    @Lob
    @Column(name = "BANNER_TEXT", nullable = false, updatable = false)
    private String text;

    @Column(name = "FIRST_SHOWN_AT", nullable = false, updatable = false)
    private long firstShownAt;

    protected ConsentText() {
    }

    ConsentText(String textHash, String language, int policyVersion, String text, Instant firstShownAt) {
        this.textHash = textHash;
        this.language = language;
        this.policyVersion = policyVersion;
        this.text = text;
        this.firstShownAt = firstShownAt.toEpochMilli();
    }

    public String getTextHash() {
        return textHash;
    }

    public String getLanguage() {
        return language;
    }

    public int getPolicyVersion() {
        return policyVersion;
    }

    public String getText() {
        return text;
    }

    public Instant getFirstShownAt() {
        return Instant.ofEpochMilli(firstShownAt);
    }
}

package eu.gdprmodule.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * The proof of one choice (Art. 7(1) GDPR: the controller must be able to demonstrate consent),
 * refusals included. Never updated; only retention deletes it. The IP address is truncated
 * (the last octet of IPv4, the last 80 bits of IPv6) so the proof does not itself become a
 * tracker, and the banner text is stored once elsewhere, referred to by its SHA-256.
 */
@Entity
@Table(name = "GDPR_CONSENT_PROOF")
public class ConsentRecord {

    @Id
    @Column(name = "PROOF_ID", updatable = false)
    private String proofId;

    @Column(name = "CONSENT_ID", nullable = false, updatable = false)
    private String consentId;

    @Column(name = "GIVEN_AT", nullable = false, updatable = false)
    private long givenAt;

    @Column(name = "POLICY_VERSION", nullable = false, updatable = false)
    private int policyVersion;

    @Column(name = "LANGUAGE", nullable = false, updatable = false)
    private String language;

    @Column(name = "TEXT_HASH", nullable = false, updatable = false)
    private String textHash;

    @Column(name = "METHOD", nullable = false, updatable = false)
    private String method;

    @Column(name = "GPC", nullable = false, updatable = false)
    private boolean gpc;

    @Column(name = "CATEGORIES", nullable = false, updatable = false)
    private String categories;

    @Column(name = "SERVICES", nullable = false, updatable = false)
    private String services;

    @Column(name = "IP_PREFIX", updatable = false)
    private String ipPrefix;

    @Column(name = "USER_AGENT", updatable = false)
    private String userAgent;

    protected ConsentRecord() {
    }

    ConsentRecord(String proofId, ConsentToken token, Instant givenAt, String language, String textHash, ConsentMethod method, boolean gpc,
            String ipPrefix, String userAgent) {
        this.proofId = proofId;
        this.consentId = token.consentId();
        this.givenAt = givenAt.toEpochMilli(); // to the millisecond: the cookie keeps only the second
        this.policyVersion = token.policyVersion();
        this.language = language;
        this.textHash = textHash;
        this.method = method.name();
        this.gpc = gpc;
        this.categories = String.join(" ", token.choice().categories().stream().sorted().toList());
        this.services = String.join(" ", token.choice().services().stream().sorted().toList());
        this.ipPrefix = ipPrefix;
        this.userAgent = userAgent == null ? null : userAgent.substring(0, Math.min(512, userAgent.length()));
    }

    /** The INSERT parameters in the order of {@link ProofWriter}'s column list. */
    void bind(PreparedStatement insert) throws SQLException {
        insert.setString(1, proofId);
        insert.setString(2, consentId);
        insert.setLong(3, givenAt);
        insert.setInt(4, policyVersion);
        insert.setString(5, language);
        insert.setString(6, textHash);
        insert.setString(7, method);
        insert.setBoolean(8, gpc);
        insert.setString(9, categories);
        insert.setString(10, services);
        insert.setString(11, ipPrefix);
        insert.setString(12, userAgent);
    }

    public String getProofId() {
        return proofId;
    }

    public String getConsentId() {
        return consentId;
    }

    public Instant getGivenAt() {
        return Instant.ofEpochMilli(givenAt);
    }

    public int getPolicyVersion() {
        return policyVersion;
    }

    public String getLanguage() {
        return language;
    }

    public String getTextHash() {
        return textHash;
    }

    public ConsentMethod getMethod() {
        return ConsentMethod.valueOf(method);
    }

    public boolean isGpc() {
        return gpc;
    }

    public Set<String> getCategories() {
        return split(categories);
    }

    public Set<String> getServices() {
        return split(services);
    }

    public String getIpPrefix() {
        return ipPrefix;
    }

    public String getUserAgent() {
        return userAgent;
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(joined.split(" ")));
    }
}

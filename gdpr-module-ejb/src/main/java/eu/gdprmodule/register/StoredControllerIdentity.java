package eu.gdprmodule.register;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.ControllerIdentity.DataProtectionOfficer;
import eu.gdprmodule.api.ControllerIdentity.SupervisoryAuthority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The controller identity an administrator saved in the console: one row, id 1. */
@Entity
@Table(name = "GDPR_CONTROLLER_IDENTITY")
public class StoredControllerIdentity {

    static final int THE_ONLY_ROW = 1;

    @Id
    @Column(name = "ID")
    private int id = THE_ONLY_ROW;

    @Column(name = "NAME")
    private String name;

    @Column(name = "POSTAL_ADDRESS")
    private String postalAddress;

    @Column(name = "EMAIL")
    private String email;

    @Column(name = "LEGAL_REPRESENTATIVE")
    private String legalRepresentative;

    @Column(name = "DPO_NAME")
    private String dpoName;

    @Column(name = "DPO_EMAIL")
    private String dpoEmail;

    @Column(name = "AUTHORITY_NAME")
    private String authorityName;

    @Column(name = "AUTHORITY_ADDRESS")
    private String authorityAddress;

    @Column(name = "AUTHORITY_WEBSITE")
    private String authorityWebsite;

    @Column(name = "CHANGED_AT", nullable = false)
    private long changedAt;

    @Column(name = "CHANGED_BY", nullable = false)
    private String changedBy;

    protected StoredControllerIdentity() {
    }

    StoredControllerIdentity(ControllerIdentity identity, Instant at, String by) {
        replace(identity, at, by);
    }

    void replace(ControllerIdentity identity, Instant at, String by) {
        name = identity.name();
        postalAddress = identity.postalAddress();
        email = identity.privacyContactEmail();
        legalRepresentative = identity.legalRepresentative();
        DataProtectionOfficer dpo = identity.dataProtectionOfficer();
        dpoName = dpo == null ? null : dpo.name();
        dpoEmail = dpo == null ? null : dpo.email();
        SupervisoryAuthority authority = identity.supervisoryAuthority();
        authorityName = authority == null ? null : authority.name();
        authorityAddress = authority == null ? null : authority.postalAddress();
        authorityWebsite = authority == null ? null : authority.website();
        changedAt = at.toEpochMilli();
        changedBy = by;
    }

    ControllerIdentity toIdentity() {
        DataProtectionOfficer dpo = dpoName == null && dpoEmail == null ? null : new DataProtectionOfficer(dpoName, dpoEmail);
        return new ControllerIdentity(name, postalAddress, email, legalRepresentative, dpo,
                new SupervisoryAuthority(authorityName, authorityAddress, authorityWebsite));
    }

    public Instant getChangedAt() {
        return Instant.ofEpochMilli(changedAt);
    }

    public String getChangedBy() {
        return changedBy;
    }
}

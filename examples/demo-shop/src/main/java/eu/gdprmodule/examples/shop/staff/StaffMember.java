package eu.gdprmodule.examples.shop.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Someone who works in the GDPR module's console: an address to sign in with, a name and one role. */
@Entity
@Table(name = "SHOP_STAFF")
@NamedQuery(name = StaffMember.BY_EMAIL, query = "select s from StaffMember s where s.email = :email")
@NamedQuery(name = StaffMember.WITH_ROLE, query = "select count(s) from StaffMember s where s.roleName = :role")
@NamedQuery(name = StaffMember.ALL, query = "select s from StaffMember s order by s.id")
public class StaffMember {

    static final String BY_EMAIL = "StaffMember.byEmail";
    static final String WITH_ROLE = "StaffMember.withRole";
    static final String ALL = "StaffMember.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    /** Lower case (see {@code EmailAddresses}); also the caller name once signed in. */
    @Column(name = "EMAIL", nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "DISPLAY_NAME", nullable = false, length = 100)
    private String displayName;

    /** The role's own name ({@code gdpr-admin}), so the table reads the same as the security configuration. */
    @Column(name = "ROLE_NAME", nullable = false, length = 16)
    private String roleName;

    /** PBKDF2, in the container's self-describing format, like the customers' passwords. */
    @Column(name = "PASSWORD_HASH", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    protected StaffMember() {
        // for JPA
    }

    StaffMember(String email, String displayName, StaffRole role, String passwordHash, LocalDateTime createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.roleName = role.roleName();
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public StaffRole getRole() {
        return StaffRole.named(roleName);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}

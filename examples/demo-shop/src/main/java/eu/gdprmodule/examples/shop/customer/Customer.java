package eu.gdprmodule.examples.shop.customer;

import eu.gdprmodule.examples.shop.privacy.DataSubjects;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A person with an account. Only what serving them needs: no birth date, no phone number. */
@Entity
@Table(name = "SHOP_CUSTOMER")
@NamedQuery(name = Customer.BY_EMAIL, query = "select c from Customer c where c.email = :email")
public class Customer {

    static final String BY_EMAIL = "Customer.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    /** Normalised by {@link EmailAddresses#normalise}, so one person has one account. */
    @Column(name = "EMAIL", nullable = false, unique = true, length = EmailAddresses.MAX_LENGTH)
    private String email;

    @Column(name = "FULL_NAME", nullable = false, length = 100)
    private String fullName;

    @Column(name = "COMPANY", length = 100)
    private String company;

    /** PBKDF2, in the container's self-describing format (algorithm, iterations, salt, hash). */
    @Column(name = "PASSWORD_HASH", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    /** Set by retention three years after the last order: an archived account cannot be signed in to. */
    @Column(name = "ARCHIVED_AT", insertable = false, updatable = false)
    private LocalDateTime archivedAt;

    protected Customer() {
        // for JPA
    }

    Customer(String email, String fullName, String company, String passwordHash, LocalDateTime createdAt) {
        this.email = email;
        this.fullName = fullName;
        this.company = company;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    /** The module's reference to this person: {@code customer:42}. */
    public String subject() {
        return DataSubjects.customer(id);
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public String getCompany() {
        return company;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** True once retention archived the account (kept for claims only, with restricted access). */
    public boolean isArchived() {
        return archivedAt != null;
    }
}

package eu.gdprmodule.examples.shop.quote;

import eu.gdprmodule.examples.shop.privacy.DataSubjects;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Someone who asked for a quote: how to answer them, and when they last got in touch. */
@Entity
@Table(name = "SHOP_PROSPECT")
@NamedQuery(name = Prospect.BY_EMAIL, query = "select p from Prospect p where p.email = :email")
public class Prospect {

    static final String BY_EMAIL = "Prospect.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "EMAIL", nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "FULL_NAME", nullable = false, length = 100)
    private String fullName;

    @Column(name = "COMPANY", length = 100)
    private String company;

    @Column(name = "FIRST_CONTACT_AT", nullable = false)
    private LocalDateTime firstContactAt;

    @Column(name = "LAST_CONTACT_AT", nullable = false)
    private LocalDateTime lastContactAt;

    protected Prospect() {
        // for JPA
    }

    Prospect(String email, LocalDateTime firstContactAt) {
        this.email = email;
        this.firstContactAt = firstContactAt;
        this.lastContactAt = firstContactAt;
    }

    /** A new contact: the details given last are the ones to answer with. */
    void contacted(String fullName, String company, LocalDateTime when) {
        this.fullName = fullName;
        this.company = company;
        this.lastContactAt = when;
    }

    public Long getId() {
        return id;
    }

    /** The module's reference to this person: {@code prospect:7}. */
    public String subject() {
        return DataSubjects.prospect(id);
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

    public LocalDateTime getFirstContactAt() {
        return firstContactAt;
    }

    public LocalDateTime getLastContactAt() {
        return lastContactAt;
    }
}

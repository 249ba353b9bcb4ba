package eu.gdprmodule.examples.shop.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One successful sign-in: when, and from which IP address (to trace an account takeover). */
@Entity
@Table(name = "SHOP_SIGN_IN")
public class SignInRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "SIGNED_IN_AT", nullable = false)
    private LocalDateTime signedInAt;

    /** Long enough for an IPv6 address. */
    @Column(name = "IP_ADDRESS", length = 45)
    private String ipAddress;

    protected SignInRecord() {
        // for JPA
    }

    SignInRecord(long customerId, LocalDateTime signedInAt, String ipAddress) {
        this.customerId = customerId;
        this.signedInAt = signedInAt;
        this.ipAddress = ipAddress;
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public LocalDateTime getSignedInAt() {
        return signedInAt;
    }

    public String getIpAddress() {
        return ipAddress;
    }
}

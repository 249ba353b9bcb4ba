package eu.gdprmodule.examples.shop.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One period during which a customer was subscribed: from the opt-in to the unsubscription
 * ({@code null} while it lasts). Ended periods are kept, not deleted, as the record of what the
 * person agreed to and when they withdrew.
 */
@Entity
@Table(name = "SHOP_NEWSLETTER_SUBSCRIPTION")
public class NewsletterSubscription {

    /** Where the person subscribed. */
    public enum Source {
        /** The box on the sign-up form. */
        SIGN_UP,
        /** The button on the account page. */
        ACCOUNT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", nullable = false, length = 16)
    private Source source;

    @Column(name = "SUBSCRIBED_AT", nullable = false)
    private LocalDateTime subscribedAt;

    @Column(name = "UNSUBSCRIBED_AT")
    private LocalDateTime unsubscribedAt;

    protected NewsletterSubscription() {
        // for JPA
    }

    NewsletterSubscription(long customerId, Source source, LocalDateTime subscribedAt) {
        this.customerId = customerId;
        this.source = source;
        this.subscribedAt = subscribedAt;
    }

    void end(LocalDateTime when) {
        this.unsubscribedAt = when;
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public Source getSource() {
        return source;
    }

    public LocalDateTime getSubscribedAt() {
        return subscribedAt;
    }

    public LocalDateTime getUnsubscribedAt() {
        return unsubscribedAt;
    }

    public boolean isActive() {
        return unsubscribedAt == null;
    }
}

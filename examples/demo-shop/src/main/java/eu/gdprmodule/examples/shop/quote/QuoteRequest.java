package eu.gdprmodule.examples.shop.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** What a prospect asked for, in their words. */
@Entity
@Table(name = "SHOP_QUOTE_REQUEST")
public class QuoteRequest {

    /** Longest message the form accepts. */
    public static final int MAX_MESSAGE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "PROSPECT_ID", nullable = false)
    private Prospect prospect;

    @Column(name = "MESSAGE", nullable = false, length = MAX_MESSAGE_LENGTH)
    private String message;

    @Column(name = "RECEIVED_AT", nullable = false)
    private LocalDateTime receivedAt;

    protected QuoteRequest() {
        // for JPA
    }

    QuoteRequest(Prospect prospect, String message, LocalDateTime receivedAt) {
        this.prospect = prospect;
        this.message = message;
        this.receivedAt = receivedAt;
    }

    public Long getId() {
        return id;
    }

    public Prospect getProspect() {
        return prospect;
    }

    public String getMessage() {
        return message;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }
}

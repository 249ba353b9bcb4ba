package eu.gdprmodule.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of a request's timeline: what happened, when, and who did it. Never changed. */
@Entity
@Table(name = "GDPR_REQUEST_EVENT")
public class RequestEvent {

    @Id
    @Column(name = "ID", updatable = false)
    private String id;

    @Column(name = "REQUEST_ID", nullable = false, updatable = false)
    private String requestId;

    @Column(name = "EVENT_AT", nullable = false, updatable = false)
    private long at;

    @Column(name = "ACTOR", nullable = false, updatable = false)
    private String actor;

    @Column(name = "KIND", nullable = false, updatable = false)
    private String kind;

    @Column(name = "DETAIL", nullable = false, updatable = false)
    private String detail;

    protected RequestEvent() {
    }

    RequestEvent(String requestId, Instant at, String actor, String kind, String detail) {
        this.id = UUID.randomUUID().toString();
        this.requestId = requestId;
        this.at = at.toEpochMilli();
        this.actor = actor;
        this.kind = kind;
        this.detail = detail.length() > 4000 ? detail.substring(0, 3997) + "..." : detail;
    }

    public Instant getAt() {
        return Instant.ofEpochMilli(at);
    }

    public String getActor() {
        return actor;
    }

    public String getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }
}

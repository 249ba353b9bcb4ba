package eu.gdprmodule.retention;

import eu.gdprmodule.api.ProcessingFact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A {@link ProcessingFact} as stored, with the time the module received it. */
@Entity
@Table(name = "GDPR_PROCESSING_FACT")
@NamedQuery(name = RecordedFact.ABOUT_SUBJECT,
        query = "select f from RecordedFact f where f.subject = :subject order by f.occurredAt, f.id")
public class RecordedFact {

    static final String ABOUT_SUBJECT = "RecordedFact.aboutSubject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "SUBJECT", nullable = false, length = ProcessingFact.MAX_KEY_LENGTH)
    private String subject;

    @Column(name = "ACTIVITY", nullable = false, length = ProcessingFact.MAX_KEY_LENGTH)
    private String activity;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 32)
    private ProcessingFact.Kind kind;

    @Column(name = "HOST_EVENT", length = ProcessingFact.MAX_KEY_LENGTH)
    private String hostEvent;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected RecordedFact() {
        // for JPA
    }

    RecordedFact(ProcessingFact fact, Instant recordedAt) {
        this.subject = fact.subject();
        this.activity = fact.activity();
        this.kind = fact.kind();
        this.hostEvent = fact.hostEvent();
        this.occurredAt = fact.occurredAt();
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getActivity() {
        return activity;
    }

    public ProcessingFact.Kind getKind() {
        return kind;
    }

    public String getHostEvent() {
        return hostEvent;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}

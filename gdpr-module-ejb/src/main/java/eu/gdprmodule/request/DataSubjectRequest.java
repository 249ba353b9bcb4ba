package eu.gdprmodule.request;

import eu.gdprmodule.api.DataSubject;
import eu.gdprmodule.api.DataSubjectRight;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One request from one person. The deadline is kept as a calendar date in the controller's time
 * zone, because Art. 12(3) counts in months from receipt, not in hours.
 */
@Entity
@Table(name = "GDPR_REQUEST")
public class DataSubjectRequest {

    @Id
    @Column(name = "ID", updatable = false)
    private String id;

    @Column(name = "REFERENCE", nullable = false, updatable = false)
    private String reference;

    @Column(name = "RIGHT_NAME", nullable = false, updatable = false)
    private String right;

    @Column(name = "STATUS", nullable = false)
    private String status;

    @Column(name = "EMAIL", nullable = false)
    private String email;

    @Column(name = "EMAIL_HASH", nullable = false, updatable = false)
    private String emailHash;

    @Column(name = "PERSON_NAME", nullable = false)
    private String personName;

    @Column(name = "DETAILS", nullable = false)
    private String details;

    @Column(name = "PURPOSE")
    private String purpose;

    @Column(name = "CONTACT")
    private String contact;

    @Column(name = "HOST_REFERENCE")
    private String hostReference;

    @Column(name = "LANGUAGE", nullable = false)
    private String language;

    @Column(name = "CLIENT_HASH", updatable = false)
    private String clientHash;

    @Column(name = "RECEIVED_AT", nullable = false, updatable = false)
    private long receivedAt;

    @Column(name = "VERIFIED_AT")
    private Long verifiedAt;

    @Column(name = "VERIFIED_HOW")
    private String verifiedHow;

    @Column(name = "DUE_ON", nullable = false)
    private String dueOn;

    @Column(name = "EXTENDED_TO")
    private String extendedTo;

    @Column(name = "EXTENSION_REASON")
    private String extensionReason;

    @Column(name = "CLOSED_AT")
    private Long closedAt;

    @Column(name = "OUTCOME")
    private String outcome;

    @Column(name = "REMINDED")
    private String reminded;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected DataSubjectRequest() {
    }

    DataSubjectRequest(String id, String reference, NewRequest request, String emailHash, String clientHash, Instant receivedAt,
            LocalDate dueOn) {
        this.id = id;
        this.reference = reference;
        this.right = request.right().name();
        this.status = RequestStatus.UNVERIFIED.name();
        this.email = request.email();
        this.emailHash = emailHash;
        this.personName = request.name();
        this.details = request.details();
        this.purpose = request.purpose();
        this.contact = request.contact();
        this.hostReference = request.hostReference();
        this.language = request.language();
        this.clientHash = clientHash;
        this.receivedAt = receivedAt.toEpochMilli();
        this.dueOn = dueOn.toString();
    }

    public String getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public DataSubjectRight getRight() {
        return DataSubjectRight.valueOf(right);
    }

    public RequestStatus getStatus() {
        return RequestStatus.valueOf(status);
    }

    void setStatus(RequestStatus status) {
        this.status = status.name();
    }

    public String getEmail() {
        return email;
    }

    public String getPersonName() {
        return personName;
    }

    public String getDetails() {
        return details;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getContact() {
        return contact;
    }

    public String getHostReference() {
        return hostReference;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getReceivedAt() {
        return Instant.ofEpochMilli(receivedAt);
    }

    public Instant getVerifiedAt() {
        return verifiedAt == null ? null : Instant.ofEpochMilli(verifiedAt);
    }

    public String getVerifiedHow() {
        return verifiedHow;
    }

    void verified(Instant at, String how) {
        this.verifiedAt = at.toEpochMilli();
        this.verifiedHow = how;
        this.status = RequestStatus.OPEN.name();
    }

    /** The first deadline: one month from receipt. */
    public LocalDate getDueOn() {
        return LocalDate.parse(dueOn);
    }

    /** The deadline in force: the extended one when there is one. */
    public LocalDate getDeadline() {
        return extendedTo == null ? getDueOn() : LocalDate.parse(extendedTo);
    }

    public LocalDate getExtendedTo() {
        return extendedTo == null ? null : LocalDate.parse(extendedTo);
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    void extend(LocalDate to, String reason) {
        this.extendedTo = to.toString();
        this.extensionReason = reason;
        this.reminded = null; // a new deadline earns its own reminders
    }

    public Instant getClosedAt() {
        return closedAt == null ? null : Instant.ofEpochMilli(closedAt);
    }

    public String getOutcome() {
        return outcome;
    }

    void close(RequestStatus status, Instant at, String outcome) {
        this.status = status.name();
        this.closedAt = at.toEpochMilli();
        this.outcome = outcome;
    }

    /**
     * The last reminder staff were sent about this request, as {@code soon:<deadline>} or
     * {@code overdue:<deadline>} ({@link DeadlineReminders}), or {@code null} before any.
     */
    public String getReminded() {
        return reminded;
    }

    void setReminded(String reminded) {
        this.reminded = reminded;
    }

    String getEmailHash() {
        return emailHash;
    }

    public DataSubject subject() {
        return new DataSubject(email, personName, hostReference);
    }
}

package eu.gdprmodule.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What one host contributor did in one step of a request (an export or an erasure): its report,
 * or how it failed. A step is re-run for the contributors whose last attempt failed.
 */
@Entity
@Table(name = "GDPR_REQUEST_STEP")
@IdClass(ContributorStep.Key.class)
public class ContributorStep {

    /** The step's outcome for this contributor. */
    public enum Status {
        DONE, FAILED
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String requestId;
        String step;
        String contributor;

        public Key() {
        }

        Key(String requestId, String step, String contributor) {
            this.requestId = requestId;
            this.step = step;
            this.contributor = contributor;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.requestId.equals(requestId) && k.step.equals(step) && k.contributor.equals(contributor);
        }

        @Override
        public int hashCode() {
            return Objects.hash(requestId, step, contributor);
        }
    }

    @Id
    @Column(name = "REQUEST_ID", updatable = false)
    private String requestId;

    @Id
    @Column(name = "STEP", updatable = false)
    private String step;

    @Id
    @Column(name = "CONTRIBUTOR", updatable = false)
    private String contributor;

    @Column(name = "STATUS", nullable = false)
    private String status;

    @Column(name = "REPORT", nullable = false)
    private String report;

    @Column(name = "STEP_AT", nullable = false)
    private long at;

    protected ContributorStep() {
    }

    ContributorStep(String requestId, String step, String contributor) {
        this.requestId = requestId;
        this.step = step;
        this.contributor = contributor;
    }

    void record(Status status, String report, Instant at) {
        this.status = status.name();
        this.report = report;
        this.at = at.toEpochMilli();
    }

    public String getStep() {
        return step;
    }

    public String getContributor() {
        return contributor;
    }

    public Status getStatus() {
        return Status.valueOf(status);
    }

    /** The report as JSON (DONE) or the failure's message (FAILED). */
    public String getReport() {
        return report;
    }

    public Instant getAt() {
        return Instant.ofEpochMilli(at);
    }

    /** For logs and test messages: who, how it ended, and what it reported. */
    @Override
    public String toString() {
        return step + " by " + contributor + ": " + status + " (" + report + ")";
    }
}

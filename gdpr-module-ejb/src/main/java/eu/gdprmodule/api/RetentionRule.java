package eu.gdprmodule.api;

import java.io.Serializable;
import java.time.Period;
import java.util.Objects;

/**
 * How long an activity keeps personal data (Art. 5(1)(e) and 30(1)(f) GDPR) and what happens at
 * the end. The clock starts with {@link #startsAt()}; the data stays in active use for
 * {@link #period()}, then, when {@link #archivePeriod()} is set, in an archive with restricted
 * access for that long (the intermediate archive the CNIL describes), then {@link #endAction()}.
 *
 * <p>"Retained for the duration of the contract, then archived for 5 years" is
 * {@code startsAt=CONTRACT_END, period=P0D, archivePeriod=P5Y}: the clock only starts when the
 * contract ends.
 *
 * @param period        active retention after the start (ISO-8601, such as {@code P3Y}); never negative
 * @param startsAt      what starts (or restarts) the clock
 * @param hostEvent     with {@link Start#HOST_EVENT}, the host event's name; otherwise {@code null}
 * @param archivePeriod the archive stage after {@code period}, or {@code null} when there is none
 * @param endAction     delete, or anonymise irreversibly
 * @param description   the rule in the controller's words for the privacy policy, or {@code null}
 * @since 0.1
 */
public record RetentionRule(Period period, Start startsAt, String hostEvent, Period archivePeriod,
        EndAction endAction, String description) implements Serializable {

    /** What starts the retention clock; each matches a {@link ProcessingFact.Kind}. */
    public enum Start {
        /** The data was collected ({@link ProcessingFact.Kind#DATA_COLLECTED}). */
        COLLECTION("collection"),
        /** The person's last contact with the controller ({@link ProcessingFact.Kind#CONTACT_BY_SUBJECT}). */
        LAST_CONTACT("last-contact"),
        /** The end of the contract or relationship ({@link ProcessingFact.Kind#CONTRACT_ENDED}). */
        CONTRACT_END("contract-end"),
        /** A host event named by the rule ({@link ProcessingFact.Kind#HOST_EVENT}). */
        HOST_EVENT("host-event");

        private final String code;

        Start(String code) {
            this.code = code;
        }

        /** The value in register files. */
        public String code() {
            return code;
        }
    }

    /** What happens to the data at the end of the retention (Art. 5(1)(e): deleted or anonymised). */
    public enum EndAction {
        DELETE("delete"),
        /** Irreversible anonymisation: afterwards the data no longer relates to a person (Recital 26). */
        ANONYMISE("anonymise");

        private final String code;

        EndAction(String code) {
            this.code = code;
        }

        /** The value in register files. */
        public String code() {
            return code;
        }
    }

    public RetentionRule {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endAction, "endAction");
    }

    /** Active retention plus the archive stage: when the end action is due after the start. */
    public Period total() {
        return archivePeriod == null ? period : period.plus(archivePeriod).normalized();
    }
}

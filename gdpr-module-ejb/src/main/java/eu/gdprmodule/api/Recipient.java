package eu.gdprmodule.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Someone personal data is disclosed to (Art. 4(9), 13(1)(e) and 30(1)(d) GDPR): an internal
 * team, a processor and its sub-processors, a joint controller, an authority or a partner. When
 * the recipient is outside the EU/EEA, {@link #transfer()} gives the safeguard (Chapter V).
 *
 * @param key         the register's stable identifier, such as {@code cloudflare}
 * @param name        the recipient's name, such as {@code Cloudflare, Inc.}
 * @param kind        what the recipient is to the controller
 * @param service     what it does with the data, or {@code null}
 * @param country     ISO 3166-1 alpha-2 country code where the data goes, or {@code null} when not known
 * @param transfer    the transfer safeguard, required when {@code country} is outside the EU/EEA; else {@code null}
 * @param dpaSignedOn when the data processing agreement (Art. 28(3)) was signed, or {@code null}
 * @since 0.1
 */
public record Recipient(String key, String name, Kind kind, String service, String country,
        TransferSafeguard transfer, LocalDate dpaSignedOn) implements Serializable {

    /** What a recipient is to the controller. */
    public enum Kind {
        /** A team inside the controller's organisation. */
        INTERNAL("internal"),
        /** A processor acting on the controller's instructions (Art. 28). */
        PROCESSOR("processor"),
        /** A processor engaged by a processor (Art. 28(2) and (4)). */
        SUB_PROCESSOR("sub-processor"),
        /** A controller deciding purposes and means jointly (Art. 26). */
        JOINT_CONTROLLER("joint-controller"),
        /** A public authority receiving data when the law requires it. */
        AUTHORITY("authority"),
        /** A business partner receiving data as a controller of its own. */
        PARTNER("partner");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The value in register files. */
        public String code() {
            return code;
        }
    }

    /** The legal ground of a transfer outside the EU/EEA (Chapter V GDPR). */
    public enum TransferMechanism {
        /** An adequacy decision of the European Commission (Art. 45). */
        ADEQUACY("adequacy", "Art. 45"),
        /** The EU-US Data Privacy Framework (an adequacy decision of 10 July 2023, Art. 45). */
        DATA_PRIVACY_FRAMEWORK("dpf", "Art. 45"),
        /** Standard contractual clauses adopted by the Commission (Art. 46(2)(c)). */
        STANDARD_CONTRACTUAL_CLAUSES("scc", "Art. 46(2)(c)"),
        /** Binding corporate rules (Art. 47). */
        BINDING_CORPORATE_RULES("bcr", "Art. 47"),
        /** A derogation for a specific situation (Art. 49). */
        DEROGATION("derogation", "Art. 49");

        private final String code;
        private final String article;

        TransferMechanism(String code, String article) {
            this.code = code;
            this.article = article;
        }

        /** The value in register files. */
        public String code() {
            return code;
        }

        /** The article of the GDPR behind it. */
        public String article() {
            return article;
        }
    }

    /**
     * A transfer safeguard.
     *
     * @param mechanism the mechanism
     * @param reference where it is documented: the decision, the clauses' module and date, a URL; or {@code null}
     */
    public record TransferSafeguard(TransferMechanism mechanism, String reference) implements Serializable {
        public TransferSafeguard {
            Objects.requireNonNull(mechanism, "mechanism");
        }
    }

    public Recipient {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}

package eu.gdprmodule.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The rights a person exercises through a data-subject request: those of Articles 15 to 22 GDPR
 * that the seeds' policies promise, plus the withdrawal of consent (Art. 7(3)) and, under French
 * law (Art. 85 of the Loi Informatique et Libertés), instructions for the data after death.
 *
 * @since 0.1
 */
public enum DataSubjectRight {
    /** Art. 15: a copy of the data and how it is processed. */
    ACCESS("access"),
    /** Art. 16: inaccurate data corrected, incomplete data completed. */
    RECTIFICATION("rectification"),
    /** Art. 17: the data erased, unless a legal obligation requires keeping it. */
    ERASURE("erasure"),
    /** Art. 18: the data kept but no longer used, while a dispute is settled. */
    RESTRICTION("restriction"),
    /** Art. 21: no more processing for a purpose based on legitimate interest; absolute for direct marketing. */
    OBJECTION("objection"),
    /** Art. 20: the data the person provided, in a machine-readable format. */
    PORTABILITY("portability"),
    /** Art. 7(3): a consent taken back, as easily as it was given. */
    CONSENT_WITHDRAWAL("withdrawal"),
    /** Art. 85 Loi Informatique et Libertés: what to do with the data after the person's death. */
    POST_MORTEM_INSTRUCTIONS("post-mortem");

    private final String wire;

    DataSubjectRight(String wire) {
        this.wire = wire;
    }

    /** The name used in forms, JSON and URLs, e.g. {@code post-mortem}. */
    public String wire() {
        return wire;
    }

    /** The right named by its wire name (case ignored), if any. */
    public static Optional<DataSubjectRight> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.wire.equals(wanted)).findFirst();
    }

    /** Whether a request for this right is answered with an export of the person's data. */
    public boolean exports() {
        return this == ACCESS || this == PORTABILITY;
    }

    /** Whether the request names a purpose (a processing activity or a host consent). */
    public boolean takesPurpose() {
        return this == OBJECTION || this == CONSENT_WITHDRAWAL || this == RESTRICTION;
    }
}

package eu.gdprmodule.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Fired by the host when it learns that a person has died (a relative wrote, a registry said
 * so). The module looks up the person's post-mortem instructions (Art. 85 of the French Loi
 * Informatique et Libertés) and puts them in front of an administrator; when the instructions ask
 * for erasure, it opens an erasure request on the person's behalf.
 *
 * <pre>
 * deceased.fire(new DataSubjectDeceased(customer.getEmail(), LocalDate.of(2026, 3, 2), "letter from the notary"));
 * </pre>
 *
 * @param email  the person's address
 * @param diedOn the date of death, or {@code null} when unknown
 * @param source how the host learnt of it
 * @since 0.1
 */
public record DataSubjectDeceased(String email, LocalDate diedOn, String source) implements Serializable {

    public DataSubjectDeceased {
        Objects.requireNonNull(email, "email");
        source = source == null ? "" : source;
    }
}

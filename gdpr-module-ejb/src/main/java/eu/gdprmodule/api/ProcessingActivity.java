package eu.gdprmodule.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the record of processing activities (Art. 30(1) GDPR): why personal data is
 * processed, which data about whom, on which lawful basis, who receives it and how long it is kept.
 *
 * @param key              the register's stable identifier, such as {@code prospects}; hosts
 *                         name it in {@link ProcessingFact}s
 * @param name             a short title, such as {@code Quote requests from prospects}
 * @param description      what the activity is, or {@code null}
 * @param purposes         the purposes (Art. 5(1)(b), 30(1)(b)); at least one
 * @param dataCategories   the categories of personal data (Art. 30(1)(c)); at least one
 * @param personalData     the data in the controller's words (as published), or {@code null}
 * @param dataSubjects     the categories of data subjects (Art. 30(1)(c)); at least one
 * @param legalBases       the lawful bases (Art. 6(1)) with their justification; at least one
 * @param source           where the data comes from when not from the person (Art. 14(2)(f)), or {@code null}
 * @param recipientKeys    the keys of the {@link Recipient}s that receive the data (Art. 30(1)(d))
 * @param retention        the retention rule (Art. 30(1)(f)), or {@code null} when the data is
 *                         anonymised at collection or the period is not yet decided
 * @param securityMeasures measures specific to this activity (Art. 30(1)(g)), or {@code null}
 * @since 0.1
 */
public record ProcessingActivity(String key, String name, String description, List<String> purposes,
        List<DataCategory> dataCategories, String personalData, List<DataSubjectCategory> dataSubjects,
        List<LegalGround> legalBases, String source, List<String> recipientKeys, RetentionRule retention,
        String securityMeasures) implements Serializable {

    /**
     * A lawful basis and why it applies: the law cited for a legal obligation, the balancing of
     * interests for a legitimate interest (Art. 13(1)(d)).
     *
     * @param basis         the basis
     * @param justification why it applies, or {@code null}
     */
    public record LegalGround(LegalBasis basis, String justification) implements Serializable {
        public LegalGround {
            Objects.requireNonNull(basis, "basis");
        }
    }

    public ProcessingActivity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        purposes = List.copyOf(purposes);
        dataCategories = List.copyOf(dataCategories);
        dataSubjects = List.copyOf(dataSubjects);
        legalBases = List.copyOf(legalBases);
        recipientKeys = List.copyOf(recipientKeys);
    }
}

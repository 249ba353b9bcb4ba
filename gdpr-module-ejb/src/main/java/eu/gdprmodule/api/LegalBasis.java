package eu.gdprmodule.api;

/**
 * The six lawful bases of Art. 6(1) GDPR, points (a) to (f). Every processing activity names at
 * least one; its code is the value used in register files.
 *
 * @since 0.1
 */
public enum LegalBasis {
    /** Art. 6(1)(a): the person gave consent for one or more specific purposes. */
    CONSENT("consent", "a"),
    /** Art. 6(1)(b): necessary for a contract with the person, or steps before one at their request. */
    CONTRACT("contract", "b"),
    /** Art. 6(1)(c): necessary to comply with a legal obligation; the justification cites the law. */
    LEGAL_OBLIGATION("legal-obligation", "c"),
    /** Art. 6(1)(d): necessary to protect someone's vital interests. */
    VITAL_INTERESTS("vital-interests", "d"),
    /** Art. 6(1)(e): a task in the public interest or official authority. */
    PUBLIC_TASK("public-task", "e"),
    /** Art. 6(1)(f): legitimate interests; the justification holds the balancing of interests. */
    LEGITIMATE_INTERESTS("legitimate-interests", "f");

    private final String code;
    private final String point;

    LegalBasis(String code, String point) {
        this.code = code;
        this.point = point;
    }

    /** The value in register files, such as {@code legitimate-interests}. */
    public String code() {
        return code;
    }

    /** The article reference, such as {@code Art. 6(1)(f)}. */
    public String article() {
        return "Art. 6(1)(" + point + ")";
    }

    /** Whether a register entry must say why this basis applies (the law cited, the balancing test). */
    public boolean needsJustification() {
        return this == LEGAL_OBLIGATION || this == LEGITIMATE_INTERESTS || this == PUBLIC_TASK;
    }
}

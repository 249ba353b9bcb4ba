package eu.gdprmodule.policy;

import java.util.Arrays;
import java.util.Optional;

/**
 * A part of a policy page written from the register of processing activities rather than by
 * hand, so the page never says something the register (Art. 30 GDPR) does not. An author places
 * one as a paragraph of its own, {@code {{gdpr:<code>}}}, in the Markdown source:
 *
 * <pre>
 * Our commitment to your privacy ...
 *
 * {{gdpr:controller}}
 *
 * {{gdpr:data-collected}}
 * </pre>
 *
 * <p>Together the sections give the information Art. 13 GDPR requires of a privacy notice; the
 * prose around them (introduction, cookies, changes) stays the author's.
 *
 * @since 0.1
 */
public enum GeneratedSection {
    /** Who the controller is and how to reach them, its representative and DPO (Art. 13(1)(a), (b)). */
    CONTROLLER("controller"),
    /** Per activity: the data, the purposes and the legal basis (Art. 13(1)(c), 14(1)(d)). */
    DATA_COLLECTED("data-collected"),
    /** Per activity: how long the data is kept and what happens then (Art. 13(2)(a)). */
    RETENTION("retention"),
    /** Who receives the data and, outside the EU/EEA, under which safeguard (Art. 13(1)(e), (f)). */
    RECIPIENTS("recipients"),
    /** The security measures (Art. 32), global and per activity. */
    SECURITY("security"),
    /** The rights that apply, derived from the legal bases, and how to exercise them (Art. 12 to 22). */
    RIGHTS("rights"),
    /** The right to lodge a complaint with the supervisory authority (Art. 13(2)(d), Art. 77). */
    COMPLAINT("complaint"),
    /**
     * The cookie table, written from the cookie catalogue rather than the register: per category,
     * what it is for and whether it needs consent, then each cookie's name, service and provider,
     * purpose and lifetime (Art. 5(3) ePrivacy Directive: "clear and comprehensive information").
     */
    COOKIES("cookies");

    private final String code;

    GeneratedSection(String code) {
        this.code = code;
    }

    /** The code written in {@code {{gdpr:<code>}}}, such as {@code data-collected}. */
    public String code() {
        return code;
    }

    /** The section with this code, if any; codes are matched exactly. */
    public static Optional<GeneratedSection> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}

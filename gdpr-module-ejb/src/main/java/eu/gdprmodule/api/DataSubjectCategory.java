package eu.gdprmodule.api;

/**
 * The categories of people whose data an activity processes (Art. 30(1)(c) GDPR). The code is
 * the value used in register files.
 *
 * @since 0.1
 */
public enum DataSubjectCategory {
    /** Clients: people (or contacts at companies) with a contract or an order. */
    CUSTOMERS("customers"),
    /** People who asked for a quote or information without a contract yet. */
    PROSPECTS("prospects"),
    /** Visitors of the website. */
    VISITORS("visitors"),
    /** People who subscribed to a newsletter or other communications. */
    SUBSCRIBERS("subscribers"),
    /** Holders of an account on the site or a client portal. */
    USERS("users"),
    /** Staff members. */
    EMPLOYEES("employees"),
    /** People who applied for a job. */
    APPLICANTS("applicants"),
    /** Contacts at suppliers and service providers. */
    SUPPLIERS("suppliers"),
    /** Contacts at business partners. */
    PARTNERS("partners");

    private final String code;

    DataSubjectCategory(String code) {
        this.code = code;
    }

    /** The value in register files, such as {@code prospects}. */
    public String code() {
        return code;
    }
}

package eu.gdprmodule.examples.shop.privacy;

/**
 * The shop's stable references to the people it holds data about. They carry no personal data
 * (no name, no e-mail), only the kind of relationship and the shop's own id, so the module can
 * keep them for as long as it needs without itself holding what it must one day erase.
 */
public final class DataSubjects {

    private static final String CUSTOMER = "customer:";
    private static final String PROSPECT = "prospect:";

    private DataSubjects() {
    }

    /** A person with an account. */
    public static String customer(long customerId) {
        return CUSTOMER + customerId;
    }

    /** A person who asked for a quote without an account. */
    public static String prospect(long prospectId) {
        return PROSPECT + prospectId;
    }
}

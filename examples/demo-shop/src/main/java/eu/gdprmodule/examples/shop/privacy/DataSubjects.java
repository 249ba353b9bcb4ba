package eu.gdprmodule.examples.shop.privacy;

import java.util.OptionalLong;

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

    /** The customer's id in a reference made by {@link #customer}; empty for any other reference or none. */
    public static OptionalLong customerId(String reference) {
        return idAfter(CUSTOMER, reference);
    }

    /** The prospect's id in a reference made by {@link #prospect}; empty for any other reference or none. */
    public static OptionalLong prospectId(String reference) {
        return idAfter(PROSPECT, reference);
    }

    private static OptionalLong idAfter(String prefix, String reference) {
        if (reference == null || !reference.startsWith(prefix)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(reference.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}

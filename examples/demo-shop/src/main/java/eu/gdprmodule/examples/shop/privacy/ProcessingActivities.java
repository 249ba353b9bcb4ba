package eu.gdprmodule.examples.shop.privacy;

/**
 * The keys of the shop's processing activities, as the module's register knows them. Each is one
 * purpose with one legal basis and one retention period in the privacy policy (Art. 13(1)(c) and
 * 13(2)(a) GDPR), so a fact names the activity whose period it starts.
 */
public final class ProcessingActivities {

    /** Client account and service delivery; contract (Art. 6(1)(b)); kept 5 years after the relationship. */
    public static final String CUSTOMER_ACCOUNT = "customer-account";
    /** Orders placed (each one a contract, Art. 6(1)(b)). */
    public static final String ORDERS = "orders";
    /** Invoices: legal obligation (Art. 6(1)(c)); French accounting law keeps them 10 years. */
    public static final String BILLING = "billing";
    /** Newsletter: sent only to customers who ticked the box or subscribed in their account. */
    public static final String NEWSLETTER = "newsletter";
    /** Quote requests from prospects; kept 3 years from the prospect's last contact. */
    public static final String PROSPECTS = "prospects";
    /** Sign-in logs: legitimate interest in securing accounts (Art. 6(1)(f)); kept 12 months. */
    public static final String SECURITY_LOGS = "security-logs";

    private ProcessingActivities() {
    }
}

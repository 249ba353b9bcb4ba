package eu.gdprmodule.api;

/**
 * The categories of personal data a processing activity uses (Art. 30(1)(c) GDPR): a small fixed
 * taxonomy so registers compare and policy pages group alike; each activity also describes its
 * data in its own words. The code is the value used in register files.
 *
 * @since 0.1
 */
public enum DataCategory {
    /** First and last name, title, date of birth. */
    IDENTITY("identity"),
    /** E-mail address, telephone number, postal address. */
    CONTACT("contact"),
    /** Company, job title, professional e-mail: the person in their work. */
    PROFESSIONAL("professional"),
    /** Login, password hash, account settings. */
    ACCOUNT("account"),
    /** Billing name and address, invoices, amounts. */
    BILLING("billing"),
    /** Means of payment and payment transactions. */
    PAYMENT("payment"),
    /** Orders, subscribed services, tickets, quotes, interventions: the history of the relationship. */
    CONTRACT_HISTORY("contract-history"),
    /** IP addresses, connection and security logs, technical identifiers. */
    CONNECTION_LOGS("connection-logs"),
    /** Device, operating system and browser information. */
    DEVICE_BROWSER("device-browser"),
    /** Pages viewed, session duration, audience measurement, cookies' contents. */
    BROWSING("browsing"),
    /** The content of messages and exchanges with the person. */
    MESSAGES("messages"),
    /** Choices the person made: marketing preferences, consents, objections. */
    PREFERENCES("preferences"),
    /** Location data finer than a country. */
    LOCATION("location");

    private final String code;

    DataCategory(String code) {
        this.code = code;
    }

    /** The value in register files, such as {@code connection-logs}. */
    public String code() {
        return code;
    }
}

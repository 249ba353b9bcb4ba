package eu.gdprmodule.examples.shop.customer;

import java.util.Locale;

/**
 * E-mail addresses as the shop stores and compares them. Case is dropped everywhere: mailbox
 * providers ignore it in practice, and {@code Ann@Example.com} signing up twice must find her
 * first account rather than open a second one (two accounts would split her data, and her
 * access request, in two).
 */
public final class EmailAddresses {

    /** The longest address SMTP can deliver to (RFC 5321 path limit). */
    public static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    /** The stored form: trimmed and lower case; {@code null} stays {@code null}. */
    public static String normalise(String address) {
        return address == null ? null : address.strip().toLowerCase(Locale.ROOT);
    }
}

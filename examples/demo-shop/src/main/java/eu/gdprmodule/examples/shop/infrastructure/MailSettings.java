package eu.gdprmodule.examples.shop.infrastructure;

import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The {@code shop.mail.*} settings of {@link ShopMail}, checked before any letter is composed.
 * Timeouts are always set: Jakarta Mail waits forever by default, and a mail server that accepts
 * the connection but never answers would hold a container thread for good.
 *
 * @param host             the SMTP server; empty: mail is not configured and letters are only logged
 * @param port             its port
 * @param from             the sender of every letter, also the envelope sender that bounces return to
 * @param user             the account to authenticate as, or {@code null} for none
 * @param password         its password
 * @param startTls         whether to require STARTTLS before anything is sent
 * @param connectTimeoutMs how long to wait for the connection
 * @param timeoutMs        how long to wait for each answer of the server, and for each write
 */
record MailSettings(String host, int port, String from, String user, String password, boolean startTls,
        int connectTimeoutMs, int timeoutMs) {

    static final String HOST = "shop.mail.host";
    static final String PORT = "shop.mail.port";
    static final String FROM = "shop.mail.from";
    static final String USER = "shop.mail.user";
    static final String PASSWORD = "shop.mail.password";
    static final String STARTTLS = "shop.mail.starttls";
    static final String CONNECT_TIMEOUT = "shop.mail.connect-timeout-ms";
    static final String TIMEOUT = "shop.mail.timeout-ms";

    static final int DEFAULT_PORT = 25;
    static final String DEFAULT_FROM = "privacy@demo-shop.example";
    static final int DEFAULT_TIMEOUT_MS = 10_000;

    /**
     * @param config a setting by key, empty when unset
     * @throws IllegalArgumentException when a number or a flag is not one
     */
    static MailSettings read(Function<String, Optional<String>> config) {
        Function<String, Optional<String>> set = key -> config.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        return new MailSettings(set.apply(HOST).orElse(""),
                number(set, PORT, DEFAULT_PORT),
                set.apply(FROM).orElse(DEFAULT_FROM),
                set.apply(USER).orElse(null),
                config.apply(PASSWORD).orElse(""),
                flag(set, STARTTLS),
                number(set, CONNECT_TIMEOUT, DEFAULT_TIMEOUT_MS),
                number(set, TIMEOUT, DEFAULT_TIMEOUT_MS));
    }

    boolean configured() {
        return !host.isEmpty();
    }

    /** A session of its own, never the JVM-wide default one another application may have set up. */
    Session session() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.from", from);
        properties.setProperty("mail.smtp.connectiontimeout", Integer.toString(connectTimeoutMs));
        properties.setProperty("mail.smtp.timeout", Integer.toString(timeoutMs));
        properties.setProperty("mail.smtp.writetimeout", Integer.toString(timeoutMs));
        if (user != null) {
            properties.setProperty("mail.smtp.auth", "true");
        }
        if (startTls) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        return Session.getInstance(properties);
    }

    /** Where letters go, never the password. */
    @Override
    public String toString() {
        return configured() ? "mail server " + host + ":" + port : "no mail server (" + HOST + " is empty)";
    }

    private static int number(Function<String, Optional<String>> config, String key, int otherwise) {
        String value = config.apply(key).orElse(null);
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + " must be a positive whole number, not \"" + value + "\"");
    }

    private static boolean flag(Function<String, Optional<String>> config, String key) {
        String value = config.apply(key).orElse("false");
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException(key + " must be true or false, not \"" + value + "\"");
    }
}

package eu.gdprmodule.request;

import eu.gdprmodule.config.ModuleConfig;
import jakarta.mail.Session;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code gdpr.mail.*} settings: the SMTP server through which the module writes to people
 * (identity checks, download links, replies) and to the controller's staff (reminders). With
 * {@code gdpr.mail.host} unset, letters are logged instead of sent, so a developer's machine
 * needs no mail server.
 */
record MailSettings(String host, int port, String from, String username, String password, boolean startTls) {

    static MailSettings current() {
        Config config = ModuleConfig.get();
        String host = config.getOptionalValue("gdpr.mail.host", String.class).orElse("").trim();
        String rawPort = config.getOptionalValue("gdpr.mail.port", String.class).orElse("25").trim();
        int port;
        try {
            port = Integer.parseInt(rawPort);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("gdpr.mail.port=" + rawPort + " is not a port number (1 to 65535)");
        }
        String from = config.getOptionalValue("gdpr.mail.from", String.class)
                .or(() -> config.getOptionalValue("gdpr.controller.email", String.class)).orElse("privacy@localhost").trim();
        return new MailSettings(host, port, from,
                config.getOptionalValue("gdpr.mail.username", String.class).orElse(""),
                config.getOptionalValue("gdpr.mail.password", String.class).orElse(""),
                config.getOptionalValue("gdpr.mail.starttls", Boolean.class).orElse(false));
    }

    boolean configured() {
        return !host.isEmpty();
    }

    Session session() {
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", "smtp");
        props.setProperty("mail.smtp.host", host.isEmpty() ? "localhost" : host);
        props.setProperty("mail.smtp.port", Integer.toString(port));
        props.setProperty("mail.smtp.connectiontimeout", "10000");
        props.setProperty("mail.smtp.timeout", "20000");
        props.setProperty("mail.smtp.writetimeout", "20000");
        if (startTls) {
            props.setProperty("mail.smtp.starttls.enable", "true");
            props.setProperty("mail.smtp.starttls.required", "true");
        }
        if (!username.isEmpty()) {
            props.setProperty("mail.smtp.auth", "true");
        }
        return Session.getInstance(props);
    }

    @Override
    public String toString() {
        return configured() ? host + ":" + port : "mail not configured (gdpr.mail.host is empty)";
    }
}

package eu.gdprmodule.examples.shop.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The shop's outgoing e-mail: plain-text UTF-8 letters over SMTP with Jakarta Mail, to the server
 * that {@link MailSettings} reads from the shop's configuration ({@code shop.mail.*}). The session
 * is built from properties, so an operator needs no mail resource in the server, only settings.
 *
 * <pre>
 * try (ShopMail.Batch batch = mail.batch()) {
 *     for (String address : addresses) {
 *         batch.send(address, new ShopMail.Letter("Subject", "Body"));
 *     }
 * }
 * </pre>
 *
 * <p>With {@code shop.mail.host} empty (the default) nothing is sent: each letter is logged at
 * INFO instead, so a shop on a developer's machine works without a mail server. It does not queue
 * or retry: a letter the server refuses is the caller's to report.
 */
@ApplicationScoped
public class ShopMail {

    private static final Logger LOG = Logger.getLogger(ShopMail.class.getName());

    /** One plain-text message, the same for every recipient it is sent to. */
    public record Letter(String subject, String body) {
        public Letter {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
        }
    }

    /**
     * A batch with the settings in force now: read on each batch, so a changed setting needs no
     * restart.
     *
     * @throws IllegalArgumentException when a {@code shop.mail.*} setting cannot be used
     */
    public Batch batch() {
        Config config = ShopConfig.get();
        return new Batch(MailSettings.read(key -> config.getOptionalValue(key, String.class)));
    }

    /**
     * Letters sent over one SMTP connection, opened at the first letter and closed with the
     * batch: a notice to every customer should not open one connection per customer. Not for
     * use by two threads at once.
     */
    public static final class Batch implements AutoCloseable {

        private final MailSettings settings;
        private final Session session;
        private Transport transport;

        Batch(MailSettings settings) {
            this.settings = settings;
            this.session = settings.session();
        }

        /** Whether letters really leave the shop (false: they are only logged). */
        public boolean delivers() {
            return settings.configured();
        }

        /** Where letters go, for logs: {@code host:port}, or a note that mail is not configured. */
        public String server() {
            return settings.toString();
        }

        /**
         * Sends one letter to one address, or logs it when mail is not configured.
         *
         * @throws SendFailedException when the server refuses this recipient or this message; the
         *                             batch goes on with the next one
         * @throws Unavailable         when the server cannot be reached: the next letters would fail too
         * @throws MessagingException  when the address is malformed, or the connection broke twice
         */
        public void send(String to, Letter letter) throws MessagingException {
            MimeMessage message = compose(to, letter);
            if (!settings.configured()) {
                // not the address: a log is no place for customers' e-mail addresses (Art. 5(1)(c))
                LOG.info(() -> "Mail is not configured (" + MailSettings.HOST + " is empty); would have sent a letter:"
                        + "\nSubject: " + letter.subject() + "\n\n" + letter.body());
                return;
            }
            boolean reusedConnection = transport != null;
            try {
                deliver(message);
            } catch (SendFailedException refused) {
                throw refused; // the server answered: the connection is still good for the next letter
            } catch (MessagingException broken) {
                disconnect();
                if (!reusedConnection || broken instanceof Unavailable) {
                    throw broken;
                }
                // A connection kept open between letters may have been closed by the server: one fresh try.
                deliver(message);
            }
        }

        @Override
        public void close() {
            disconnect();
        }

        private MimeMessage compose(String to, Letter letter) throws MessagingException {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(letter.subject(), "UTF-8");
            message.setText(letter.body(), "UTF-8"); // text/plain; charset=UTF-8
            message.setSentDate(new Date());
            // RFC 3834: an automatic message, so out-of-office replies are not sent back to the shop.
            message.setHeader("Auto-Submitted", "auto-generated");
            return message;
        }

        private void deliver(MimeMessage message) throws MessagingException {
            if (transport == null) {
                transport = connect();
            }
            transport.sendMessage(message, message.getAllRecipients());
        }

        private Transport connect() throws Unavailable {
            try {
                Transport opened = session.getTransport("smtp");
                if (settings.user() == null) {
                    opened.connect();
                } else {
                    opened.connect(settings.host(), settings.port(), settings.user(), settings.password());
                }
                return opened;
            } catch (MessagingException e) {
                throw new Unavailable(settings + " cannot be reached: " + e.getMessage(), e);
            }
        }

        private void disconnect() {
            if (transport == null) {
                return;
            }
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "closing the SMTP connection failed", e);
            } finally {
                transport = null;
            }
        }
    }

    /** The mail server could not be reached (refused, timed out, authentication or TLS failed). */
    public static final class Unavailable extends MessagingException {

        private static final long serialVersionUID = 1L;

        Unavailable(String message, Exception cause) {
            super(message, cause);
        }
    }
}

package eu.gdprmodule.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.logging.Logger;

/** Sends the module's plain-text letters through Jakarta Mail, to the server of {@link MailSettings}. */
@ApplicationScoped
public class RequestMail {

    private static final Logger LOG = Logger.getLogger(RequestMail.class.getName());

    /** One letter. */
    public record Letter(String to, String subject, String body) {
    }

    /**
     * Sends it now.
     *
     * @throws MessagingException when the server refuses it or cannot be reached
     */
    public void send(Letter letter) throws MessagingException {
        MailSettings settings = MailSettings.current();
        if (!settings.configured()) {
            // never the address or the link: a log is no place for them
            LOG.info(() -> "Mail is not configured (gdpr.mail.host is empty); a letter \"" + letter.subject() + "\" was not sent");
            return;
        }
        MimeMessage message = new MimeMessage(settings.session());
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(letter.to(), true));
        message.setSubject(letter.subject(), "UTF-8");
        message.setText(letter.body(), "UTF-8");
        message.setSentDate(new Date());
        if (settings.username().isEmpty()) {
            Transport.send(message);
        } else {
            Transport.send(message, settings.username(), settings.password());
        }
    }
}

package eu.gdprmodule.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends letters after their transaction committed: a person never gets a link to a request that
 * was rolled back. A letter that fails is written to the request's timeline, where an
 * administrator sees it, instead of failing what was already stored.
 */
@ApplicationScoped
public class LetterBox {

    private static final Logger LOG = Logger.getLogger(LetterBox.class.getName());

    @Inject
    RequestMail mail;

    @Inject
    RequestTimeline timeline;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PendingLetter pending) {
        try {
            mail.send(pending.letter());
            if (pending.requestId() != null) {
                timeline.noteAlone(pending.requestId(), RequestTimeline.SYSTEM, "letter-sent", pending.what());
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "A letter about a data-subject request could not be sent: " + e.getMessage());
            if (pending.requestId() != null) {
                timeline.noteAlone(pending.requestId(), RequestTimeline.SYSTEM, "letter-failed",
                        pending.what() + " could not be sent: " + e.getMessage());
            }
        }
    }
}

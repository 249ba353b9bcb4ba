package eu.gdprmodule.request;

import eu.gdprmodule.api.RightExercised;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells host code of a right in force only once it is committed; a failing observer is written
 * to the request's timeline, where an administrator sees that the host did not act.
 */
@ApplicationScoped
public class RightRelay {

    private static final Logger LOG = Logger.getLogger(RightRelay.class.getName());

    @Inject
    Event<RightExercised> exercised;

    @Inject
    RequestTimeline timeline;

    @Inject
    RequestInbox inbox;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PendingRight pending) {
        RightExercised right = pending.exercised();
        try {
            exercised.fire(right);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A RightExercised observer failed for request " + right.requestReference(), e);
            inbox.find(right.requestReference()).ifPresent(r -> timeline.noteAlone(r.getId(), RequestTimeline.SYSTEM,
                    "host-failed", "The host's observer of " + right.right().wire() + " failed: " + e));
        }
    }
}

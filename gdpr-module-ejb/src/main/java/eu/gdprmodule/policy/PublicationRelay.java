package eu.gdprmodule.policy;

import eu.gdprmodule.api.PolicyPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Announces committed publications: refreshes the public pages' cache, then tells the host. */
@ApplicationScoped
public class PublicationRelay {

    private static final Logger LOG = Logger.getLogger(PublicationRelay.class.getName());

    @Inject
    Event<PolicyPublished> published;

    @Inject
    PublishedPolicies policies;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PendingPublication pending) {
        policies.invalidate();
        try {
            published.fire(pending.published());
        } catch (RuntimeException e) {
            // The version is published whatever an observer does; the publisher must not be told
            // it failed (and publish a duplicate) because a host's mailer threw.
            LOG.log(Level.WARNING, "A PolicyPublished observer failed", e);
        }
    }
}

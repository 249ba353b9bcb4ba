package eu.gdprmodule.consent;

import eu.gdprmodule.api.ConsentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Tells the host about committed choices, never about one whose proof was rolled back. */
@ApplicationScoped
public class ConsentRelay {

    private static final Logger LOG = Logger.getLogger(ConsentRelay.class.getName());

    @Inject
    Event<ConsentChanged> changed;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PendingConsent pending) {
        ConsentToken token = pending.token();
        try {
            changed.fire(new ConsentChanged(token.consentId(), pending.method().wire(), token.choice().categories(),
                    pending.refused(), token.choice().services(), token.policyVersion(), token.givenAt(), pending.gpc()));
        } catch (RuntimeException e) {
            // the choice is stored and holds whatever an observer does
            LOG.log(Level.WARNING, "A ConsentChanged observer failed", e);
        }
    }
}

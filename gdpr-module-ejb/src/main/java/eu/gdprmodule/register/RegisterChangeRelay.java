package eu.gdprmodule.register;

import eu.gdprmodule.api.RegisterChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Announces committed register changes: drops the cached register, then fires
 * {@link RegisterChanged} to host observers. A change that rolled back is never announced, so a
 * host never reacts to a register that does not exist.
 */
@ApplicationScoped
public class RegisterChangeRelay {

    private static final Logger LOG = Logger.getLogger(RegisterChangeRelay.class.getName());

    @Inject
    Event<RegisterChanged> changed;

    @Inject
    RegisterView view;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PendingRegisterChange pending) {
        view.invalidate();
        try {
            changed.fire(pending.change());
        } catch (RuntimeException e) {
            // The change is committed whatever an observer does; a failing observer must not
            // make the administrator believe the save failed.
            LOG.log(Level.WARNING, "A RegisterChanged observer failed", e);
        }
    }
}

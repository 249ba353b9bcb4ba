package eu.gdprmodule.examples.shop.newsletter;

import eu.gdprmodule.api.RightsInForce;
import eu.gdprmodule.examples.shop.privacy.ProcessingActivities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether the newsletter may go to a subscriber now: the one rule every sending of it must ask,
 * since a subscription alone is not enough. Not to a person on the module's suppression list
 * (an objection to direct marketing is for good, Art. 21(3) GDPR), nor while a restriction of the
 * newsletter or of all processing is in force (Art. 18(2): the data may be stored, not used), nor
 * after an objection to the newsletter that the subscription has not caught up with yet. The
 * module answers from its database, so every server of a cluster decides alike.
 */
@ApplicationScoped
public class NewsletterRecipients {

    @Inject
    RightsInForce rights;

    public boolean mayReceive(String email) {
        return !rights.isSuppressed(email)
                && !rights.isRestricted(email, ProcessingActivities.NEWSLETTER)
                && !rights.hasObjected(email, ProcessingActivities.NEWSLETTER);
    }
}

package eu.gdprmodule.examples.shop.newsletter;

import eu.gdprmodule.api.DataSubject;
import eu.gdprmodule.api.RightExercised;
import eu.gdprmodule.api.RightsInForce;
import eu.gdprmodule.examples.shop.customer.Customer;
import eu.gdprmodule.examples.shop.customer.CustomerAccounts;
import eu.gdprmodule.examples.shop.privacy.DataSubjects;
import eu.gdprmodule.examples.shop.privacy.ProcessingActivities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Acts on the rights the GDPR module upholds that end the newsletter: a withdrawn consent
 * (Art. 7(3) GDPR: as easy as giving it, and the shop's only ground for the newsletter) and an
 * objection to the newsletter or to direct marketing as a whole (Art. 21(2) and (3): absolute).
 * Either ends the current subscription, exactly as the "Unsubscribe" button does, so the module
 * also hears the {@value Newsletter#UNSUBSCRIBED} fact that starts the proof's three years.
 *
 * <p>A restriction (Art. 18) does not unsubscribe: it is lifted one day, and the person's choice
 * must then hold again. While it is in force, {@link NewsletterRecipients} keeps the newsletter
 * from them.
 */
@ApplicationScoped
public class NewsletterRights {

    @Inject
    CustomerAccounts accounts;

    @Inject
    Newsletter newsletter;

    void act(@Observes RightExercised exercised) {
        if (endsSubscription(exercised)) {
            customer(exercised.subject()).ifPresent(customer -> newsletter.unsubscribe(customer.getId()));
        }
    }

    /** Whether the right ends the newsletter; a {@code null} purpose means every purpose. */
    static boolean endsSubscription(RightExercised exercised) {
        String purpose = exercised.purpose();
        return switch (exercised.right()) {
            case CONSENT_WITHDRAWAL -> purpose == null || ProcessingActivities.NEWSLETTER.equals(purpose);
            case OBJECTION -> purpose == null || ProcessingActivities.NEWSLETTER.equals(purpose)
                    || RightsInForce.DIRECT_MARKETING.equals(purpose);
            default -> false;
        };
    }

    /** By the module's reference when the request has one (it names one account for good), else by address. */
    private Optional<Customer> customer(DataSubject subject) {
        OptionalLong referenced = DataSubjects.customerId(subject.reference());
        return referenced.isPresent() ? accounts.byId(referenced.getAsLong()) : accounts.byEmail(subject.email());
    }
}

package eu.gdprmodule.examples.shop.newsletter;

import eu.gdprmodule.examples.shop.customer.SignedInCustomer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs the newsletter panel of the account page: one button to subscribe, one to leave. */
@Named
@RequestScoped
public class NewsletterPreference {

    @Inject
    Newsletter newsletter;

    @Inject
    SignedInCustomer signedIn;

    /** What the last click did, shown in the panel it updated. */
    private String confirmation;

    public boolean isSubscribed() {
        return newsletter.isSubscribed(signedIn.requireId());
    }

    public void subscribe() {
        newsletter.subscribe(signedIn.requireId(), NewsletterSubscription.Source.ACCOUNT);
        confirmation = "You are subscribed to our newsletter. You can unsubscribe here at any time.";
    }

    public void unsubscribe() {
        newsletter.unsubscribe(signedIn.requireId());
        confirmation = "You are unsubscribed. We will not send you the newsletter any more.";
    }

    public String getConfirmation() {
        return confirmation;
    }
}

package eu.gdprmodule.examples.shop.newsletter;

import eu.gdprmodule.examples.shop.customer.CustomerAccounts;
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

    @Inject
    CustomerAccounts accounts;

    @Inject
    NewsletterRecipients recipients;

    /** What the last click did, shown in the panel it updated. */
    private String confirmation;

    public boolean isSubscribed() {
        return newsletter.isSubscribed(signedIn.requireId());
    }

    /**
     * Subscribed, but not sent the newsletter now (a restriction or an objection is in force): the
     * panel says so rather than "you receive our newsletter" (Art. 12(1) GDPR: clear information).
     */
    public boolean isOnHold() {
        return isSubscribed() && accounts.byId(signedIn.requireId())
                .map(customer -> !recipients.mayReceive(customer.getEmail()))
                .orElse(false);
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

package eu.gdprmodule.examples.shop.newsletter;

import eu.gdprmodule.examples.shop.customer.SignedInCustomer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
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
    FacesContext faces;

    public boolean isSubscribed() {
        return newsletter.isSubscribed(signedIn.requireId());
    }

    public void subscribe() {
        newsletter.subscribe(signedIn.requireId(), NewsletterSubscription.Source.ACCOUNT);
        tell("You are subscribed to our newsletter. You can unsubscribe here at any time.");
    }

    public void unsubscribe() {
        newsletter.unsubscribe(signedIn.requireId());
        tell("You are unsubscribed. We will not send you the newsletter any more.");
    }

    private void tell(String text) {
        faces.addMessage("newsletter", new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}

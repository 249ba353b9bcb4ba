package eu.gdprmodule.examples.shop.newsletter;

import eu.gdprmodule.api.ProcessingFact;
import eu.gdprmodule.examples.shop.customer.CustomerSignedUp;
import eu.gdprmodule.examples.shop.infrastructure.ShopClock;
import eu.gdprmodule.examples.shop.privacy.DataSubjects;
import eu.gdprmodule.examples.shop.privacy.ProcessingActivities;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Subscribes and unsubscribes customers, and tells the module. */
@Stateless
public class Newsletter {

    /** The host event the module records when someone unsubscribes (objection, Art. 21(3)). */
    public static final String UNSUBSCRIBED = "unsubscribed";

    @PersistenceContext(unitName = "shop")
    private EntityManager em;

    @Inject
    private ShopClock clock;

    @Inject
    private Event<ProcessingFact> facts;

    /** A sign-up with the box ticked is a subscription, in the sign-up's transaction. */
    public void onSignUp(@Observes CustomerSignedUp signUp) {
        if (signUp.newsletterOptIn()) {
            subscribe(signUp.customerId(), NewsletterSubscription.Source.SIGN_UP);
        }
    }

    /** Subscribes, unless already subscribed; returns whether anything changed. */
    public boolean subscribe(long customerId, NewsletterSubscription.Source source) {
        if (active(customerId).isPresent()) {
            return false;
        }
        em.persist(new NewsletterSubscription(customerId, source, clock.now()));
        facts.fire(ProcessingFact.dataCollected(DataSubjects.customer(customerId), ProcessingActivities.NEWSLETTER));
        return true;
    }

    /** Ends the current subscription, if any; returns whether anything changed. */
    public boolean unsubscribe(long customerId) {
        Optional<NewsletterSubscription> current = active(customerId);
        if (current.isEmpty()) {
            return false;
        }
        current.get().end(clock.now());
        facts.fire(ProcessingFact.hostEvent(DataSubjects.customer(customerId), ProcessingActivities.NEWSLETTER,
                UNSUBSCRIBED));
        return true;
    }

    public boolean isSubscribed(long customerId) {
        return active(customerId).isPresent();
    }

    /** Every subscription period of a customer, oldest first. */
    public List<NewsletterSubscription> history(long customerId) {
        return em.createQuery("select s from NewsletterSubscription s where s.customerId = :customer"
                        + " order by s.subscribedAt, s.id", NewsletterSubscription.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    private Optional<NewsletterSubscription> active(long customerId) {
        return em.createQuery("select s from NewsletterSubscription s where s.customerId = :customer"
                        + " and s.unsubscribedAt is null", NewsletterSubscription.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .findFirst();
    }
}

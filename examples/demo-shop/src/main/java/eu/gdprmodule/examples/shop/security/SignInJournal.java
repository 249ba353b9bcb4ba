package eu.gdprmodule.examples.shop.security;

import eu.gdprmodule.api.ProcessingFact;
import eu.gdprmodule.examples.shop.infrastructure.ShopClock;
import eu.gdprmodule.examples.shop.privacy.DataSubjects;
import eu.gdprmodule.examples.shop.privacy.ProcessingActivities;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The sign-in log. Each entry is personal data collected for security (legitimate interest,
 * Art. 6(1)(f) GDPR), so the module hears of it and can end it after the period the policy gives.
 */
@Stateless
public class SignInJournal {

    @PersistenceContext(unitName = "shop")
    private EntityManager em;

    @Inject
    private ShopClock clock;

    @Inject
    private Event<ProcessingFact> facts;

    public void signedIn(long customerId, String ipAddress) {
        em.persist(new SignInRecord(customerId, clock.now(), ipAddress));
        facts.fire(ProcessingFact.dataCollected(DataSubjects.customer(customerId), ProcessingActivities.SECURITY_LOGS));
    }

    /** A customer's sign-ins, most recent first. */
    public List<SignInRecord> of(long customerId) {
        return em.createQuery("select s from SignInRecord s where s.customerId = :customer order by s.signedInAt desc, s.id desc",
                        SignInRecord.class)
                .setParameter("customer", customerId)
                .getResultList();
    }
}

package eu.gdprmodule.examples.shop.quote;

import eu.gdprmodule.api.ProcessingFact;
import eu.gdprmodule.examples.shop.customer.EmailAddresses;
import eu.gdprmodule.examples.shop.infrastructure.ShopClock;
import eu.gdprmodule.examples.shop.privacy.ProcessingActivities;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/** Receives quote requests. */
@Stateless
public class QuoteDesk {

    @PersistenceContext(unitName = "shop")
    private EntityManager em;

    @Inject
    private ShopClock clock;

    @Inject
    private Event<ProcessingFact> facts;

    /**
     * Stores the request under its prospect (found by e-mail, or new) and, in the same
     * transaction, tells the module the prospect got in touch: their retention period restarts.
     */
    public QuoteRequest receive(QuoteRequestForm form) {
        LocalDateTime now = clock.now();
        String email = EmailAddresses.normalise(form.email());
        Prospect prospect = em.createNamedQuery(Prospect.BY_EMAIL, Prospect.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> new Prospect(email, now));
        prospect.contacted(form.fullName().strip(), blankToNull(form.company()), now);
        if (prospect.getId() == null) {
            em.persist(prospect);
        }
        QuoteRequest request = new QuoteRequest(prospect, form.message().strip(), now);
        em.persist(request);
        em.flush(); // the prospect's id names the data subject
        facts.fire(ProcessingFact.contactBySubject(prospect.subject(), ProcessingActivities.PROSPECTS));
        return request;
    }

    /** A prospect's requests, oldest first. */
    public List<QuoteRequest> of(long prospectId) {
        return em.createQuery("select q from QuoteRequest q where q.prospect.id = :prospect order by q.receivedAt, q.id",
                        QuoteRequest.class)
                .setParameter("prospect", prospectId)
                .getResultList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

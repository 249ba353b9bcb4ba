package eu.gdprmodule.request;

import eu.gdprmodule.config.ModuleClock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one host contributor in a transaction of its own, together with the record of what it
 * did: a contributor's erasure and its report commit together or not at all, so a crash or a
 * failure leaves either both or neither, and a re-run knows exactly who is left.
 */
@Stateless
public class StepRunner {

    @PersistenceContext(unitName = "gdpr")
    EntityManager em;

    @Inject
    HostContributors contributors;

    @Inject
    ModuleClock clock;

    /**
     * Calls the contributor with the event and records its report, built from the event after the
     * call; a contributor that throws rolls back its own work only.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> void run(String requestId, String step, HostContributors.Contributor contributor, T event, Function<T, String> report) {
        contributors.call(contributor, event);
        save(requestId, step, contributor.name(), ContributorStep.Status.DONE, report.apply(event));
    }

    /** Records a contributor's failure, after its own transaction rolled back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String requestId, String step, String contributor, String message) {
        save(requestId, step, contributor, ContributorStep.Status.FAILED, message);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ContributorStep> of(String requestId, String step) {
        return em.createQuery("SELECT s FROM ContributorStep s WHERE s.requestId = :id AND s.step = :step ORDER BY s.contributor",
                ContributorStep.class).setParameter("id", requestId).setParameter("step", step).getResultList();
    }

    private void save(String requestId, String step, String contributor, ContributorStep.Status status, String report) {
        ContributorStep row = em.find(ContributorStep.class, new ContributorStep.Key(requestId, step, contributor));
        if (row == null) {
            row = new ContributorStep(requestId, step, contributor);
            row.record(status, report, clock.now());
            em.persist(row);
        } else {
            row.record(status, report, clock.now());
        }
    }
}

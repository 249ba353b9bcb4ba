package eu.gdprmodule.web.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts every query the module's persistence unit sends (JPQL, native SQL, finds that miss the
 * cache): the module reaches its database only through it after start-up.
 */
@ApplicationScoped
public class QueryCounter {

    @PersistenceContext(unitName = "gdpr")
    EntityManager em;

    private final AtomicInteger queries = new AtomicInteger();
    private volatile boolean listening;

    public synchronized void listen() {
        if (!listening) {
            em.getEntityManagerFactory().unwrap(Session.class).getEventManager().addListener(new SessionEventAdapter() {
                @Override
                public void preExecuteQuery(SessionEvent event) {
                    queries.incrementAndGet();
                }
            });
            listening = true;
        }
    }

    public int count() {
        return queries.get();
    }
}

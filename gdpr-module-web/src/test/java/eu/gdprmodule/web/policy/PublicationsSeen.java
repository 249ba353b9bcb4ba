package eu.gdprmodule.web.policy;

import eu.gdprmodule.api.PolicyPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A host observer of publications, as a host writes one. */
@ApplicationScoped
public class PublicationsSeen {

    private final List<PolicyPublished> seen = new CopyOnWriteArrayList<>();

    void published(@Observes PolicyPublished published) {
        seen.add(published);
    }

    public List<PolicyPublished> seen(String slug) {
        return seen.stream().filter(p -> p.slug().equals(slug)).toList();
    }
}

package eu.gdprmodule.web.consent;

import eu.gdprmodule.api.ConsentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A host observer of cookie choices, as a host writes one. */
@ApplicationScoped
public class ConsentChangesSeen {

    private final List<ConsentChanged> seen = new CopyOnWriteArrayList<>();

    void changed(@Observes ConsentChanged changed) {
        seen.add(changed);
    }

    public List<ConsentChanged> of(String consentId) {
        return seen.stream().filter(c -> c.consentId().equals(consentId)).toList();
    }
}

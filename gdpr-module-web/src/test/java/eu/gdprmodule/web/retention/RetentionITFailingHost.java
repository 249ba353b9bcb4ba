package eu.gdprmodule.web.retention;

import eu.gdprmodule.api.RetentionDue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** A host observer that fails for one person: the run names it, and the others' work stands. */
@ApplicationScoped
public class RetentionITFailingHost {

    public void purge(@Observes RetentionDue due) {
        if (due.subject().filter(s -> s.endsWith(":fails")).isPresent()) {
            throw new IllegalStateException("the archive server is down");
        }
    }
}

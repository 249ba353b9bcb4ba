package eu.gdprmodule.web.retention;

import eu.gdprmodule.api.RetentionDue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The test host's retention observer: it notes every event for the test's activities and reports
 * per person what a host would have deleted, archived or anonymised.
 */
@ApplicationScoped
public class RetentionITHost {

    /** Activities of the tests start with this; other activities of the shared database are ignored. */
    static final String PREFIX = "it-retention-";

    private final List<String> seen = new CopyOnWriteArrayList<>();

    public void purge(@Observes RetentionDue due) {
        if (!due.activity().startsWith(PREFIX)) {
            return;
        }
        seen.add(due.activity() + " " + due.stage() + " " + due.subject().orElse("*"));
        if (due.subject().isEmpty()) {
            return;
        }
        if (due.stage() == RetentionDue.Stage.ARCHIVE) {
            due.archived("account", 1);
        } else if (due.endAction() == eu.gdprmodule.api.RetentionRule.EndAction.ANONYMISE) {
            due.anonymised("account", 1);
        } else {
            due.deleted("contact", 1);
        }
    }

    public List<String> seen() {
        return List.copyOf(seen);
    }

    public void clear() {
        seen.clear();
    }
}

package eu.gdprmodule.web.register;

import eu.gdprmodule.api.RegisterChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A host observer of register changes, as a host writes one. */
@ApplicationScoped
public class RegisterChangesSeen {

    private final List<RegisterChanged> seen = new CopyOnWriteArrayList<>();

    void changed(@Observes RegisterChanged change) {
        seen.add(change);
    }

    public List<RegisterChanged> seen() {
        return List.copyOf(seen);
    }

    public void clear() {
        seen.clear();
    }
}

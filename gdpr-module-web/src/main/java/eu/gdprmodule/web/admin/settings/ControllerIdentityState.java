package eu.gdprmodule.web.admin.settings;

import eu.gdprmodule.api.ControllerIdentity;
import java.time.Instant;
import java.util.List;

/**
 * The controller identity in force and where it comes from.
 *
 * @param source    {@code console} when saved there, else {@code configuration}
 * @param identity  the identity in force
 * @param changedAt when it was saved in the console, or {@code null}
 * @param changedBy who saved it, or {@code null}
 * @param problems  what it still lacks
 */
public record ControllerIdentityState(String source, ControllerIdentity identity, Instant changedAt,
        String changedBy, List<String> problems) {
}

package eu.gdprmodule.policy;

import java.util.Locale;
import java.util.Optional;

/** STUB (replaced by the rendering work). */
public final class PolicyTemplates {
    private PolicyTemplates() {
    }

    public static Optional<String> template(String slug, Locale locale) {
        return Optional.empty();
    }
}

package eu.gdprmodule.web.admin.settings;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.register.ControllerIdentityConfiguration;
import eu.gdprmodule.register.ControllerIdentitySettings;
import eu.gdprmodule.register.StoredControllerIdentity;
import eu.gdprmodule.web.admin.AdministratorsOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The console's entry to the controller identity settings, for the form and the API alike; the
 * changes are for administrators only.
 */
@ApplicationScoped
public class ControllerIdentityService {

    @Inject
    ControllerIdentitySettings settings;

    @Inject
    ControllerIdentityConfiguration configuration;

    public ControllerIdentityState state() {
        Optional<StoredControllerIdentity> saved = settings.savedRecord();
        return new ControllerIdentityState(saved.isPresent() ? "console" : "configuration", configuration.identity(),
                saved.map(StoredControllerIdentity::getChangedAt).orElse(null),
                saved.map(StoredControllerIdentity::getChangedBy).orElse(null), configuration.problems());
    }

    @AdministratorsOnly
    public boolean save(ControllerIdentity identity) {
        return settings.save(identity);
    }

    @AdministratorsOnly
    public boolean revertToConfiguration() {
        return settings.revertToConfiguration();
    }
}

package eu.gdprmodule.web.register;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.register.ControllerIdentityConfiguration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs the public privacy page {@code /gdpr/}: the controller and the authority to complain to. */
@Named("gdprPrivacy")
@RequestScoped
public class PrivacyPage {

    @Inject
    ControllerIdentityConfiguration configuration;

    private ControllerIdentity identity;

    public ControllerIdentity getController() {
        if (identity == null) {
            identity = configuration.identity();
        }
        return identity;
    }

    /**
     * The authority's website as a link target, or {@code null} when it is not an http(s) address:
     * the page then shows it as text. Checked at render too, whatever the database holds.
     */
    public String getAuthorityWebsite() {
        ControllerIdentity.SupervisoryAuthority authority = getController().supervisoryAuthority();
        return authority == null ? null : eu.gdprmodule.config.WebAddress.followable(authority.website());
    }
}

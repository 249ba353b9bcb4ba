package eu.gdprmodule.web.rest;

import eu.gdprmodule.web.admin.audit.AuditLogResource;
import eu.gdprmodule.web.admin.dashboard.DashboardResource;
import eu.gdprmodule.web.admin.register.RegisterResource;
import eu.gdprmodule.web.admin.settings.ControllerIdentitySettingsResource;
import eu.gdprmodule.web.register.ControllerResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The module's REST API under {@code /gdpr/api/}. It lists its resources explicitly: a host WAR
 * may have its own JAX-RS application, and an empty list would make each application serve
 * every resource of the WAR under its own path.
 */
@ApplicationPath("gdpr/api")
public class GdprRestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ControllerResource.class, DashboardResource.class, AuditLogResource.class,
                ControllerIdentitySettingsResource.class, RegisterResource.class, eu.gdprmodule.web.admin.policy.PolicyAdminResource.class,
                eu.gdprmodule.web.policy.PolicyResource.class, eu.gdprmodule.web.consent.ConsentResource.class,
                eu.gdprmodule.web.admin.consent.CookieCatalogueResource.class,
                eu.gdprmodule.web.admin.consent.ConsentProofResource.class,
                eu.gdprmodule.web.request.RequestResource.class,
                eu.gdprmodule.web.admin.request.RequestAdminResource.class,
                eu.gdprmodule.web.admin.retention.RetentionResource.class,
                ErrorMapper.class, BadRequestMapper.class, JsonBodyFilter.class);
    }

    /**
     * No WADL: Jersey's {@code application.wadl} would list every console endpoint to anyone.
     * The API is described in docs/ (and the public part in the server's OpenAPI document).
     */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}

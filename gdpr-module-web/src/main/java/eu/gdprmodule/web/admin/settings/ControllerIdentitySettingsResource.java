package eu.gdprmodule.web.admin.settings;

import eu.gdprmodule.web.admin.ConsoleApi;
import eu.gdprmodule.web.admin.AdministratorsOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /gdpr/api/admin/settings/controller-identity}: read by both console roles; {@code PUT}
 * saves an identity in the console (it then takes precedence over {@code gdpr.controller.*}) and
 * {@code DELETE} reverts to the configuration, both for administrators only and audited.
 */
@ConsoleApi
@Path("admin/settings/controller-identity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ControllerIdentitySettingsResource {

    @Inject
    ControllerIdentityService service;

    @GET
    public ControllerIdentityState get() {
        return service.state();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @AdministratorsOnly
    public ControllerIdentityState put(JsonValue body) {
        service.save(ControllerIdentityJson.read(body));
        return service.state();
    }

    @DELETE
    @AdministratorsOnly
    public ControllerIdentityState delete() {
        service.revertToConfiguration();
        return service.state();
    }
}

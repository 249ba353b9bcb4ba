package eu.gdprmodule.web.register;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.register.ControllerIdentityConfiguration;
import eu.gdprmodule.web.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code GET /gdpr/api/controller}: the controller's identity and contact details, public by
 * nature (Art. 13(1)(a) GDPR). Answers 503 with the keys to set while it is incomplete.
 */
@Path("controller")
@RequestScoped
public class ControllerResource {

    @Inject
    ControllerIdentityConfiguration configuration;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response controller() {
        List<String> problems = configuration.problems();
        if (!problems.isEmpty()) {
            return Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                    "The controller identity is not fully configured yet.", problems);
        }
        ControllerIdentity identity = configuration.identity();
        return Response.ok(identity).build();
    }
}

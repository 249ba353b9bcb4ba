package eu.gdprmodule.web.admin.dashboard;

import eu.gdprmodule.web.admin.ConsoleApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /gdpr/api/admin/dashboard}: the dashboard's figures, for monitoring scripts too. */
@ConsoleApi
@Path("admin/dashboard")
@RequestScoped
public class DashboardResource {

    @Inject
    Dashboard dashboard;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DashboardFigures figures() {
        return dashboard.figures();
    }
}

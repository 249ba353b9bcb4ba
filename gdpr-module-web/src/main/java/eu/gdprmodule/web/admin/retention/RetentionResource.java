package eu.gdprmodule.web.admin.retention;

import eu.gdprmodule.web.admin.ConsoleApi;
import eu.gdprmodule.retention.RetentionBusy;
import eu.gdprmodule.retention.RetentionEngine;
import eu.gdprmodule.retention.RetentionOverview;
import eu.gdprmodule.retention.RetentionRun;
import eu.gdprmodule.retention.RetentionRuns;
import eu.gdprmodule.retention.RetentionWorker;
import eu.gdprmodule.web.admin.AdministratorsOnly;
import eu.gdprmodule.web.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * {@code /gdpr/api/admin/retention}: where retention stands, the run log, and "run now". Reading
 * is for the console's roles; starting a run is for administrators, and is audited.
 */
@ConsoleApi
@Path("admin/retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    RetentionOverview overview;

    @Inject
    RetentionRuns runs;

    @Inject
    RetentionEngine engine;

    @Inject
    RetentionWorker worker;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @GET
    public JsonObject status() {
        return RetentionJson.overview(overview.overview()).build();
    }

    /** The newest runs first, each with its results. */
    @GET
    @Path("runs")
    public Response list(@QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("20") int max) {
        if (first < 0 || max < 1 || max > 200) {
            return Problem.response(400, "first must be 0 or more and max between 1 and 200.");
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (RetentionRun run : runs.recent(first, max)) {
            items.add(RetentionJson.run(run, runs.results(run.id())));
        }
        return Response.ok(Json.createObjectBuilder().add("total", runs.count()).add("items", items).build()).build();
    }

    @GET
    @Path("runs/{id}")
    public Response one(@PathParam("id") String id) {
        Optional<RetentionRun> run = runs.find(id);
        if (run.isEmpty()) {
            return Problem.response(404, "No retention run has the id '" + id + "'; GET /gdpr/api/admin/retention/runs lists them.");
        }
        return Response.ok(RetentionJson.run(run.get(), runs.results(id)).build()).build();
    }

    /**
     * Starts a run now and answers at once (202, with the run to follow at its Location). When a
     * run is already in progress, answers 202 with that run: asking twice does not run twice.
     */
    @POST
    @Path("runs")
    @AdministratorsOnly
    public Response runNow() {
        String actor = http.getUserPrincipal() == null ? "unknown" : http.getUserPrincipal().getName();
        RetentionRun run;
        boolean started = true;
        try {
            run = engine.start(actor);
            worker.carryOn(run);
        } catch (RetentionBusy busy) {
            Optional<RetentionRun> running = runs.unfinished();
            if (running.isEmpty()) {
                return Problem.response(409, busy.getMessage());
            }
            run = running.get();
            started = false;
        }
        return Response.accepted(RetentionJson.run(run, runs.results(run.id())).add("started", started).build())
                .location(uri.getBaseUriBuilder().path("admin/retention/runs").path(run.id()).build()).build();
    }
}

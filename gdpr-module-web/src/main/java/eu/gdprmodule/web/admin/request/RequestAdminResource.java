package eu.gdprmodule.web.admin.request;

import eu.gdprmodule.web.admin.ConsoleApi;
import eu.gdprmodule.api.DataSubjectRight;
import eu.gdprmodule.config.ModuleClock;
import eu.gdprmodule.request.ContributorStep;
import eu.gdprmodule.request.DataSubjectRequest;
import eu.gdprmodule.request.Erasures;
import eu.gdprmodule.request.Exports;
import eu.gdprmodule.request.InboxQuery;
import eu.gdprmodule.request.RequestDesk;
import eu.gdprmodule.request.RequestEvent;
import eu.gdprmodule.request.RequestInbox;
import eu.gdprmodule.request.RequestNotFound;
import eu.gdprmodule.request.RequestSettings;
import eu.gdprmodule.request.RequestStatus;
import eu.gdprmodule.request.RequestTimeline;
import eu.gdprmodule.web.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * {@code /gdpr/api/admin/requests}: the inbox and every action of the console, for scripts and
 * for an authority's audit. Administrators and the DPO may use it (it is under the console's
 * guard); every action is audited by the engine.
 */
@ConsoleApi
@Path("admin/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RequestAdminResource {

    @Inject
    RequestInbox inbox;

    @Inject
    RequestDesk desk;

    @Inject
    Exports exports;

    @Inject
    Erasures erasures;

    @Inject
    RequestTimeline timeline;

    @Inject
    ModuleClock clock;

    @Context
    HttpServletRequest http;

    @GET
    public Response search(@QueryParam("right") String right, @QueryParam("status") String status, @QueryParam("dueBy") String dueBy,
            @QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        InboxQuery query;
        try {
            query = new InboxQuery(right == null || right.isBlank() ? null : DataSubjectRight.fromWire(right)
                    .orElseThrow(() -> new IllegalArgumentException("right: unknown right " + right)),
                    status == null || status.isBlank() ? null : RequestStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)),
                    dueBy == null || dueBy.isBlank() ? null : LocalDate.parse(dueBy.trim()), text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // not e.getMessage(): valueOf's names the enum's class ("No enum constant eu.gdprmodule...")
            return Problem.response(400, "Filter not understood: right is one of access, rectification, "
                    + "erasure, restriction, objection, portability, withdrawal, post-mortem; status one of unverified, open, "
                    + "completed, refused; dueBy a date such as 2026-12-31.");
        }
        if (first < 0 || max < 1 || max > 500) {
            return Problem.response(400, "first must be 0 or more and max between 1 and 500.");
        }
        LocalDate today = LocalDate.ofInstant(clock.now(), RequestSettings.current().zone());
        JsonArrayBuilder items = Json.createArrayBuilder();
        inbox.search(query, first, max).forEach(r -> items.add(summary(r, today)));
        RequestInbox.DeadlineCounts counts = inbox.deadlines(today);
        return Response.ok(Json.createObjectBuilder().add("total", inbox.count(query)).add("items", items)
                .add("open", counts.open()).add("dueSoon", counts.dueSoon()).add("overdue", counts.overdue()).build()).build();
    }

    @GET
    @Path("{reference}")
    public JsonObject one(@PathParam("reference") String reference) {
        DataSubjectRequest r = inbox.find(reference).orElseThrow(() -> new RequestNotFound(reference));
        LocalDate today = LocalDate.ofInstant(clock.now(), RequestSettings.current().zone());
        JsonArrayBuilder events = Json.createArrayBuilder();
        for (RequestEvent e : timeline.of(r.getId())) {
            events.add(Json.createObjectBuilder().add("at", e.getAt().toString()).add("actor", e.getActor()).add("kind", e.getKind())
                    .add("detail", e.getDetail()));
        }
        return summary(r, today).add("details", r.getDetails()).add("language", r.getLanguage())
                .add("contact", nullable(r.getContact())).add("hostReference", nullable(r.getHostReference()))
                .add("extensionReason", nullable(r.getExtensionReason())).add("outcome", nullable(r.getOutcome()))
                .add("timeline", events).add("export", steps(exports.steps(r.getId()))).add("erasure", steps(erasures.steps(r.getId(), false)))
                .add("erasurePreview", steps(erasures.steps(r.getId(), true))).build();
    }

    @POST
    @Path("{reference}/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject verify(@PathParam("reference") String reference, JsonObject body) {
        desk.verifyByHand(reference, text(body, "how"));
        return one(reference);
    }

    @POST
    @Path("{reference}/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject extend(@PathParam("reference") String reference, JsonObject body) {
        int months = body != null && body.containsKey("months") && body.get("months").getValueType() == jakarta.json.JsonValue.ValueType.NUMBER
                ? body.getInt("months") : 0;
        desk.extend(reference, months, text(body, "reason"));
        return one(reference);
    }

    @POST
    @Path("{reference}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject refuse(@PathParam("reference") String reference, JsonObject body) {
        desk.refuse(reference, text(body, "reason"));
        return one(reference);
    }

    @POST
    @Path("{reference}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject complete(@PathParam("reference") String reference, JsonObject body) {
        desk.complete(reference, text(body, "reply"));
        return one(reference);
    }

    @POST
    @Path("{reference}/note")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject note(@PathParam("reference") String reference, JsonObject body) {
        desk.note(reference, text(body, "note"));
        return one(reference);
    }

    @POST
    @Path("{reference}/restrict")
    public JsonObject restrict(@PathParam("reference") String reference) {
        desk.restrict(reference);
        return one(reference);
    }

    @POST
    @Path("{reference}/lift")
    public JsonObject lift(@PathParam("reference") String reference) {
        desk.lift(reference);
        return one(reference);
    }

    @POST
    @Path("{reference}/uphold")
    public JsonObject uphold(@PathParam("reference") String reference) {
        desk.upholdObjection(reference);
        return one(reference);
    }

    /** Runs the export; answers once the ZIP is stored and its link mailed (or with the failed contributors). */
    @POST
    @Path("{reference}/export")
    public Response export(@PathParam("reference") String reference) {
        String site;
        try {
            site = eu.gdprmodule.web.request.SiteAddress.of(http);
        } catch (eu.gdprmodule.web.request.UnknownSiteAddress unknown) {
            return Problem.response(400, unknown.getMessage());
        }
        Exports.Outcome outcome = exports.run(reference, site);
        JsonObject body = Json.createObjectBuilder().add("complete", outcome.complete()).add("rows", outcome.rows())
                .add("bytes", outcome.bytes()).add("millis", outcome.millis()).add("steps", steps(outcome.steps())).build();
        return Response.status(outcome.complete() ? 200 : 502).entity(body).build();
    }

    @POST
    @Path("{reference}/erasure/preview")
    public Response preview(@PathParam("reference") String reference) {
        return erasure(erasures.preview(reference));
    }

    @POST
    @Path("{reference}/erasure")
    public Response erase(@PathParam("reference") String reference) {
        return erasure(erasures.run(reference));
    }

    /** 502 when a contributor failed: the module answered, the host's part did not. */
    private static Response erasure(Erasures.Outcome outcome) {
        return Response.status(outcome.complete() ? 200 : 502)
                .entity(Json.createObjectBuilder().add("complete", outcome.complete()).add("steps", steps(outcome.steps())).build()).build();
    }

    static JsonArrayBuilder steps(List<ContributorStep> steps) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (ContributorStep s : steps) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("contributor", s.getContributor()).add("status", s.getStatus().name().toLowerCase())
                    .add("at", s.getAt().toString());
            if (s.getStatus() == ContributorStep.Status.DONE && s.getReport().startsWith("[")) {
                o.add("lines", Json.createReader(new java.io.StringReader(s.getReport())).readArray());
            } else {
                o.add("report", s.getReport());
            }
            array.add(o);
        }
        return array;
    }

    static JsonObjectBuilder summary(DataSubjectRequest r, LocalDate today) {
        boolean open = !r.getStatus().closed();
        return Json.createObjectBuilder().add("reference", r.getReference()).add("right", r.getRight().wire())
                .add("status", r.getStatus().name().toLowerCase()).add("email", r.getEmail()).add("name", r.getPersonName())
                .add("purpose", nullable(r.getPurpose())).add("receivedAt", r.getReceivedAt().toString())
                .add("dueOn", r.getDueOn().toString()).add("deadline", r.getDeadline().toString())
                .add("extendedTo", r.getExtendedTo() == null ? "" : r.getExtendedTo().toString())
                .add("dueSoon", open && eu.gdprmodule.request.Deadlines.dueSoon(r.getDeadline(), today))
                .add("overdue", open && eu.gdprmodule.request.Deadlines.overdue(r.getDeadline(), today))
                .add("verifiedAt", r.getVerifiedAt() == null ? "" : r.getVerifiedAt().toString())
                .add("closedAt", r.getClosedAt() == null ? "" : r.getClosedAt().toString());
    }

    private static String nullable(String value) {
        return value == null ? "" : value;
    }

    private static String text(JsonObject body, String field) {
        if (body == null || !body.containsKey(field) || body.get(field).getValueType() != jakarta.json.JsonValue.ValueType.STRING) {
            return null;
        }
        return body.getString(field);
    }
}

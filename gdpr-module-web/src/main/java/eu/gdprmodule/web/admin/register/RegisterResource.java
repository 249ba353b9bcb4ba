package eu.gdprmodule.web.admin.register;

import eu.gdprmodule.web.admin.ConsoleApi;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.Recipient;
import eu.gdprmodule.register.InvalidRegister;
import eu.gdprmodule.register.RegisterFile;
import eu.gdprmodule.register.RegisterItem;
import eu.gdprmodule.register.RegisterProblem;
import eu.gdprmodule.register.RegisterSnapshot;
import eu.gdprmodule.register.RegisterStore.ImportOutcome;
import eu.gdprmodule.register.UnknownRegisterItem;
import eu.gdprmodule.web.admin.AdministratorsOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code /gdpr/api/admin/register}: the register of processing activities. Both console roles
 * read; administrators change. Items are the register file's JSON ({@code docs/register-file.md});
 * a change to one item names the version it started from in {@code If-Match} (the {@code ETag}
 * of its {@code GET}), so a concurrent edit answers 409 instead of being overwritten.
 *
 * <ul>
 * <li>{@code GET} the whole register as a register file ({@code ?download=true}: as an attachment);
 *     {@code PUT} a register file: replaces the whole register, or changes nothing (400 with every problem);</li>
 * <li>{@code GET register.csv}: the Art. 30 record as CSV;</li>
 * <li>{@code GET|POST activities}, {@code GET|PUT|DELETE activities/{key}}; the same for {@code recipients};</li>
 * <li>{@code GET|PUT security-measures}: the measures that apply to every activity.</li>
 * </ul>
 */
@ConsoleApi
@Path("admin/register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {

    @Inject
    RegisterService service;

    @GET
    public Response export(@QueryParam("download") boolean download) {
        Response.ResponseBuilder response = Response.ok(service.export(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        if (download) {
            response.header("Content-Disposition", "attachment; filename=\"register-"
                    + LocalDate.now(ZoneOffset.UTC) + ".json\"");
        }
        return response.build();
    }

    @PUT
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @AdministratorsOnly
    public JsonObject importFile(String body, @HeaderParam("X-Register-File-Name") String fileName) {
        if (body == null || body.isBlank()) {
            throw new BadRequestException("Send a register file (JSON, \"format\": \"gdpr-register/1\") as the body.");
        }
        String source = fileName == null || fileName.isBlank() ? "API upload" : "upload of " + fileName.strip();
        ImportOutcome outcome = service.importFile(body, source);
        return Json.createObjectBuilder().add("created", outcome.created()).add("changed", outcome.changed())
                .add("deleted", outcome.deleted()).add("unchanged", outcome.unchanged())
                .add("controllerChanged", outcome.controllerChanged()).build();
    }

    @GET
    @Path("register.csv")
    @Produces("text/csv")
    public Response csv() {
        RegisterSnapshot register = service.snapshot();
        var controller = service.controller();
        // the CSV printer flushes and closes the writer when it is done
        StreamingOutput body = out -> RegisterCsv.write(register, controller,
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"record-of-processing-activities.csv\"").build();
    }

    // ---- activities

    @GET
    @Path("activities")
    public JsonArray activities() {
        return list(service.snapshot().activities(), RegisterFile::activity);
    }

    @GET
    @Path("activities/{key}")
    public Response activity(@PathParam("key") String key) {
        return item(service.snapshot().activity(key).orElseThrow(() -> unknown("processing activity", key)),
                RegisterFile::activity);
    }

    @POST
    @Path("activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdministratorsOnly
    public Response createActivity(JsonValue body) {
        RegisterItem<ProcessingActivity> created = service.createActivity(activity(body, null));
        return item(Response.status(201), created, RegisterFile::activity);
    }

    @PUT
    @Path("activities/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdministratorsOnly
    public Response updateActivity(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch, JsonValue body) {
        RegisterItem<ProcessingActivity> saved = service.updateActivity(activity(body, key), version(ifMatch));
        return item(saved, RegisterFile::activity);
    }

    @DELETE
    @Path("activities/{key}")
    @AdministratorsOnly
    public Response deleteActivity(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch) {
        service.deleteActivity(key, version(ifMatch));
        return Response.noContent().build();
    }

    // ---- recipients

    @GET
    @Path("recipients")
    public JsonArray recipients() {
        return list(service.snapshot().recipients(), RegisterFile::recipient);
    }

    @GET
    @Path("recipients/{key}")
    public Response recipient(@PathParam("key") String key) {
        return item(service.snapshot().recipient(key).orElseThrow(() -> unknown("recipient", key)),
                RegisterFile::recipient);
    }

    @POST
    @Path("recipients")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdministratorsOnly
    public Response createRecipient(JsonValue body) {
        return item(Response.status(201), service.createRecipient(recipient(body, null)), RegisterFile::recipient);
    }

    @PUT
    @Path("recipients/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdministratorsOnly
    public Response updateRecipient(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch, JsonValue body) {
        return item(service.updateRecipient(recipient(body, key), version(ifMatch)), RegisterFile::recipient);
    }

    @DELETE
    @Path("recipients/{key}")
    @AdministratorsOnly
    public Response deleteRecipient(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch) {
        service.deleteRecipient(key, version(ifMatch));
        return Response.noContent().build();
    }

    // ---- security measures

    @GET
    @Path("security-measures")
    public Response securityMeasures() {
        return item(service.snapshot().securityMeasures(), RegisterResource::measures);
    }

    @PUT
    @Path("security-measures")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdministratorsOnly
    public Response saveSecurityMeasures(@HeaderParam("If-Match") String ifMatch, JsonValue body) {
        JsonValue value = object(body, "securityMeasures").get("securityMeasures");
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidRegister("securityMeasures", "Send {\"securityMeasures\": [\"...\", ...]}.");
        }
        List<String> measures = new ArrayList<>();
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString text)) {
                throw new InvalidRegister("securityMeasures[" + i + "]", "Expected text in quotes.");
            }
            measures.add(text.getString());
        }
        return item(service.saveSecurityMeasures(measures, version(ifMatch)), RegisterResource::measures);
    }

    private static JsonObject measures(List<String> measures) {
        return Json.createObjectBuilder().add("securityMeasures", Json.createArrayBuilder(measures)).build();
    }

    // ---- helpers

    private static ProcessingActivity activity(JsonValue body, String key) {
        List<RegisterProblem> problems = new ArrayList<>();
        ProcessingActivity activity = RegisterFile.readActivity(unwrapped(object(body, "activity")), "activity", problems);
        return checked(activity, problems, key, activity == null ? null : activity.key(), "activity");
    }

    private static Recipient recipient(JsonValue body, String key) {
        List<RegisterProblem> problems = new ArrayList<>();
        Recipient recipient = RegisterFile.readRecipient(unwrapped(object(body, "recipient")), "recipient", problems);
        return checked(recipient, problems, key, recipient == null ? null : recipient.key(), "recipient");
    }

    /** The body as an object: JSON-P hands over whatever JSON was sent, an array or a number included. */
    private static JsonObject object(JsonValue body, String what) {
        if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidRegister(what, "Send the " + what + " as a JSON object { ... }, as the register file "
                    + "writes it (docs/register-file.md).");
        }
        return body.asJsonObject();
    }

    /** A body as a GET returned it, without the fields the API adds, so a client can send back what it read. */
    private static JsonObject unwrapped(JsonObject body) {
        JsonObjectBuilder item = Json.createObjectBuilder(body);
        ADDED.forEach(item::remove);
        return item.build();
    }

    private static final List<String> ADDED = List.of("version", "changedAt", "changedBy");

    private static <T> T checked(T value, List<RegisterProblem> problems, String pathKey, String bodyKey, String what) {
        if (!problems.isEmpty()) {
            throw new InvalidRegister(problems);
        }
        if (value == null) {
            throw new InvalidRegister(what, "Send the " + what + " as JSON, as the register file writes it.");
        }
        if (pathKey != null && !pathKey.equals(bodyKey)) {
            throw new InvalidRegister(what + ".key", "The key in the body ('" + bodyKey + "') differs from the one in "
                    + "the address ('" + pathKey + "'); a key cannot be changed: create a new " + what + " instead.");
        }
        return value;
    }

    /** The version a change starts from: the {@code If-Match} header, as the {@code ETag} of a read gave it. */
    private static int version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException("Send the version you are changing in an If-Match header: the ETag "
                    + "of its GET, such as \"3\".", 428);
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            throw new BadRequestException("If-Match must be the ETag of the item's GET, such as \"3\" (found "
                    + ifMatch + ").");
        }
    }

    private static UnknownRegisterItem unknown(String what, String key) {
        return new UnknownRegisterItem("There is no " + what + " with the key '" + key + "'.");
    }

    private static <T> JsonArray list(List<RegisterItem<T>> items, Function<T, JsonObject> json) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(item -> array.add(wrapped(item, json)));
        return array.build();
    }

    private static <T> Response item(RegisterItem<T> item, Function<T, JsonObject> json) {
        return item(Response.ok(), item, json);
    }

    private static <T> Response item(Response.ResponseBuilder response, RegisterItem<T> item, Function<T, JsonObject> json) {
        return response.entity(wrapped(item, json)).tag(new EntityTag(Integer.toString(item.version()))).build();
    }

    /** The item's JSON with its version and last change: {@code {"version":3,"changedAt":...,"changedBy":...,...}}. */
    private static <T> JsonObject wrapped(RegisterItem<T> item, Function<T, JsonObject> json) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("version", item.version());
        if (item.changedAt() != null) {
            o.add("changedAt", item.changedAt().toString()).add("changedBy", item.changedBy());
        }
        json.apply(item.value()).forEach(o::add);
        return o.build();
    }
}

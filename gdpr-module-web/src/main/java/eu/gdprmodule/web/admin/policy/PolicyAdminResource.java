package eu.gdprmodule.web.admin.policy;

import eu.gdprmodule.web.admin.ConsoleApi;
import eu.gdprmodule.policy.Policy;
import eu.gdprmodule.policy.PolicyDraft;
import eu.gdprmodule.policy.PolicyText;
import eu.gdprmodule.policy.PolicyVersion;
import eu.gdprmodule.policy.UnknownPolicy;
import eu.gdprmodule.web.admin.AdministratorsOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code /gdpr/api/admin/policies}: policies, their drafts, publication, versions, diffs and
 * staleness, for the console and for scripts (see {@code docs/policies.md}). A draft is changed
 * with the ETag of its GET in If-Match, so two editors never overwrite each other unseen.
 */
@ConsoleApi
@Path("admin/policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PolicyAdminResource {

    @Inject
    PolicyService service;

    @Context
    HttpServletRequest request;

    @GET
    public JsonObject policies() {
        JsonArrayBuilder policies = Json.createArrayBuilder();
        service.policies().forEach(p -> policies.add(policy(p)));
        return Json.createObjectBuilder().add("languages", Json.createArrayBuilder(service.languages()))
                .add("policies", policies).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AdministratorsOnly
    public Response create(JsonValue body) {
        String slug = object(body, "{\"slug\": \"terms-of-sale\"}").getString("slug", null);
        Policy created = service.create(slug);
        return Response.created(URI.create("policies/" + created.getSlug())).entity(policy(created).build()).build();
    }

    @GET
    @Path("{slug}")
    public JsonObject policy(@PathParam("slug") String slug) {
        return policy(service.policy(slug).orElseThrow(() -> unknownPolicy(slug))).build();
    }

    @GET
    @Path("{slug}/drafts/{language}")
    public Response draft(@PathParam("slug") String slug, @PathParam("language") String language) {
        PolicyDraft draft = service.draft(slug, language).orElseThrow(() -> new UnknownPolicy("There is no draft of '"
                + slug + "' in '" + language + "': PUT one to start the next version."));
        return Response.ok(PolicyJson.draft(draft)).tag(new EntityTag(String.valueOf(draft.getVersion()))).build();
    }

    @PUT
    @Path("{slug}/drafts/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdministratorsOnly
    public Response saveDraft(@PathParam("slug") String slug, @PathParam("language") String language,
            @HeaderParam("If-Match") String ifMatch, JsonValue body) {
        JsonObject json = object(body, "{\"title\": \"Privacy policy\", \"source\": \"# Privacy ...\", "
                + "\"summary\": \"What changed\", \"material\": false}");
        Integer expected = ifMatch == null ? null : version(ifMatch);
        if (expected == null && service.draft(slug, language).isPresent()) {
            throw new WebApplicationException("A draft of '" + slug + "' in '" + language + "' exists: send the ETag "
                    + "of its GET in an If-Match header, so you do not overwrite someone else's text unseen.", 428);
        }
        PolicyText text = new PolicyText(string(json, "title"), string(json, "source"), string(json, "summary"),
                material(json));
        PolicyDraft saved = service.saveDraft(slug, language, text, expected);
        return Response.ok(PolicyJson.draft(saved)).tag(new EntityTag(String.valueOf(saved.getVersion()))).build();
    }

    @DELETE
    @Path("{slug}/drafts/{language}")
    @AdministratorsOnly
    public Response discardDraft(@PathParam("slug") String slug, @PathParam("language") String language,
            @HeaderParam("If-Match") String ifMatch) {
        if (ifMatch == null) {
            throw new WebApplicationException("Send the ETag of the draft's GET in an If-Match header.", 428);
        }
        service.discardDraft(slug, language, version(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{slug}/drafts/{language}/publish")
    @AdministratorsOnly
    public Response publish(@PathParam("slug") String slug, @PathParam("language") String language,
            @HeaderParam("If-Match") String ifMatch) {
        PolicyVersion published = service.publish(slug, language, ifMatch == null ? null : version(ifMatch),
                request.getContextPath());
        return Response.created(URI.create("../../versions/" + language + "/" + published.getNumber()))
                .entity(PolicyJson.summary(published).build()).build();
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject preview(JsonValue body) {
        JsonObject json = object(body, "{\"language\": \"en\", \"source\": \"# Privacy ...\"}");
        String language = json.getString("language", service.languages().get(0));
        return PolicyJson.rendering(service.preview(string(json, "source"), language, request.getContextPath()));
    }

    @GET
    @Path("{slug}/versions/{language}")
    public JsonObject versions(@PathParam("slug") String slug, @PathParam("language") String language) {
        JsonArrayBuilder versions = Json.createArrayBuilder();
        service.versions(slug, language).forEach(v -> versions.add(PolicyJson.summary(v)));
        return Json.createObjectBuilder().add("versions", versions).build();
    }

    @GET
    @Path("{slug}/versions/{language}/{number}")
    public JsonObject version(@PathParam("slug") String slug, @PathParam("language") String language,
            @PathParam("number") int number) {
        return PolicyJson.audit(service.version(slug, language, number));
    }

    @GET
    @Path("{slug}/versions/{language}/{number}/staleness")
    public JsonObject staleness(@PathParam("slug") String slug, @PathParam("language") String language,
            @PathParam("number") int number) {
        return PolicyJson.staleness(service.staleness(service.version(slug, language, number)));
    }

    @GET
    @Path("{slug}/diff/{language}")
    public JsonObject diff(@PathParam("slug") String slug, @PathParam("language") String language,
            @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new BadRequestException("Name the two versions to compare: ?from=1&to=2.");
        }
        return PolicyJson.diff(service.diff(slug, language, from, to));
    }

    private JsonObjectBuilder policy(Policy policy) {
        JsonArrayBuilder languages = Json.createArrayBuilder();
        for (String language : service.languages()) {
            JsonObjectBuilder entry = Json.createObjectBuilder().add("language", language);
            service.inForce(policy.getSlug(), language).ifPresentOrElse(v -> entry.add("inForce",
                    PolicyJson.summary(v).add("stale", service.staleness(v).stale())), () -> entry.addNull("inForce"));
            service.draft(policy.getSlug(), language).ifPresentOrElse(d -> entry.add("draft", Json.createObjectBuilder()
                    .add("version", d.getVersion()).add("changedAt", d.getChangedAt().toString())
                    .add("changedBy", d.getChangedBy())), () -> entry.addNull("draft"));
            languages.add(entry);
        }
        return Json.createObjectBuilder().add("slug", policy.getSlug()).add("languages", languages);
    }

    private static JsonObject object(JsonValue body, String example) {
        if (!(body instanceof JsonObject json)) {
            throw new BadRequestException("Send a JSON object, such as " + example + ".");
        }
        return json;
    }

    private static String string(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new BadRequestException("\"" + field + "\" must be a string.");
        }
        return json.getString(field);
    }

    private static boolean material(JsonObject json) {
        JsonValue value = json.get("material");
        JsonValue.ValueType type = value == null ? JsonValue.ValueType.NULL : value.getValueType();
        if (type != JsonValue.ValueType.TRUE && type != JsonValue.ValueType.FALSE && type != JsonValue.ValueType.NULL) {
            throw new BadRequestException("\"material\" must be true or false (found " + value + ").");
        }
        return type == JsonValue.ValueType.TRUE;
    }

    private static int version(String ifMatch) {
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            throw new BadRequestException("If-Match must be the ETag of the draft's GET, such as \"3\" (found "
                    + ifMatch + ").");
        }
    }

    private static UnknownPolicy unknownPolicy(String slug) {
        return new UnknownPolicy("There is no policy named '" + slug + "'.");
    }
}

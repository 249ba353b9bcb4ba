package eu.gdprmodule.web.consent;

import eu.gdprmodule.web.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /gdpr/api/consents}: the visitor's cookie choice for scripts. {@code POST} records a
 * choice and answers with its consent id and the state that now holds (with the signed cookie);
 * {@code GET current} gives the state, and the banner's HTML for pages that only have the script
 * tag. Neither ever says anything about another visitor.
 */
@Path("consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource {

    private static final int MAX_KEYS = 200;

    @Inject
    ConsentHttp http;

    @Inject
    ChoiceRecorder recorder;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Path("current")
    public Response current(@QueryParam("lang") String lang, @QueryParam("return") String back) {
        VisitorState state = http.state(request, lang);
        String html = new BannerMarkup(request.getContextPath(), state, ConsentHttp.safeReturn(request, back)).container();
        return Response.ok(state.json().add("html", html).build()).cacheControl(noStore()).header("Vary", "Cookie").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response choose(String text) {
        if (!http.sameOrigin(request, true)) {
            return Problem.response(403, ConsentLanguage.texts(ConsentHttp.language(request)).getString("error.crossOrigin"));
        }
        JsonObject body;
        try (JsonReader reader = VisitorState.JSON.createReader(new StringReader(text == null ? "" : text))) {
            body = reader.readObject();
        } catch (JsonException e) {
            return Problem.response(400, "Send a JSON object such as {\"action\": \"accept-all\"}; this body is not one ("
                    + e.getMessage() + ").");
        }
        List<String> problems = new ArrayList<>();
        String action = string(body, "action", problems);
        List<String> categories = keys(body, "categories", problems);
        List<String> services = keys(body, "services", problems);
        String language = string(body, "language", problems);
        String textHash = string(body, "textHash", problems);
        if (action == null && problems.isEmpty()) {
            problems.add("action: required; one of accept-all, reject-all, custom, close, grant");
        }
        if (!problems.isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST, "This choice cannot be read. Correct the fields below.", problems);
        }
        try {
            VisitorState state = recorder.record(request, response, action, categories, services, language, textHash);
            return Response.status(Response.Status.CREATED).entity(state.json().build()).cacheControl(noStore()).build();
        } catch (IllegalArgumentException e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), List.of("action: " + e.getMessage()));
        }
    }

    private static String string(JsonObject body, String name, List<String> problems) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s && s.getString().length() <= 200) {
            return s.getString();
        }
        problems.add(name + ": must be a text of at most 200 characters");
        return null;
    }

    private static List<String> keys(JsonObject body, String name, List<String> problems) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || array.size() > MAX_KEYS
                || !array.stream().allMatch(v -> v instanceof JsonString s && s.getString().length() <= 40)) {
            problems.add(name + ": must be a list of keys such as [\"analytics\"]");
            return List.of();
        }
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}

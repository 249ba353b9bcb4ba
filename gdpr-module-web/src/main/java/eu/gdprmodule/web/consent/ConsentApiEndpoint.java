package eu.gdprmodule.web.consent;

import eu.gdprmodule.web.rest.JsonBodyGuard;
import eu.gdprmodule.web.rest.Problem;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /gdpr/api/consents}: a visitor's choice from the banner's script, answered with the
 * consent id and the state that now holds, and the signed cookie. A plain servlet rather than a
 * JAX-RS resource: this is the one write every visitor makes, and the JAX-RS stack (resource
 * matching, providers, tracing) cost about a third of its time under load ({@code bench/consent-writes}).
 * The exact path wins over the API's {@code /gdpr/api/*} mapping (Servlet 6, 12.1), so
 * {@code GET /gdpr/api/consents/current} stays with {@link ConsentResource}.
 *
 * <p>Errors are the API's problem JSON ({@code status}, {@code message}, {@code details}): 415 for
 * a body that is not JSON, checked first because only JSON is safe from a cross-site form; 403 for
 * a post from another site (a forged consent is no consent); 400 naming each wrong field, or what
 * {@link JsonBodyGuard} found (not UTF-8, not JSON, nested too deeply); 415 for a charset other than
 * UTF-8; 413 for a body over 16 KB; 503 when the proof cannot be stored, so the visitor's choice is not
 * acknowledged without its proof (Art. 7(1)).
 */
@WebServlet(urlPatterns = "/gdpr/api/consents")
public class ConsentApiEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ConsentApiEndpoint.class.getName());
    private static final int MAX_BODY = 16 * 1024;
    private static final int MAX_KEYS = 200;

    @Inject
    transient ConsentHttp http;

    @Inject
    transient ChoiceRecorder recorder;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.split(";", 2)[0].strip().equalsIgnoreCase("application/json")) {
            problem(response, 415, "Send the choice as JSON (Content-Type: application/json), such as {\"action\": \"accept-all\"}.",
                    List.of());
            return;
        }
        if (!http.sameOrigin(request, true)) {
            problem(response, 403, ConsentLanguage.texts(ConsentHttp.language(request)).getString("error.crossOrigin"), List.of());
            return;
        }
        String text;
        try {
            if (request.getContentLengthLong() > MAX_BODY) {
                throw new JsonBodyGuard.Refused(413, "too large");
            }
            text = JsonBodyGuard.read(request.getInputStream(), type, MAX_BODY);
        } catch (JsonBodyGuard.Refused refused) {
            // a visitor's script or a probe got it wrong: one line, no stack trace
            LOG.info(() -> "GDPR consent API refused a body (" + refused.status() + "): " + refused.getMessage());
            problem(response, refused.status(), refused.status() == 413
                    ? ConsentLanguage.texts(ConsentHttp.language(request)).getString("error.tooLarge")
                    : refused.getMessage(), List.of());
            return;
        }
        JsonObject body;
        try (JsonReader reader = VisitorState.JSON.createReader(new StringReader(text))) {
            body = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            // well-formed JSON by now (JsonBodyGuard), so only its top-level kind can be wrong
            problem(response, 400, "Send a JSON object such as {\"action\": \"accept-all\"}; this body is valid JSON "
                    + "but not an object.", List.of());
            return;
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
            problem(response, 400, "This choice cannot be read. Correct the fields below.", problems);
            return;
        }
        VisitorState state;
        try {
            state = recorder.record(request, response, action, categories, services, language, textHash);
        } catch (IllegalArgumentException e) {
            String message = Problem.readable(e.getMessage()) ? e.getMessage()
                    : "This choice cannot be recorded: action is one of accept-all, reject-all, custom, close, grant.";
            problem(response, 400, message, List.of("action: " + message));
            return;
        } catch (EJBException | jakarta.persistence.PersistenceException e) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "A consent could not be stored, reference " + reference, e);
            response.reset(); // no cookie for a choice without its proof
            problem(response, 503, "Your choice could not be saved right now. Try again in a moment (reference "
                    + reference + ").", List.of());
            return;
        }
        response.setStatus(HttpServletResponse.SC_CREATED);
        write(response, state.json().build().toString());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        notAllowed(response);
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        notAllowed(response);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        notAllowed(response);
    }

    private static void notAllowed(HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        problem(response, 405, "POST a choice here; GET /gdpr/api/consents/current gives the visitor's state.", List.of());
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

    private static void problem(HttpServletResponse response, int status, String message, List<String> details) throws IOException {
        JsonArrayBuilder list = Json.createArrayBuilder();
        details.forEach(list::add);
        response.setStatus(status);
        write(response, Json.createObjectBuilder().add("status", status).add("message", message).add("details", list)
                .build().toString());
    }

    private static void write(HttpServletResponse response, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}

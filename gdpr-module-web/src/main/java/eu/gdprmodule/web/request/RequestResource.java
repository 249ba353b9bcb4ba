package eu.gdprmodule.web.request;

import eu.gdprmodule.request.Letters;
import eu.gdprmodule.request.NewRequest;
import eu.gdprmodule.request.RequestIntake;
import eu.gdprmodule.request.RequestSettings;
import eu.gdprmodule.web.consent.ConsentHttp;
import eu.gdprmodule.web.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /gdpr/api/requests}: files a request as the public form does. The answer is 202
 * with the same text for any address (a letter goes to it if it is right), 400 naming each field
 * to correct, 429 when the rate limit applies, 403 for a post from another site.
 */
@Path("requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    private static final List<String> FIELDS = List.of("right", "email", "name", "details", "purpose", "contact", "language");

    @Inject
    RequestIntake intake;

    @Inject
    ConsentHttp http;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(String text) {
        if (!http.sameOrigin(request, true)) {
            return Problem.response(403, "A request must be sent from this site's own pages.");
        }
        JsonObject body;
        try (JsonReader reader = Json.createReader(new StringReader(text == null ? "" : text))) {
            body = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return Problem.response(400, "Send a JSON object such as {\"right\": \"access\", \"email\": \"name@example.com\"}.");
        }
        List<String> problems = new ArrayList<>();
        String[] v = new String[FIELDS.size()];
        for (int i = 0; i < FIELDS.size(); i++) {
            JsonValue value = body.get(FIELDS.get(i));
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (value instanceof JsonString s) {
                v[i] = s.getString();
            } else {
                problems.add(FIELDS.get(i) + ": must be a string");
            }
        }
        body.keySet().stream().filter(k -> !FIELDS.contains(k)).forEach(k -> problems.add(k + ": unknown field (known: " + FIELDS + ")"));
        if (!problems.isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST, "The request was not registered: correct the fields named below.", problems);
        }
        NewRequest parsed = NewRequest.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6]); // InvalidRequest: 400 by ErrorMapper
        String site;
        try {
            site = SiteAddress.of(request);
        } catch (UnknownSiteAddress unknown) {
            return Problem.response(400, unknown.getMessage());
        }
        RequestIntake.Receipt receipt = intake.receive(parsed, site, request.getRemoteAddr());
        if (receipt.limited()) {
            return Response.status(429).header("Retry-After", receipt.retryAfter().toSeconds()).type(MediaType.APPLICATION_JSON)
                    .entity(new Problem(429, "Too many requests for this address or from this network in the last day; "
                            + "try again tomorrow.", List.of())).build();
        }
        return Response.accepted(Json.createObjectBuilder().add("status", "received")
                .add("message", "If the address is right, a letter with a confirmation link is on its way to it; the link works for "
                        + Letters.linkLifetime(RequestSettings.current().verificationLifetime(), "en") + ".").build()).build();
    }
}

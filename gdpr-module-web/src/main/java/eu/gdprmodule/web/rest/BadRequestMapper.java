package eu.gdprmodule.web.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is valid JSON (checked by {@link JsonBodyGuard}) but does not bind to the resource's
 * type, such as a number where a text is expected: the client's mistake, a 400 naming the field.
 * The binding's own message is not passed on: it names Java classes and the parser's internals
 * ("Incorrect position for processing type: class eu.gdprmodule..."), which tell a caller nothing
 * about what to send and an attacker what runs inside.
 */
// No @Provider: registered by GdprRestApplication only. Scanned, it would also answer the
// failures of a host's own JAX-RS application that publishes every provider of the WAR.
public class BadRequestMapper implements ExceptionMapper<JsonbException> {

    private static final Logger LOG = Logger.getLogger(BadRequestMapper.class.getName());

    // Yasson names the property it was binding as: property 'name'
    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z][A-Za-z0-9_]{0,60})'");

    @Override
    public Response toResponse(JsonbException failure) {
        return Problem.response(400, message(failure));
    }

    /** What to send instead, naming the field when the binding said which one. */
    static String message(Throwable failure) {
        // one line for the operator, with the binding's own words (which stay out of the answer)
        LOG.info(() -> "GDPR API refused a body that does not bind: " + String.valueOf(innermost(failure).getMessage())
                .replaceAll("\\s+", " ").substring(0, Math.min(300, String.valueOf(innermost(failure).getMessage()).length())));
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Matcher property = cause.getMessage() == null ? null : PROPERTY.matcher(cause.getMessage());
            if (property != null && property.find()) {
                return "The field '" + property.group(1) + "' has a value of the wrong kind: send each field as this "
                        + "resource's GET shows it (texts in quotes, objects in braces, lists in brackets).";
            }
        }
        return "The request body does not have the shape this resource expects: send a JSON object with the fields "
                + "this resource's GET shows.";
    }

    private static Throwable innermost(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}

package eu.gdprmodule.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The body of every error the API returns: the HTTP status, one sentence a person can act on,
 * and the details when there are several problems. Never a stack trace.
 *
 * @param status  the HTTP status code
 * @param message what went wrong and what to do about it
 * @param details one entry per problem, possibly empty
 */
public record Problem(int status, String message, List<String> details) {

    public static Response response(Response.Status status, String message, List<String> details) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Problem(status.getStatusCode(), message, List.copyOf(details))).build();
    }

    // A Java type (eu.gdprmodule.x.Y, java.lang.Z), an exception's name or a stack frame line.
    private static final java.util.regex.Pattern INTERNALS = java.util.regex.Pattern.compile(
            "(?s).*(\\b(eu\\.gdprmodule|java|javax|jakarta|org\\.glassfish|org\\.eclipse|fish\\.payara|com\\.sun)\\."
            + "|Exception\\b|\\bclass [a-z]|\\n\\s*at ).*");

    /**
     * Whether a message from code the module does not own may be shown as it is: it names no Java
     * type, exception or stack frame. A message that fails this is replaced by one the module writes.
     */
    public static boolean readable(String message) {
        return message != null && !INTERNALS.matcher(message).matches();
    }

    public static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Problem(status, message, List.of())).build();
    }
}

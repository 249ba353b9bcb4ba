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

    public static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Problem(status, message, List.of())).build();
    }
}

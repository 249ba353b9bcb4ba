package eu.gdprmodule.web.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A body that is not valid JSON for the resource is the client's mistake: 400, with the parser's reason. */
// No @Provider: registered by GdprRestApplication only. Scanned, it would also answer the
// failures of a host's own JAX-RS application that publishes every provider of the WAR.
public class BadRequestMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException failure) {
        return Problem.response(400, "The request body is not valid JSON for this resource: " + failure.getMessage());
    }
}

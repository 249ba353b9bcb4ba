package eu.gdprmodule.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into a {@link Problem}: client errors keep their status and message;
 * anything unexpected is logged with a reference and answered without internals, so no
 * response ever carries a stack trace.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response original = web.getResponse();
            String message = original.getStatusInfo().getReasonPhrase();
            return Problem.response(original.getStatus(), message == null ? "Request refused" : message);
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "GDPR module API failure, reference " + reference, failure);
        return Problem.response(500, "The GDPR module could not complete this request. "
                + "Give the reference " + reference + " to the site's administrator.");
    }
}

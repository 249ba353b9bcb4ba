package eu.gdprmodule.web.rest;

import eu.gdprmodule.audit.AuditLogUnavailable;
import eu.gdprmodule.consent.CatalogueConflict;
import eu.gdprmodule.consent.InvalidCookieCatalogue;
import eu.gdprmodule.register.InvalidControllerIdentity;
import eu.gdprmodule.register.InvalidRegister;
import eu.gdprmodule.register.RegisterConflict;
import eu.gdprmodule.register.UnknownRegisterItem;
import eu.gdprmodule.web.admin.ConsoleAccessDenied;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import eu.gdprmodule.policy.InvalidPolicy;
import eu.gdprmodule.policy.PolicyConflict;
import eu.gdprmodule.policy.UnknownPolicy;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into a {@link Problem}: client errors keep their status and message;
 * anything unexpected is logged with a reference and answered without internals, so no
 * response ever carries a stack trace.
 */
// No @Provider: registered by GdprRestApplication only. Scanned, it would also answer the
// failures of a host's own JAX-RS application that publishes every provider of the WAR.
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = thrown instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : thrown;
        if (failure instanceof ConsoleAccessDenied denied) {
            return Problem.response(403, denied.getMessage());
        }
        if (failure instanceof InvalidControllerIdentity invalid) {
            return Problem.response(Response.Status.BAD_REQUEST, "The controller identity was not saved: correct "
                    + "the fields below and send it again.", invalid.problems().stream()
                            .map(p -> p.field() + ": " + p.message()).toList());
        }
        if (failure instanceof InvalidRegister invalid) {
            int count = invalid.problems().size();
            return Problem.response(Response.Status.BAD_REQUEST, "The register was not changed: " + count
                    + (count == 1 ? " problem" : " problems") + " to correct, each named by the path of its field.",
                    invalid.problems().stream().map(Object::toString).toList());
        }
        if (failure instanceof eu.gdprmodule.retention.RetentionBusy busy) {
            return Problem.response(409, busy.getMessage());
        }
        if (failure instanceof RegisterConflict conflict) {
            return Problem.response(409, conflict.getMessage());
        }
        if (failure instanceof UnknownRegisterItem unknown) {
            return Problem.response(404, unknown.getMessage());
        }
        if (failure instanceof InvalidPolicy invalid) {
            return Problem.response(Response.Status.BAD_REQUEST, "The policy was not changed: correct the fields "
                    + "named below and send it again.", invalid.problems().stream().map(Object::toString).toList());
        }
        if (failure instanceof PolicyConflict conflict) {
            return Problem.response(409, conflict.getMessage());
        }
        if (failure instanceof UnknownPolicy unknown) {
            return Problem.response(404, unknown.getMessage());
        }
        if (failure instanceof InvalidCookieCatalogue invalid) {
            int count = invalid.problems().size();
            return Problem.response(Response.Status.BAD_REQUEST, "The cookie catalogue was not changed: " + count
                    + (count == 1 ? " problem" : " problems") + " to correct, each named by the path of its field.",
                    invalid.problems().stream().map(Object::toString).toList());
        }
        if (failure instanceof CatalogueConflict conflict) {
            return Problem.response(409, conflict.getMessage());
        }
        if (failure instanceof eu.gdprmodule.request.InvalidRequest invalid) {
            return Problem.response(Response.Status.BAD_REQUEST, "The request was not registered as sent: correct the fields "
                    + "named below and send it again.", invalid.problems().stream().map(p -> p.field() + ": " + p.message()).toList());
        }
        if (failure instanceof eu.gdprmodule.request.RequestConflict conflict) {
            return Problem.response(409, conflict.getMessage());
        }
        if (failure instanceof eu.gdprmodule.request.RequestNotFound unknown) {
            return Problem.response(404, unknown.getMessage());
        }
        if (failure instanceof AuditLogUnavailable) {
            LOG.log(Level.WARNING, "Audit log unavailable", failure);
            return Problem.response(503, "The audit log cannot be read right now: the database does not answer. "
                    + "Try again in a moment.");
        }
        if ((failure instanceof ProcessingException || failure instanceof JsonException) && causedByJson(failure)) {
            return Problem.response(400, BadRequestMapper.message(failure));
        }
        if (failure instanceof NotSupportedException) {
            return Problem.response(415, "Send the body as JSON: Content-Type: application/json.");
        }
        String badParameter = badParameter(failure);
        if (badParameter != null) {
            return Problem.response(400, badParameter);
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response original = web.getResponse();
            // A message the module wrote is for the caller; the JAX-RS default ("HTTP 404 Not Found") is not.
            // Jersey's own messages may carry a parser's words or a class name: only a plain sentence passes.
            String message = web.getMessage() != null && !web.getMessage().startsWith("HTTP ")
                    && Problem.readable(web.getMessage()) ? web.getMessage() : original.getStatusInfo().getReasonPhrase();
            return Problem.response(original.getStatus(), message == null ? "Request refused" : message);
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "GDPR module API failure, reference " + reference, failure);
        return Problem.response(500, "The GDPR module could not complete this request. "
                + "Give the reference " + reference + " to the site's administrator.");
    }

    /**
     * A query, form or header parameter that is not of its type ({@code ?first=abc}): JAX-RS
     * answers 404 for it, as if the resource did not exist, which sends the caller looking for the
     * wrong mistake. Jersey says which parameter in its own exception; a bad path parameter stays
     * a 404 (no such resource).
     */
    private static String badParameter(Throwable failure) {
        String type = failure.getClass().getName();
        if (!type.startsWith("org.glassfish.jersey.server.ParamException$") || type.endsWith("$PathParamException")) {
            return null;
        }
        String name;
        try {
            name = String.valueOf(failure.getClass().getMethod("getParameterName").invoke(failure));
        } catch (ReflectiveOperationException | RuntimeException e) {
            name = "?";
        }
        String kind = type.endsWith("$QueryParamException") ? "query parameter"
                : type.endsWith("$FormParamException") ? "form field" : type.endsWith("$HeaderParamException") ? "header" : "parameter";
        Throwable cause = failure.getCause();
        // the cause's own message names classes ("No enum constant eu.gdprmodule..."): say the kind instead
        String why = cause instanceof NumberFormatException ? "a whole number is expected"
                : cause instanceof java.time.format.DateTimeParseException ? "a date such as 2026-12-31 is expected"
                : cause instanceof IllegalArgumentException ? "it is not one of the accepted values" : null;
        return "The " + kind + " '" + name + "' has a value of the wrong type" + (why == null ? "" : ": " + why) + ".";
    }

    private static boolean causedByJson(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}

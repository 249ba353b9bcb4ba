package eu.gdprmodule.web.admin;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A console action refused to the signed-in user's role; answered with 403. It carries its own
 * response, so the refusal stays a 403 under a host's JAX-RS application too, where the module's
 * exception mappers do not apply; console pages catch it and show the message.
 */
public class ConsoleAccessDenied extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    public ConsoleAccessDenied(String message) {
        super(message, Response.status(403).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ConsoleApiAccess.Refusal(403, message).json())
                .build());
    }
}

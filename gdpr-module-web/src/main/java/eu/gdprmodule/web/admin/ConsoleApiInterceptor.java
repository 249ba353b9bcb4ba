package eu.gdprmodule.web.admin;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Enforces {@link ConsoleApi}. A host's JAX-RS application without {@code getClasses()}
 * publishes the console's resources under its own path (say {@code /rest/admin/requests}), where
 * neither the module's filter nor any URL constraint applies: this check travels with the
 * resource. The refusal is a response with its body, so no exception mapper of the host's can
 * turn it into anything else.
 */
@ConsoleApi
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 50) // before AdministratorsOnly and transactions
public class ConsoleApiInterceptor {

    @Inject
    HttpServletRequest request;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        ConsoleApiAccess.Refusal refusal = ConsoleApiAccess.refusal(request);
        if (refusal != null) {
            throw new WebApplicationException(refusal.message(), Response.status(refusal.status())
                    .type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                    .entity(refusal.json())
                    .build());
        }
        return invocation.proceed();
    }
}

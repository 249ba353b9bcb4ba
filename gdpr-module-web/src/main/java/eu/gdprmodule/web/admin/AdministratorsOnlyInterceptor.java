package eu.gdprmodule.web.admin;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;

/** Enforces {@link AdministratorsOnly} with the container's own role check. */
@AdministratorsOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) // before transactions start
public class AdministratorsOnlyInterceptor {

    /** The answer to a console user without the administrator role. */
    public static final String REFUSAL = "Only an administrator (role " + ConsoleRoles.ADMINISTRATOR
            + ") may do this; the DPO role reads but does not change settings or the register.";

    @Inject
    HttpServletRequest request;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        if (!request.isUserInRole(ConsoleRoles.ADMINISTRATOR)) {
            throw new ConsoleAccessDenied(REFUSAL);
        }
        return invocation.proceed();
    }
}

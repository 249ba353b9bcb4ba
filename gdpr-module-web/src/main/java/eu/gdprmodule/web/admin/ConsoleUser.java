package eu.gdprmodule.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The signed-in console user as pages show it: name and role, and what they may change. */
@Named("gdprConsoleUser")
@RequestScoped
public class ConsoleUser {

    @Inject
    HttpServletRequest request;

    public String getName() {
        return request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
    }

    /** May change settings and the register. */
    public boolean isAdministrator() {
        return request.isUserInRole(ConsoleRoles.ADMINISTRATOR);
    }

    /** The bundle key of the user's role, for display. */
    public String getRoleKey() {
        return isAdministrator() ? "role.administrator" : "role.dpo";
    }
}

package eu.gdprmodule.examples.shop.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a staff member is behind the current web request, for the login page (where to go
 * next) and the header (which links to show). Read from the servlet request, as
 * {@code SignedInCustomer} is, and on every call: signing in changes the answer halfway through
 * the login request.
 */
@Named
@RequestScoped
public class SignedInStaff {

    /** The GDPR module's console, where staff work; relative to the shop's context path. */
    public static final String CONSOLE = "/gdpr/admin/";

    @Inject
    HttpServletRequest request;

    public boolean isSignedIn() {
        for (StaffRole role : StaffRole.values()) {
            if (request.isUserInRole(role.roleName())) {
                return true;
            }
        }
        return false;
    }
}

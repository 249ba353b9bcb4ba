package eu.gdprmodule.examples.shop.security;

import eu.gdprmodule.examples.shop.customer.SignedInCustomer;
import eu.gdprmodule.examples.shop.staff.StaffRole;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * How people sign in: the shop's own Faces login page posts the credentials through
 * {@link Login}, and a visitor who opens a protected page is redirected to it and, once signed
 * in, back to that page. Redirected rather than forwarded, so the address bar says where the
 * person is. The session then carries the authentication.
 *
 * <p>Customers and staff use the same page: each identity store knows its own people. The staff
 * roles are the GDPR module's, which the module's console requires; they are declared here too,
 * so the shop's pages can ask {@code isUserInRole} about them whatever the module declares.
 */
@ApplicationScoped
@DeclareRoles({SignedInCustomer.ROLE, StaffRole.ADMIN, StaffRole.DPO})
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = ShopAuthentication.LOGIN_PAGE,
        errorPage = "",
        useForwardToLogin = false))
public class ShopAuthentication {

    public static final String LOGIN_PAGE = "/login.xhtml";
}

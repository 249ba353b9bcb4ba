package eu.gdprmodule.examples.shop.security;

import eu.gdprmodule.examples.shop.customer.SignedInCustomer;
import eu.gdprmodule.examples.shop.staff.StaffRole;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * How people sign in: the shop's own Faces login page posts the credentials through
 * {@link Login}, and a visitor who opens a protected page is redirected to it and, once signed
 * in, back to that page. Redirected rather than forwarded, so the address bar says where the
 * person is. The session then carries the authentication.
 *
 * <p>Customers and staff use the same page: each identity store knows its own people. The staff
 * roles are the GDPR module's, which the module's console requires; they are declared here too,
 * so the shop's pages can ask {@code isUserInRole} about them whatever the module declares.
 *
 * <p>Why not {@code @CustomFormAuthenticationMechanismDefinition}: its session handling
 * ({@code @AutoApplySession}) gives the container only the caller's name on each later request,
 * and Payara 6 finds the caller's groups again through a field of a security context that
 * request threads share (Payara issue 6145, fixed in Payara 7.2026.2 only). Under concurrent
 * requests another thread resets that field, the groups are lost, and a signed-in administrator
 * is refused the console now and then (issue 19, item 7). Here the session keeps the caller's
 * name and groups, and every request hands both to the container, which shares nothing between
 * requests on that path.
 */
@ApplicationScoped
@DeclareRoles({SignedInCustomer.ROLE, StaffRole.ADMIN, StaffRole.DPO})
public class ShopAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    private static final String CALLER = ShopAuthentication.class.getName() + ".caller";
    private static final String RETURN_TO = ShopAuthentication.class.getName() + ".returnTo";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, identityStores.validate(credential));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SignedInCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected() && !context.isAuthenticationRequest()) {
            if ("GET".equals(request.getMethod())) {
                // a path on this server, never a host from the request: nothing to redirect elsewhere
                String query = request.getQueryString();
                request.getSession().setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result); // a failure; the login page says so
        }
        // Login changed the session id before asking: the signed-in session is never one known before.
        HttpSession session = request.getSession();
        session.setAttribute(CALLER, new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        if (session.getAttribute(RETURN_TO) instanceof String page) {
            session.removeAttribute(RETURN_TO);
            return context.redirect(page); // signed in from the next request on, by the session
        }
        return context.notifyContainerAboutLogin(result);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        context.cleanClientSubject();
    }
}

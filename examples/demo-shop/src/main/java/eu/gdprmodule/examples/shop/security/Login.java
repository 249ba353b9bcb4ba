package eu.gdprmodule.examples.shop.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import eu.gdprmodule.examples.shop.infrastructure.Messages;
import eu.gdprmodule.examples.shop.staff.SignedInStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** Backs the login page: hands the credentials to Jakarta Security and says what came of it. */
@Named
@RequestScoped
public class Login {

    @NotBlank(message = "Please enter your e-mail address.")
    private String email;

    @NotBlank(message = "Please enter your password.")
    private String password;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    @Inject
    SignedInStaff staff;

    public String submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id known before signing in must not carry the account
        }
        // Not a "new authentication": that would drop the page the visitor was sent here from,
        // and the mechanism would not send them back to it once signed in.
        AuthenticationStatus status = security.authenticate(request, response, withParams()
                .newAuthentication(false)
                .credential(new UsernamePasswordCredential(email, new Password(password))));
        switch (status) {
            case SEND_CONTINUE:
                faces.responseComplete(); // redirected back to the page that asked for a sign-in
                return null;
            case SUCCESS:
                if (staff.isSignedIn()) {
                    // Staff have no customer account: their page is the module's console, outside the shop's views.
                    external.redirect(external.getRequestContextPath() + SignedInStaff.CONSOLE);
                    return null;
                }
                return "/account/index?faces-redirect=true";
            default:
                // The same answer for an unknown address and a wrong password: no hint of who has an account.
                messages.error(null, "The e-mail address or the password is not right. Please try again.");
                return null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

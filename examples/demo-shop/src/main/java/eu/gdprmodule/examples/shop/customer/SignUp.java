package eu.gdprmodule.examples.shop.customer;

import eu.gdprmodule.examples.shop.infrastructure.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Backs the sign-up form. The newsletter box starts unticked: consent must be a clear,
 * affirmative act (Art. 4(11) and recital 32 GDPR; CJEU, Planet49, C-673/17).
 */
@Named
@RequestScoped
public class SignUp {

    /** CNIL's recommendation for a password alone: at least 12 characters. */
    static final int MIN_PASSWORD_LENGTH = 12;

    @NotBlank(message = "Please enter your name.")
    @Size(max = 100, message = "Your name can have at most 100 characters.")
    private String fullName;

    @NotBlank(message = "Please enter your e-mail address.")
    @Email(regexp = ".+@.+\\..+", message = "Please enter a valid e-mail address, such as name@example.com.")
    @Size(max = EmailAddresses.MAX_LENGTH, message = "This e-mail address is too long.")
    private String email;

    @NotBlank(message = "Please choose a password.")
    @Size(min = MIN_PASSWORD_LENGTH, max = 128,
            message = "Your password needs at least " + MIN_PASSWORD_LENGTH + " characters (and at most 128).")
    private String password;

    @Size(max = 100, message = "The company name can have at most 100 characters.")
    private String company;

    private boolean newsletter;

    @Inject
    CustomerAccounts accounts;

    @Inject
    Messages messages;

    public String submit() {
        try {
            accounts.signUp(new NewCustomer(fullName, email, password, company, newsletter));
        } catch (EmailAlreadyRegisteredException e) {
            messages.error("signup:email", "An account with this e-mail address already exists. Please sign in instead.");
            return null;
        }
        messages.afterRedirect("Your account is ready. Please sign in.");
        return "/login?faces-redirect=true";
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
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

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public boolean isNewsletter() {
        return newsletter;
    }

    public void setNewsletter(boolean newsletter) {
        this.newsletter = newsletter;
    }
}

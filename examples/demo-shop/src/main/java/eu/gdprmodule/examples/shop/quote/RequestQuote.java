package eu.gdprmodule.examples.shop.quote;

import eu.gdprmodule.examples.shop.customer.EmailAddresses;
import eu.gdprmodule.examples.shop.infrastructure.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Backs the "Request a quote" form. */
@Named
@RequestScoped
public class RequestQuote {

    @NotBlank(message = "Please enter your name.")
    @Size(max = 100, message = "Your name can have at most 100 characters.")
    private String fullName;

    @NotBlank(message = "Please enter your e-mail address, so we can send you the quote.")
    @Email(regexp = ".+@.+\\..+", message = "Please enter a valid e-mail address, such as name@example.com.")
    @Size(max = EmailAddresses.MAX_LENGTH, message = "This e-mail address is too long.")
    private String email;

    @Size(max = 100, message = "The company name can have at most 100 characters.")
    private String company;

    @NotBlank(message = "Please tell us what you need.")
    @Size(min = 10, max = QuoteRequest.MAX_MESSAGE_LENGTH,
            message = "Please describe what you need in 10 to 2000 characters.")
    private String message;

    @Inject
    QuoteDesk desk;

    @Inject
    Messages messages;

    public String submit() {
        desk.receive(new QuoteRequestForm(fullName, email, company, message));
        messages.afterRedirect("Thank you, we have your request. We will send you a quote within two working days.");
        return "/quote?faces-redirect=true";
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

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}

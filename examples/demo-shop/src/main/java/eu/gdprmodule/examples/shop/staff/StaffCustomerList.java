package eu.gdprmodule.examples.shop.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /staff/customers.xhtml}, the shop's customer list for staff, drawn with the GDPR
 * console's template and reached from the console's menu. {@code ?inactive=3} lists the accounts
 * inactive for three years (the dashboard tile links there), {@code ?email=} finds customers by
 * address (a person's panels link there). Read-only: an account is anonymised or deleted through
 * an erasure request in the console, so that the module keeps its proof.
 */
@Named("staffCustomers")
@RequestScoped
public class StaffCustomerList {

    @Inject
    CustomerDirectory directory;

    private boolean inactiveOnly;
    private String email;
    private List<CustomerDirectory.Listed> customers;

    @PostConstruct
    void init() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        inactiveOnly = String.valueOf(CustomerDirectory.INACTIVE_YEARS).equals(parameters.get("inactive"));
        String given = parameters.get("email");
        email = given == null || given.isBlank() ? null : given.strip().substring(0, Math.min(254, given.strip().length()));
    }

    public boolean isInactiveOnly() {
        return inactiveOnly;
    }

    public String getEmail() {
        return email;
    }

    public int getInactiveYears() {
        return CustomerDirectory.INACTIVE_YEARS;
    }

    public List<CustomerDirectory.Listed> getCustomers() {
        if (customers == null) {
            customers = inactiveOnly ? directory.inactive() : directory.matching(email);
        }
        return customers;
    }
}

package eu.gdprmodule.examples.shop.security;

import eu.gdprmodule.examples.shop.customer.Customer;
import eu.gdprmodule.examples.shop.customer.CustomerAccounts;
import eu.gdprmodule.examples.shop.customer.PasswordHashing;
import eu.gdprmodule.examples.shop.customer.SignedInCustomer;
import eu.gdprmodule.examples.shop.staff.StaffAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an e-mail and password against the customer table. A valid pair makes the caller the
 * customer (caller name: the customer id) in the role {@code customer}, and is logged.
 *
 * <p>A staff member's address is never a customer's here, even if someone opened a customer
 * account with it: {@link StaffIdentityStore} has the only say over it. Jakarta Security asks
 * every store until one accepts, so without this a wrong staff password that happens to be the
 * password of that customer account would still let the caller in.
 */
@ApplicationScoped
public class CustomerIdentityStore implements IdentityStore {

    @Inject
    CustomerAccounts accounts;

    @Inject
    StaffAccounts staff;

    @Inject
    PasswordHashing passwords;

    @Inject
    SignInJournal journal;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<Customer> customer = staff.isStaff(credential.getCaller())
                ? Optional.empty() // still verified against the decoy below: no faster than a wrong password
                : accounts.byEmail(credential.getCaller()).filter(c -> !c.isArchived()); // archived: kept for claims only
        String password = credential.getPasswordAsString();
        boolean valid = customer.isPresent()
                ? passwords.matches(password, customer.get().getPasswordHash())
                : passwords.matchesNobody(password);
        if (!valid) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        long id = customer.get().getId();
        journal.signedIn(id, request.getRemoteAddr());
        return new CredentialValidationResult(SignedInCustomer.callerName(id), Set.of(SignedInCustomer.ROLE));
    }
}

package eu.gdprmodule.examples.shop.security;

import eu.gdprmodule.examples.shop.customer.PasswordHashing;
import eu.gdprmodule.examples.shop.staff.StaffAccounts;
import eu.gdprmodule.examples.shop.staff.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an e-mail and password against the staff table. A valid pair makes the caller the staff
 * member (caller name: the address) with their role as group, which {@code payara-web.xml} maps to
 * the GDPR module's role of the same name.
 *
 * <p>Asked before {@link CustomerIdentityStore} (lower {@link #priority()}). An address that is
 * not staff's is {@code NOT_VALIDATED}, and Jakarta Security moves on to the customers; a staff
 * address with a wrong password is {@code INVALID}, and the customer store refuses staff addresses
 * too, so that answer stands. Either way a failed sign-in costs two password verifications, one
 * per store, so its timing does not tell whether an address is staff's.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    /** Before the customers' store, which keeps the default of 100. */
    static final int PRIORITY = 10;

    @Inject
    StaffAccounts staff;

    @Inject
    PasswordHashing passwords;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<StaffMember> member = staff.byEmail(credential.getCaller());
        String password = credential.getPasswordAsString();
        if (member.isEmpty()) {
            passwords.matchesNobody(password);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (!passwords.matches(password, member.get().getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(member.get().getEmail(), Set.of(member.get().getRole().roleName()));
    }

    @Override
    public int priority() {
        return PRIORITY;
    }
}

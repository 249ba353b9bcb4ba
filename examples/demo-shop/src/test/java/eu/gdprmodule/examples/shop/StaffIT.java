package eu.gdprmodule.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import eu.gdprmodule.examples.shop.customer.CustomerAccounts;
import eu.gdprmodule.examples.shop.customer.NewCustomer;
import eu.gdprmodule.examples.shop.security.CustomerIdentityStore;
import eu.gdprmodule.examples.shop.security.StaffIdentityStore;
import eu.gdprmodule.examples.shop.staff.StaffAccounts;
import eu.gdprmodule.examples.shop.staff.StaffBootstrap;
import eu.gdprmodule.examples.shop.staff.StaffMember;
import eu.gdprmodule.examples.shop.staff.StaffRole;
import eu.gdprmodule.examples.shop.staff.StaffSettings;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shop's staff inside the built WAR on a real Payara Micro, started with the settings of
 * {@code arquillian.xml}: the administrator at the default address with a configured password,
 * and a data protection officer. Signing in is checked both store by store and through Jakarta
 * Security's {@link IdentityStoreHandler}, which asks every store in order as the login page does.
 */
@ExtendWith(ArquillianExtension.class)
class StaffIT {

    private static final String CUSTOMER_PASSWORD = "correct horse battery staple";

    @Deployment
    static WebArchive shop() {
        return BuiltShop.war().addClasses(StaffIT.class, BuiltShop.class);
    }

    @Inject
    StaffIdentityStore staffStore;

    @Inject
    CustomerIdentityStore customerStore;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    StaffAccounts staff;

    @Inject
    CustomerAccounts customers;

    @Inject
    StaffBootstrap bootstrap;

    @Test
    void theConfiguredAdministratorSignsInAsGdprAdminUnderTheirAddress() {
        String password = configured(StaffSettings.ADMIN_PASSWORD);

        CredentialValidationResult byStore = staffStore.validate(
                new UsernamePasswordCredential(StaffSettings.DEFAULT_ADMIN_EMAIL.toUpperCase(), password));
        CredentialValidationResult bySecurity = identityStores.validate(
                new UsernamePasswordCredential(StaffSettings.DEFAULT_ADMIN_EMAIL, password));

        for (CredentialValidationResult result : List.of(byStore, bySecurity)) {
            assertEquals(Status.VALID, result.getStatus());
            assertEquals(StaffSettings.DEFAULT_ADMIN_EMAIL, result.getCallerPrincipal().getName());
            assertEquals(Set.of("gdpr-admin"), result.getCallerGroups());
        }
    }

    @Test
    void theDataProtectionOfficerFromTheConfigurationSignsInAsGdprDpo() {
        String email = configured(StaffSettings.DPO_EMAIL);

        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(email, configured(StaffSettings.DPO_PASSWORD)));

        assertEquals(Status.VALID, result.getStatus());
        assertEquals(email, result.getCallerPrincipal().getName());
        assertEquals(Set.of("gdpr-dpo"), result.getCallerGroups());
        assertEquals(StaffRole.GDPR_DPO, staff.byEmail(email).orElseThrow().getRole());
    }

    @Test
    void aWrongPasswordForAStaffAddressIsRefused() {
        UsernamePasswordCredential wrong = new UsernamePasswordCredential(StaffSettings.DEFAULT_ADMIN_EMAIL,
                "not the administrator's password");

        assertEquals(Status.INVALID, staffStore.validate(wrong).getStatus());
        assertEquals(Status.INVALID, identityStores.validate(wrong).getStatus());
    }

    @Test
    void anAddressThatIsNotStaffsIsLeftToTheCustomerStore() {
        String email = uniqueEmail();
        customers.signUp(new NewCustomer("Ann Martin", email, CUSTOMER_PASSWORD, null, false));
        UsernamePasswordCredential credential = new UsernamePasswordCredential(email, CUSTOMER_PASSWORD);

        assertEquals(Status.NOT_VALIDATED, staffStore.validate(credential).getStatus());
        CredentialValidationResult result = identityStores.validate(credential);
        assertEquals(Status.VALID, result.getStatus());
        assertEquals(Set.of("customer"), result.getCallerGroups());
    }

    @Test
    void aCustomerAccountUnderAStaffAddressLetsNobodyInAsACustomer() {
        String email = uniqueEmail();
        String staffPassword = "the staff member's own password";
        staff.open(email, "Paul Durand", StaffRole.GDPR_DPO, staffPassword);
        customers.signUp(new NewCustomer("Someone Else", email, CUSTOMER_PASSWORD, null, false));
        UsernamePasswordCredential customersPassword = new UsernamePasswordCredential(email, CUSTOMER_PASSWORD);

        assertEquals(Status.INVALID, customerStore.validate(customersPassword).getStatus());
        assertEquals(Status.INVALID, identityStores.validate(customersPassword).getStatus(),
                "the staff store's refusal stands");
        CredentialValidationResult asStaff = identityStores.validate(
                new UsernamePasswordCredential(email, staffPassword));
        assertEquals(Status.VALID, asStaff.getStatus());
        assertEquals(Set.of("gdpr-dpo"), asStaff.getCallerGroups());
    }

    @Test
    void openingTheFirstAccountsAgainOpensNothingAndChangesNoPassword() {
        List<String> before = describe(staff.all());

        bootstrap.openFirstAccounts();

        assertEquals(before, describe(staff.all()));
    }

    /** Each staff member with everything that must not change: id, address, role and password hash. */
    private static List<String> describe(List<StaffMember> members) {
        return members.stream()
                .map(m -> m.getId() + " " + m.getEmail() + " " + m.getRole() + " " + m.getPasswordHash())
                .toList();
    }

    /** A setting arquillian.xml gave this Payara Micro; the test uses the value, never a copy of it. */
    private static String configured(String key) {
        String value = System.getProperty(key);
        assertNotNull(value, key + " is not set: see arquillian.xml");
        return value;
    }

    private static String uniqueEmail() {
        return "staff." + UUID.randomUUID() + "@example.com";
    }
}

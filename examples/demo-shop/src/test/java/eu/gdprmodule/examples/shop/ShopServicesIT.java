package eu.gdprmodule.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.examples.shop.customer.Customer;
import eu.gdprmodule.examples.shop.customer.CustomerAccounts;
import eu.gdprmodule.examples.shop.customer.EmailAlreadyRegisteredException;
import eu.gdprmodule.examples.shop.customer.NewCustomer;
import eu.gdprmodule.examples.shop.customer.PasswordHashing;
import eu.gdprmodule.examples.shop.newsletter.Newsletter;
import eu.gdprmodule.examples.shop.newsletter.NewsletterSubscription;
import eu.gdprmodule.examples.shop.order.BillingDetails;
import eu.gdprmodule.examples.shop.order.CustomerOrder;
import eu.gdprmodule.examples.shop.order.Invoice;
import eu.gdprmodule.examples.shop.order.InvoiceNumber;
import eu.gdprmodule.examples.shop.order.Orders;
import eu.gdprmodule.examples.shop.order.UnknownProductException;
import eu.gdprmodule.examples.shop.quote.QuoteDesk;
import eu.gdprmodule.examples.shop.quote.QuoteRequest;
import eu.gdprmodule.examples.shop.quote.QuoteRequestForm;
import eu.gdprmodule.examples.shop.security.CustomerIdentityStore;
import eu.gdprmodule.examples.shop.security.SignInJournal;
import eu.gdprmodule.examples.shop.security.SignInRecord;
import eu.gdprmodule.examples.shop.privacy.ProcessingActivities;
import eu.gdprmodule.api.LegalBasis;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.Register;
import eu.gdprmodule.api.RetentionRule;
import java.time.Period;
import eu.gdprmodule.retention.FactLedger;
import eu.gdprmodule.retention.RecordedFact;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shop's services inside the built WAR on a real Payara Micro: each action stores the shop's
 * own rows (in shopdb) and, in the same transaction, the facts the GDPR module keeps (in the
 * module's database, read back here through the module's internal {@link FactLedger}).
 */
@ExtendWith(ArquillianExtension.class)
class ShopServicesIT {

    private static final String PASSWORD = "correct horse battery staple";

    @Deployment
    static WebArchive shop() {
        return BuiltShop.war().addClasses(ShopServicesIT.class, BuiltShop.class);
    }

    @Inject
    CustomerAccounts accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    Orders orders;

    @Inject
    Newsletter newsletter;

    @Inject
    QuoteDesk quotes;

    @Inject
    CustomerIdentityStore identityStore;

    @Inject
    SignInJournal signIns;

    @Inject
    FactLedger ledger;

    @Inject
    UserTransaction transaction;

    @Inject
    Register register;

    @Test
    void theRegisterTheShopShipsIsLoadedAtFirstStartWithEveryActivityItFiresFactsFor() {
        // each key the shop names in a ProcessingFact must have its register entry, or no
        // retention period applies to the data the fact is about
        for (String key : List.of(ProcessingActivities.CUSTOMER_ACCOUNT, ProcessingActivities.ORDERS,
                ProcessingActivities.BILLING, ProcessingActivities.NEWSLETTER, ProcessingActivities.PROSPECTS,
                ProcessingActivities.SECURITY_LOGS)) {
            assertTrue(register.activity(key).isPresent(), key + " is not in the register: " + register.activities());
        }
        ProcessingActivity prospects = register.activity(ProcessingActivities.PROSPECTS).orElseThrow();
        assertEquals(Period.ofYears(3), prospects.retention().period());
        assertEquals(RetentionRule.Start.LAST_CONTACT, prospects.retention().startsAt());
        ProcessingActivity billing = register.activity(ProcessingActivities.BILLING).orElseThrow();
        assertEquals(LegalBasis.LEGAL_OBLIGATION, billing.legalBases().get(0).basis());
        assertEquals(Period.ofYears(10), billing.retention().total());
        assertTrue(register.activity("audience-measurement").isPresent());
        // the newsletter's period runs from the host event the shop fires when someone unsubscribes
        assertEquals(Newsletter.UNSUBSCRIBED,
                register.activity(ProcessingActivities.NEWSLETTER).orElseThrow().retention().hostEvent());
    }

    @Test
    void signUpStoresTheAccountAndTellsTheModuleAccountDataWasCollected() {
        String email = uniqueEmail();

        Customer customer = accounts.signUp(new NewCustomer(" Ann Martin ", email.toUpperCase(), PASSWORD, " ", false));

        Customer stored = accounts.byEmail(email).orElseThrow();
        assertEquals(customer.getId(), stored.getId());
        assertEquals(email, stored.getEmail(), "stored in lower case");
        assertEquals("Ann Martin", stored.getFullName());
        assertEquals(null, stored.getCompany(), "a blank company is no company");
        assertNotEquals(PASSWORD, stored.getPasswordHash());
        assertTrue(passwords.matches(PASSWORD, stored.getPasswordHash()));
        assertEquals(List.of("DATA_COLLECTED customer-account"), facts(customer.subject()));
        assertFalse(newsletter.isSubscribed(customer.getId()), "the box was not ticked");
    }

    @Test
    void signUpWithTheNewsletterBoxTickedAlsoRecordsTheOptIn() {
        Customer customer = signUp(true);

        List<NewsletterSubscription> history = newsletter.history(customer.getId());
        assertEquals(1, history.size());
        assertEquals(NewsletterSubscription.Source.SIGN_UP, history.get(0).getSource());
        assertTrue(history.get(0).isActive());
        assertEquals(List.of("DATA_COLLECTED customer-account", "DATA_COLLECTED newsletter"), facts(customer.subject()));
    }

    @Test
    void aSecondAccountForTheSameAddressIsRefusedAndLeavesNoTrace() {
        Customer first = signUp(false);

        assertThrows(EmailAlreadyRegisteredException.class, () -> accounts.signUp(
                new NewCustomer("Someone Else", " " + first.getEmail().toUpperCase(), PASSWORD, null, true)));

        assertEquals(List.of("DATA_COLLECTED customer-account"), facts(first.subject()));
        assertFalse(newsletter.isSubscribed(first.getId()));
    }

    @Test
    void aRolledBackSignUpLeavesNeitherTheAccountNorTheFact() throws Exception {
        String email = uniqueEmail();

        transaction.begin();
        Customer customer = accounts.signUp(new NewCustomer("Ann Martin", email, PASSWORD, null, true));
        String subject = customer.subject();
        transaction.rollback();

        assertTrue(accounts.byEmail(email).isEmpty());
        assertEquals(List.of(), facts(subject), "the module's record rolls back with the shop's");
    }

    @Test
    void anOrderIssuesItsInvoiceAndTellsTheModuleAContractStartedBillingDataWasCollectedAndTheLastOrder() {
        Customer customer = signUp(false);

        CustomerOrder order = orders.place(customer.getId(), "ssd-upgrade", 2,
                new BillingDetails(" Ann Martin, Atelier Martin ", "3 rue des Lilas\n86000 Poitiers"));

        List<CustomerOrder> stored = orders.of(customer.getId());
        assertEquals(1, stored.size());
        assertEquals(order.getId(), stored.get(0).getId());
        assertEquals("SSD upgrade, 1 TB", stored.get(0).getProductName());
        assertEquals(2, stored.get(0).getQuantity());
        Invoice invoice = stored.get(0).getInvoice();
        assertTrue(invoice.getNumber().matches("INV-\\d{4}-\\d{6}"), invoice.getNumber());
        assertEquals(new BigDecimal("258.00"), invoice.getNetAmount());
        assertEquals(new BigDecimal("51.60"), invoice.getVatAmount());
        assertEquals(new BigDecimal("309.60"), invoice.getTotalAmount());
        assertEquals("20", invoice.getVatPercent());
        assertEquals("Ann Martin, Atelier Martin", invoice.getBillingName());
        assertEquals("3 rue des Lilas\n86000 Poitiers", invoice.getBillingAddress());
        assertEquals(List.of("DATA_COLLECTED customer-account", "CONTRACT_STARTED orders", "DATA_COLLECTED billing",
                "HOST_EVENT customer-account last-order", "HOST_EVENT orders last-order"), facts(customer.subject()));
    }

    @Test
    void invoiceNumbersFollowOnWithoutGapsEvenWhenAnOrderFails() throws Exception {
        Customer customer = signUp(false);
        BillingDetails billing = new BillingDetails("Ann Martin", "Paris");

        InvoiceNumber first = number(orders.place(customer.getId(), "diagnostic", 1, billing));
        assertThrows(UnknownProductException.class, () -> orders.place(customer.getId(), "no-such-product", 1, billing));
        transaction.begin();
        InvoiceNumber rolledBack = number(orders.place(customer.getId(), "diagnostic", 1, billing));
        transaction.rollback();
        InvoiceNumber next = number(orders.place(customer.getId(), "diagnostic", 1, billing));

        assertEquals(first.next(), rolledBack);
        assertEquals(first.next(), next, "a rolled-back order gives its number back");
        assertEquals(2, orders.of(customer.getId()).size());
    }

    @Test
    void anOrderForAProductTheShopDoesNotSellStoresNothingAndTellsNothing() {
        Customer customer = signUp(false);

        assertThrows(UnknownProductException.class,
                () -> orders.place(customer.getId(), "time-machine", 1, new BillingDetails("Ann", "Paris")));

        assertTrue(orders.of(customer.getId()).isEmpty());
        assertEquals(List.of("DATA_COLLECTED customer-account"), facts(customer.subject()));
    }

    @Test
    void quoteRequestsFromOneAddressAreOneProspectWithOneContactEach() {
        String email = uniqueEmail();

        QuoteRequest first = quotes.receive(new QuoteRequestForm("Paul Durand", email, "Durand SARL",
                "Twelve laptops to upgrade before September."));
        QuoteRequest second = quotes.receive(new QuoteRequestForm("Paul Durand", email.toUpperCase(), null,
                "And a network printer, please."));

        long prospect = first.getProspect().getId();
        assertEquals(prospect, second.getProspect().getId());
        assertEquals(List.of("Twelve laptops to upgrade before September.", "And a network printer, please."),
                quotes.of(prospect).stream().map(QuoteRequest::getMessage).toList());
        assertEquals("prospect:" + prospect, first.getProspect().subject());
        assertEquals(List.of("CONTACT_BY_SUBJECT prospects", "CONTACT_BY_SUBJECT prospects"), facts("prospect:" + prospect));
    }

    @Test
    void leavingTheNewsletterIsRecordedAndComingBackStartsANewPeriod() {
        Customer customer = signUp(false);

        assertTrue(newsletter.subscribe(customer.getId(), NewsletterSubscription.Source.ACCOUNT));
        assertFalse(newsletter.subscribe(customer.getId(), NewsletterSubscription.Source.ACCOUNT), "already subscribed");
        assertTrue(newsletter.unsubscribe(customer.getId()));
        assertFalse(newsletter.unsubscribe(customer.getId()), "already unsubscribed");
        assertTrue(newsletter.subscribe(customer.getId(), NewsletterSubscription.Source.ACCOUNT));

        List<NewsletterSubscription> history = newsletter.history(customer.getId());
        assertEquals(2, history.size());
        assertFalse(history.get(0).isActive());
        assertTrue(history.get(1).isActive());
        assertEquals(List.of("DATA_COLLECTED customer-account", "DATA_COLLECTED newsletter",
                "HOST_EVENT newsletter unsubscribed", "DATA_COLLECTED newsletter"), facts(customer.subject()));
    }

    @Test
    void aValidSignInIsLoggedAndReportedAsSecurityData() {
        Customer customer = signUp(false);

        CredentialValidationResult result = identityStore.validate(
                new UsernamePasswordCredential(customer.getEmail().toUpperCase(), PASSWORD));

        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals(Long.toString(customer.getId()), result.getCallerPrincipal().getName());
        assertEquals(Set.of("customer"), result.getCallerGroups());
        List<SignInRecord> log = signIns.of(customer.getId());
        assertEquals(1, log.size());
        assertFalse(log.get(0).getIpAddress() == null || log.get(0).getIpAddress().isBlank());
        assertEquals(List.of("DATA_COLLECTED customer-account", "DATA_COLLECTED security-logs"), facts(customer.subject()));
    }

    @Test
    void aWrongPasswordOrAnUnknownAddressIsRefusedAndNotLogged() {
        Customer customer = signUp(false);

        assertEquals(CredentialValidationResult.Status.INVALID, identityStore.validate(
                new UsernamePasswordCredential(customer.getEmail(), "not the password")).getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID, identityStore.validate(
                new UsernamePasswordCredential(uniqueEmail(), PASSWORD)).getStatus());

        assertTrue(signIns.of(customer.getId()).isEmpty());
        assertEquals(List.of("DATA_COLLECTED customer-account"), facts(customer.subject()));
    }

    private Customer signUp(boolean newsletterOptIn) {
        return accounts.signUp(new NewCustomer("Ann Martin", uniqueEmail(), PASSWORD, "Atelier Martin", newsletterOptIn));
    }

    private static InvoiceNumber number(CustomerOrder order) {
        return InvoiceNumber.parse(order.getInvoice().getNumber());
    }

    /** What the module holds about a subject, oldest first: kind, activity and event name. */
    private List<String> facts(String subject) {
        return ledger.about(subject).stream().map(ShopServicesIT::describe).toList();
    }

    private static String describe(RecordedFact fact) {
        return fact.getKind() + " " + fact.getActivity() + (fact.getHostEvent() == null ? "" : " " + fact.getHostEvent());
    }

    private static String uniqueEmail() {
        return "ann." + UUID.randomUUID() + "@example.com";
    }
}

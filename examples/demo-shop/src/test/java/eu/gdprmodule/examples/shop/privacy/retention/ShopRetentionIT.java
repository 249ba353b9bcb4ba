package eu.gdprmodule.examples.shop.privacy.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.config.ModuleClock;
import eu.gdprmodule.examples.shop.BuiltShop;
import eu.gdprmodule.examples.shop.customer.Customer;
import eu.gdprmodule.examples.shop.customer.CustomerAccounts;
import eu.gdprmodule.examples.shop.customer.NewCustomer;
import eu.gdprmodule.examples.shop.infrastructure.ShopDatabase;
import eu.gdprmodule.examples.shop.order.BillingDetails;
import eu.gdprmodule.examples.shop.order.CustomerOrder;
import eu.gdprmodule.examples.shop.order.Orders;
import eu.gdprmodule.examples.shop.privacy.requests.ShopSql;
import eu.gdprmodule.examples.shop.quote.QuoteDesk;
import eu.gdprmodule.examples.shop.quote.QuoteRequest;
import eu.gdprmodule.examples.shop.quote.QuoteRequestForm;
import eu.gdprmodule.retention.RetentionBusy;
import eu.gdprmodule.retention.RetentionEngine;
import eu.gdprmodule.retention.RetentionRun;
import eu.gdprmodule.retention.RetentionRuns;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shop's data expires by the rules of its own register file, inside the built WAR on a real
 * Payara Micro, with the module's clock moved instead of waiting years: prospects go three years
 * after their last contact, customers are archived three years after their last order and
 * anonymised after five, invoices stay ten years.
 */
@ExtendWith(ArquillianExtension.class)
class ShopRetentionIT {

    private static final String PASSWORD = "correct horse battery staple";

    @Deployment
    static WebArchive shop() {
        return BuiltShop.war().addClasses(ShopRetentionIT.class, BuiltShop.class);
    }

    @Inject
    ModuleClock clock;

    @Inject
    RetentionEngine engine;

    @Inject
    RetentionRuns runs;

    @Inject
    QuoteDesk quotes;

    @Inject
    CustomerAccounts accounts;

    @Inject
    Orders orders;

    @Resource(lookup = ShopDatabase.DATA_SOURCE)
    DataSource shopDb;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aProspectIsDeletedThreeYearsAfterTheLastContact() {
        QuoteRequest quote = quotes.receive(new QuoteRequestForm("Paul Durand", unique(), "Durand SARL", "Twelve laptops to upgrade."));
        long prospect = quote.getProspect().getId();

        at(Period.ofYears(3).minusDays(1));
        run();
        assertEquals(1, rows("SELECT COUNT(*) FROM SHOP_PROSPECT WHERE ID = ?", prospect), "kept until three years have passed");

        at(Period.ofYears(3).plusDays(1));
        RetentionRun run = run();
        assertEquals(0, rows("SELECT COUNT(*) FROM SHOP_PROSPECT WHERE ID = ?", prospect));
        assertEquals(0, rows("SELECT COUNT(*) FROM SHOP_QUOTE_REQUEST WHERE PROSPECT_ID = ?", prospect), "with the quote requests");
        assertTrue(lines(run, "prospects", "deleted") >= 2, runs.results(run.id()).toString());
    }

    @Test
    void aCustomerIsArchivedThenAnonymisedAfterTheLastOrderAndTheInvoiceKeptTenYears() {
        String email = unique();
        Customer customer = accounts.signUp(new NewCustomer("Ann Martin", email, PASSWORD, null, false));
        CustomerOrder order = orders.place(customer.getId(), "diagnostic", 1, new BillingDetails("Ann Martin", "3 rue des Lilas, Poitiers"));
        String invoice = order.getInvoice().getNumber();

        at(Period.ofYears(3).plusDays(1));
        RetentionRun archived = run();
        assertTrue(accounts.byEmail(email).orElseThrow().isArchived(), "archived three years after the last order");
        assertTrue(lines(archived, "customer-account", "archived") >= 1, runs.results(archived.id()).toString());
        assertEquals(1, orders.of(customer.getId()).size(), "the orders stay linked while the account is archived");

        at(Period.ofYears(5).plusDays(1));
        RetentionRun anonymised = run();
        assertTrue(accounts.byEmail(email).isEmpty(), "the address is gone");
        assertEquals("Anonymised customer", accounts.byId(customer.getId()).orElseThrow().getFullName());
        assertTrue(orders.of(customer.getId()).isEmpty(), "the orders are no longer linked to the person");
        assertEquals(1, rows("SELECT COUNT(*) FROM SHOP_INVOICE WHERE INVOICE_NUMBER = ?", invoice), "the invoice is kept");
        List<RetentionRun.Result> results = runs.results(anonymised.id());
        assertTrue(results.stream().anyMatch(r -> r.rule().equals("customer-account") && r.outcome().equals("kept")
                && r.detail().contains("L123-22")), "the kept invoice is in the run log with its reason: " + results);

        RetentionRun again = run();
        assertEquals(0, lines(again, "customer-account", "anonymised"), "a second run changes nothing");

        at(Period.ofYears(10).plusDays(1));
        RetentionRun tenYears = run();
        assertEquals(0, rows("SELECT COUNT(*) FROM SHOP_INVOICE WHERE INVOICE_NUMBER = ?", invoice), "deleted after ten years");
        assertTrue(lines(tenYears, "billing", "deleted") >= 1, runs.results(tenYears.id()).toString());
    }

    // ---- helpers

    /** The module's clock this long after now (the shop's facts and rows are dated now). */
    private void at(Period ahead) {
        Instant target = Instant.now().atZone(ZoneOffset.UTC).plus(ahead).toInstant();
        clock.set(Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), target)));
    }

    private RetentionRun run() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try {
                RetentionRun run = engine.runNow("shop-retention-it");
                assertEquals(RetentionRun.COMPLETED, run.status());
                return run;
            } catch (RetentionBusy busy) {
                if (System.nanoTime() > deadline) {
                    throw busy;
                }
                try {
                    Thread.sleep(500); // the catch-up run of the server's start holds the lease: a real wait
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private long lines(RetentionRun run, String rule, String outcome) {
        return runs.results(run.id()).stream().filter(r -> r.rule().equals(rule) && r.outcome().equals(outcome))
                .mapToLong(RetentionRun.Result::count).sum();
    }

    private long rows(String select, Object... parameters) {
        return new ShopSql(shopDb).count(select, parameters);
    }

    private static String unique() {
        return "retention-" + UUID.randomUUID() + "@example.com";
    }
}

package eu.gdprmodule.examples.shop.privacy.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.gdprmodule.api.DataSubject;
import eu.gdprmodule.api.PersonalDataErasure;
import eu.gdprmodule.api.PersonalDataErasure.Line;
import eu.gdprmodule.api.PersonalDataErasure.Outcome;
import eu.gdprmodule.examples.shop.infrastructure.ShopTestDatabase;
import eu.gdprmodule.examples.shop.privacy.DataSubjects;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every contributor of the shop, called in their {@code @Priority} order as the module calls them. */
class ShopErasureTest {

    private ShopTestDatabase database;
    private ShopRows rows;
    private Map<Integer, Consumer<PersonalDataErasure>> contributors;
    private DataSubject ann;

    @BeforeEach
    void aCustomerWithSomethingOfEveryKind() {
        database = ShopTestDatabase.migrated();
        rows = new ShopRows(database.dataSource());
        contributors = contributors(database.dataSource());
        long id = rows.customer("ann@example.com", "Ann Martin");
        ann = new DataSubject("ann@example.com", "Ann Martin", DataSubjects.customer(id));
        rows.invoicedOrder(id, LocalDateTime.of(2024, 5, 6, 10, 0), "INV-2024-000007", "Ann Martin");
        rows.invoicedOrder(id, LocalDateTime.of(2025, 1, 9, 10, 0), "INV-2025-000002", "Ann Martin");
        rows.signIn(id, LocalDateTime.of(2025, 1, 9, 9, 55), "192.0.2.1");
        rows.subscription(id, LocalDateTime.of(2024, 1, 1, 0, 0), null);
        rows.quoteRequest(rows.prospect("ann@example.com", "Ann"), "Ten laptops", LocalDateTime.of(2023, 1, 1, 0, 0));
    }

    @AfterEach
    void dropShop() {
        database.drop();
    }

    @Test
    void leavesOnlyTheInvoicesAndTheirLinesLinkedToNobody() {
        PersonalDataErasure erasure = erase(false);

        assertEquals(List.of(
                kept("invoices", InvoiceData.KEPT_BECAUSE, LocalDate.of(2034, 5, 6)),
                kept("invoices", InvoiceData.KEPT_BECAUSE, LocalDate.of(2035, 1, 9)),
                kept("orders", OrderData.KEPT_BECAUSE, LocalDate.of(2034, 5, 6)),
                kept("orders", OrderData.KEPT_BECAUSE, LocalDate.of(2035, 1, 9)),
                new Line("newsletter", Outcome.ERASED, 1, null, null),
                new Line("quote-requests", Outcome.ERASED, 1, null, null),
                new Line("prospect", Outcome.ERASED, 1, null, null),
                new Line("sign-ins", Outcome.ERASED, 1, null, null),
                new Line("account", Outcome.ERASED, 1, null, null)), erasure.lines());
        assertEquals(0, rows.count("SELECT COUNT(*) FROM SHOP_CUSTOMER"));
        assertEquals(0, rows.count("SELECT COUNT(*) FROM SHOP_PROSPECT"));
        assertEquals(2, rows.count("SELECT COUNT(*) FROM SHOP_ORDER o JOIN SHOP_INVOICE i ON i.ORDER_ID = o.ID"
                + " WHERE o.CUSTOMER_ID IS NULL AND i.BILLING_NAME = 'Ann Martin'"));
    }

    @Test
    void aPreviewReportsWhatTheErasureDoesAndLeavesEverything() {
        PersonalDataErasure preview = erase(true);
        assertEquals(1, rows.count("SELECT COUNT(*) FROM SHOP_CUSTOMER"));
        assertEquals(2, rows.count("SELECT COUNT(*) FROM SHOP_ORDER WHERE CUSTOMER_ID IS NOT NULL"));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM SHOP_QUOTE_REQUEST"));

        assertEquals(erase(false).lines(), preview.lines());
    }

    @Test
    void runAgainItFindsNothingLeft() {
        erase(false);

        assertEquals(List.of(), erase(false).lines());
    }

    private PersonalDataErasure erase(boolean preview) {
        PersonalDataErasure erasure = new PersonalDataErasure(ann, "R-1", preview);
        contributors.values().forEach(contributor -> contributor.accept(erasure));
        return erasure;
    }

    private static Line kept(String kind, String reason, LocalDate until) {
        return new Line(kind, Outcome.KEPT, 1, reason, until);
    }

    private static Map<Integer, Consumer<PersonalDataErasure>> contributors(DataSource db) {
        Map<Integer, Consumer<PersonalDataErasure>> byPriority = new TreeMap<>(Comparator.naturalOrder());
        InvoiceData invoices = new InvoiceData();
        invoices.db = db;
        byPriority.put(ContributorPriorities.INVOICES, invoices::erase);
        OrderData orders = new OrderData();
        orders.db = db;
        byPriority.put(ContributorPriorities.ORDERS, orders::erase);
        NewsletterData newsletter = new NewsletterData();
        newsletter.db = db;
        byPriority.put(ContributorPriorities.NEWSLETTER, newsletter::erase);
        ProspectData prospects = new ProspectData();
        prospects.db = db;
        byPriority.put(ContributorPriorities.PROSPECTS, prospects::erase);
        SignInData signIns = new SignInData();
        signIns.db = db;
        byPriority.put(ContributorPriorities.SIGN_INS, signIns::erase);
        CustomerAccountData accounts = new CustomerAccountData();
        accounts.db = db;
        byPriority.put(ContributorPriorities.ACCOUNT, accounts::erase);
        return byPriority;
    }
}

package eu.gdprmodule.examples.shop.privacy.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.DataSubject;
import eu.gdprmodule.api.PersonalDataErasure;
import eu.gdprmodule.api.PersonalDataExport;
import eu.gdprmodule.examples.shop.infrastructure.ShopTestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvoiceDataTest {

    private ShopTestDatabase database;
    private ShopRows rows;
    private InvoiceData invoices;
    private long ann;

    @BeforeEach
    void shop() {
        database = ShopTestDatabase.migrated();
        rows = new ShopRows(database.dataSource());
        invoices = new InvoiceData();
        invoices.db = database.dataSource();
        ann = rows.customer("ann@example.com", "Ann Martin");
    }

    @AfterEach
    void dropShop() {
        database.drop();
    }

    @Test
    void exportsEveryInvoiceOnceInIssueOrderAcrossPages() {
        for (int i = 1; i <= 23; i++) {
            rows.invoicedOrder(ann, LocalDateTime.of(2024, 1, 1, 9, 0).plusDays(i * 20L), "INV-%06d".formatted(i), "Ann Martin");
        }
        long paul = rows.customer("paul@example.com", "Paul");
        rows.invoicedOrder(paul, LocalDateTime.of(2024, 6, 1, 9, 0), "INV-PAUL", "Paul");

        PersonalDataExport export = new PersonalDataExport(new DataSubject("ann@example.com", "", null), "R-1");
        invoices.export(export);

        List<List<?>> read = ShopRows.read(ShopRows.kind(export, InvoiceData.KIND), 10);
        assertEquals(23, read.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals("INV-%06d".formatted(i + 1), read.get(i).get(0), "row " + i);
        }
        List<?> first = read.get(0);
        assertEquals(LocalDate.of(2024, 1, 21), first.get(1));
        assertEquals("Ann Martin", first.get(2));
        assertEquals(0, new BigDecimal("46.80").compareTo((BigDecimal) first.get(7)));
        assertEquals(9, first.size(), "one value per column");
    }

    @Test
    void keepsTheInvoicesUnchangedAndSaysUntilWhenPerYearOfIssue() {
        rows.invoicedOrder(ann, LocalDateTime.of(2023, 3, 1, 9, 0), "INV-2023-000001", "Ann Martin");
        rows.invoicedOrder(ann, LocalDateTime.of(2023, 11, 15, 9, 0), "INV-2023-000002", "Ann Martin");
        rows.invoicedOrder(ann, LocalDateTime.of(2024, 2, 2, 9, 0), "INV-2024-000001", "Ann Martin, Atelier");

        PersonalDataErasure erasure = new PersonalDataErasure(new DataSubject("ann@example.com", "", null), "R-1", false);
        invoices.erase(erasure);

        assertEquals(List.of(
                new PersonalDataErasure.Line("invoices", PersonalDataErasure.Outcome.KEPT, 2, InvoiceData.KEPT_BECAUSE,
                        LocalDate.of(2033, 11, 15)),
                new PersonalDataErasure.Line("invoices", PersonalDataErasure.Outcome.KEPT, 1, InvoiceData.KEPT_BECAUSE,
                        LocalDate.of(2034, 2, 2))), erasure.lines());
        assertTrue(InvoiceData.KEPT_BECAUSE.contains("L123-22"), "the legal reason names the law");
        assertEquals(3, rows.count("SELECT COUNT(*) FROM SHOP_INVOICE WHERE BILLING_NAME LIKE 'Ann Martin%'"),
                "the buyer's name stays on each invoice");
    }

    @Test
    void findsNothingForSomeoneWithoutAnAccount() {
        rows.invoicedOrder(ann, LocalDateTime.of(2024, 2, 2, 9, 0), "INV-2024-000001", "Ann Martin");
        DataSubject stranger = new DataSubject("zoe@example.com", "", null);

        PersonalDataExport export = new PersonalDataExport(stranger, "R-1");
        invoices.export(export);
        PersonalDataErasure erasure = new PersonalDataErasure(stranger, "R-1", false);
        invoices.erase(erasure);

        assertTrue(export.kinds().isEmpty());
        assertTrue(erasure.lines().isEmpty());
    }
}

package eu.gdprmodule.examples.shop.privacy.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.gdprmodule.api.DataSubject;
import eu.gdprmodule.api.PersonalDataErasure;
import eu.gdprmodule.api.PersonalDataErasure.Line;
import eu.gdprmodule.api.PersonalDataErasure.Outcome;
import eu.gdprmodule.api.PersonalDataExport;
import eu.gdprmodule.examples.shop.infrastructure.ShopTestDatabase;
import eu.gdprmodule.examples.shop.privacy.DataSubjects;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderDataTest {

    private static final LocalDateTime START = LocalDateTime.of(2020, 1, 1, 8, 0);

    private ShopTestDatabase database;
    private ShopRows rows;
    private OrderData orders;
    private long ann;
    private DataSubject annFromHerAccount;

    @BeforeEach
    void shop() {
        database = ShopTestDatabase.migrated();
        rows = new ShopRows(database.dataSource());
        orders = new OrderData();
        orders.db = database.dataSource();
        ann = rows.customer("ann@example.com", "Ann Martin");
        annFromHerAccount = new DataSubject("ann@example.com", "Ann Martin", DataSubjects.customer(ann));
    }

    @AfterEach
    void dropShop() {
        database.drop();
    }

    @Test
    void exportsAThousandOrdersOldestFirstAPageAtATimeWithTheirInvoiceNumber() {
        for (int i = 0; i < 1_000; i++) {
            // placed in an order that is not the ids' order: the export sorts by date
            rows.order(ann, START.plusHours((i * 7L) % 1_000));
        }
        rows.invoicedOrder(ann, START.plusYears(1), "INV-2021-000001", "Ann Martin");

        PersonalDataExport export = new PersonalDataExport(annFromHerAccount, "R-1");
        orders.export(export);
        List<List<?>> read = ShopRows.read(ShopRows.kind(export, OrderData.KIND), 100);

        assertEquals(1_001, read.size());
        for (int i = 0; i < 1_000; i++) {
            assertEquals(START.plusHours(i), read.get(i).get(1), "row " + i);
        }
        assertEquals("INV-2021-000001", read.get(1_000).get(6));
        assertEquals(1_001, read.stream().map(row -> row.get(0)).distinct().count(), "no order twice");
    }

    @Test
    void cutsTheInvoicedOrdersFromTheAccountAndDeletesTheOthers() {
        long invoiced = rows.invoicedOrder(ann, LocalDateTime.of(2024, 5, 6, 10, 0), "INV-2024-000007", "Ann Martin");
        rows.order(ann, LocalDateTime.of(2024, 6, 1, 10, 0));
        long paul = rows.customer("paul@example.com", "Paul");
        rows.order(paul, LocalDateTime.of(2024, 6, 1, 10, 0));

        PersonalDataErasure erasure = new PersonalDataErasure(annFromHerAccount, "R-1", false);
        orders.erase(erasure);

        assertEquals(List.of(new Line("orders", Outcome.KEPT, 1, OrderData.KEPT_BECAUSE, LocalDate.of(2034, 5, 6)),
                new Line("orders", Outcome.ERASED, 1, null, null)), erasure.lines());
        assertEquals(0, rows.count("SELECT COUNT(*) FROM SHOP_ORDER WHERE CUSTOMER_ID = ?", ann));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM SHOP_ORDER WHERE ID = ? AND CUSTOMER_ID IS NULL", invoiced),
                "the invoice's line stays, linked to nobody");
        assertEquals(1, rows.count("SELECT COUNT(*) FROM SHOP_ORDER WHERE CUSTOMER_ID = ?", paul), "others' orders stay");
    }

    @Test
    void aPreviewReportsTheSameAndChangesNothing() {
        rows.invoicedOrder(ann, LocalDateTime.of(2024, 5, 6, 10, 0), "INV-2024-000007", "Ann Martin");
        rows.order(ann, LocalDateTime.of(2024, 6, 1, 10, 0));

        PersonalDataErasure preview = new PersonalDataErasure(annFromHerAccount, "R-1", true);
        orders.erase(preview);
        PersonalDataErasure real = new PersonalDataErasure(annFromHerAccount, "R-1", false);
        assertEquals(2, rows.count("SELECT COUNT(*) FROM SHOP_ORDER WHERE CUSTOMER_ID = ?", ann));
        orders.erase(real);

        assertEquals(real.lines(), preview.lines());
    }

    @Test
    void aSecondErasureFindsNothingLeft() {
        rows.invoicedOrder(ann, LocalDateTime.of(2024, 5, 6, 10, 0), "INV-2024-000007", "Ann Martin");
        rows.order(ann, LocalDateTime.of(2024, 6, 1, 10, 0));
        orders.erase(new PersonalDataErasure(annFromHerAccount, "R-1", false));

        PersonalDataErasure again = new PersonalDataErasure(annFromHerAccount, "R-1", false);
        orders.erase(again);

        assertEquals(List.of(new Line("orders", Outcome.ERASED, 0, null, null)), again.lines());
    }
}

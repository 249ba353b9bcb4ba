package eu.gdprmodule.examples.shop.privacy.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.DataSubject;
import eu.gdprmodule.api.PersonalDataErasure;
import eu.gdprmodule.api.PersonalDataErasure.Line;
import eu.gdprmodule.api.PersonalDataErasure.Outcome;
import eu.gdprmodule.api.PersonalDataExport;
import eu.gdprmodule.examples.shop.infrastructure.ShopTestDatabase;
import eu.gdprmodule.examples.shop.privacy.DataSubjects;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerAccountDataTest {

    private ShopTestDatabase database;
    private ShopRows rows;
    private CustomerAccountData accounts;
    private long ann;

    @BeforeEach
    void shop() {
        database = ShopTestDatabase.migrated();
        rows = new ShopRows(database.dataSource());
        accounts = new CustomerAccountData();
        accounts.db = database.dataSource();
        ann = rows.customer("ann@example.com", "Ann Martin");
    }

    @AfterEach
    void dropShop() {
        database.drop();
    }

    @Test
    void exportsTheProfileWithoutThePasswordHash() {
        PersonalDataExport export = new PersonalDataExport(new DataSubject("Ann@Example.com", "", null), "R-1");
        accounts.export(export);

        PersonalDataExport.Kind account = ShopRows.kind(export, CustomerAccountData.KIND);
        assertEquals(List.of(List.of(ann, "Ann Martin", "ann@example.com", "Atelier", LocalDateTime.of(2024, 1, 5, 9, 0))),
                ShopRows.read(account, 10));
        assertTrue(account.columns().stream().noneMatch(c -> c.contains("password")), account.columns()::toString);
    }

    @Test
    void theReferenceFromTheAccountPageNamesTheAccountEvenIfTheAddressNowBelongsToAnother() {
        long paul = rows.customer("paul@example.com", "Paul");
        PersonalDataExport export = new PersonalDataExport(
                new DataSubject("ann@example.com", "", DataSubjects.customer(paul)), "R-1");
        accounts.export(export);

        assertEquals("Paul", ShopRows.read(ShopRows.kind(export, CustomerAccountData.KIND), 10).get(0).get(1));
    }

    @Test
    void erasesTheAccountOnceAndAPreviewChangesNothing() {
        DataSubject subject = new DataSubject("ann@example.com", "", DataSubjects.customer(ann));

        PersonalDataErasure preview = new PersonalDataErasure(subject, "R-1", true);
        accounts.erase(preview);
        assertEquals(1, rows.count("SELECT COUNT(*) FROM SHOP_CUSTOMER WHERE ID = ?", ann));
        PersonalDataErasure real = new PersonalDataErasure(subject, "R-1", false);
        accounts.erase(real);
        PersonalDataErasure again = new PersonalDataErasure(subject, "R-1", false);
        accounts.erase(again);

        assertEquals(List.of(new Line("account", Outcome.ERASED, 1, null, null)), preview.lines());
        assertEquals(preview.lines(), real.lines());
        assertEquals(0, rows.count("SELECT COUNT(*) FROM SHOP_CUSTOMER WHERE ID = ?", ann));
        assertEquals(0, ShopRows.total(again));
    }

    @Test
    void refusesToEraseAnAccountThatOrdersStillPointTo() {
        rows.invoicedOrder(ann, LocalDateTime.of(2024, 5, 6, 10, 0), "INV-2024-000007", "Ann Martin");

        // Why the orders' contributor runs first: the foreign key keeps a half-done erasure from losing the link.
        assertThrows(IllegalStateException.class,
                () -> accounts.erase(new PersonalDataErasure(new DataSubject("ann@example.com", "", null), "R-1", false)));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM SHOP_CUSTOMER WHERE ID = ?", ann));
    }
}

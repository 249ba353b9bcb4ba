package eu.gdprmodule.examples.shop.privacy.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class ProspectDataTest {

    private static final LocalDateTime FEB = LocalDateTime.of(2025, 2, 1, 10, 0);

    private ShopTestDatabase database;
    private ShopRows rows;
    private ProspectData prospects;
    private long zoe;

    @BeforeEach
    void shop() {
        database = ShopTestDatabase.migrated();
        rows = new ShopRows(database.dataSource());
        prospects = new ProspectData();
        prospects.db = database.dataSource();
        zoe = rows.prospect("zoe@example.com", "Zoé Petit");
        rows.quoteRequest(zoe, "Five laptops to upgrade", FEB.plusDays(3));
        rows.quoteRequest(zoe, "Ten workstations", FEB);
        rows.quoteRequest(rows.prospect("max@example.com", "Max"), "A server", FEB);
    }

    @AfterEach
    void dropShop() {
        database.drop();
    }

    @Test
    void exportsTheContactDetailsAndEachRequestFoundByAddress() {
        PersonalDataExport export = new PersonalDataExport(new DataSubject("zoe@example.com", "", null), "R-1");
        prospects.export(export);

        assertEquals("Zoé Petit", ShopRows.read(ShopRows.kind(export, ProspectData.DETAILS), 10).get(0).get(0));
        assertEquals(List.of(List.of(FEB, "Ten workstations"), List.of(FEB.plusDays(3), "Five laptops to upgrade")),
                ShopRows.read(ShopRows.kind(export, ProspectData.REQUESTS), 1));
    }

    @Test
    void aCustomersRequestFindsTheQuotesAskedWithTheSameAddress() {
        PersonalDataExport export = new PersonalDataExport(
                new DataSubject("zoe@example.com", "", DataSubjects.customer(99)), "R-1");
        prospects.export(export);

        assertEquals(2, ShopRows.read(ShopRows.kind(export, ProspectData.REQUESTS), 10).size());
    }

    @Test
    void erasesTheProspectAndTheirRequestsAfterAPreviewThatChangedNothing() {
        DataSubject subject = new DataSubject("zoe@example.com", "", DataSubjects.prospect(zoe));

        PersonalDataErasure preview = new PersonalDataErasure(subject, "R-1", true);
        prospects.erase(preview);
        assertEquals(3, rows.count("SELECT COUNT(*) FROM SHOP_QUOTE_REQUEST"));
        PersonalDataErasure real = new PersonalDataErasure(subject, "R-1", false);
        prospects.erase(real);
        PersonalDataErasure again = new PersonalDataErasure(subject, "R-1", false);
        prospects.erase(again);

        assertEquals(List.of(new Line("quote-requests", Outcome.ERASED, 2, null, null),
                new Line("prospect", Outcome.ERASED, 1, null, null)), preview.lines());
        assertEquals(preview.lines(), real.lines());
        assertEquals(0, rows.count("SELECT COUNT(*) FROM SHOP_PROSPECT WHERE ID = ?", zoe));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM SHOP_QUOTE_REQUEST"), "Max's stays");
        assertTrue(again.lines().isEmpty());
    }
}

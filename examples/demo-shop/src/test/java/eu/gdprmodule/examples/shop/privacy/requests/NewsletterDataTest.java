package eu.gdprmodule.examples.shop.privacy.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.gdprmodule.api.DataSubject;
import eu.gdprmodule.api.PersonalDataErasure;
import eu.gdprmodule.api.PersonalDataErasure.Line;
import eu.gdprmodule.api.PersonalDataErasure.Outcome;
import eu.gdprmodule.api.PersonalDataExport;
import eu.gdprmodule.examples.shop.infrastructure.ShopTestDatabase;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NewsletterDataTest {

    private static final DataSubject ANN = new DataSubject("ann@example.com", "", null);
    private static final LocalDateTime JAN = LocalDateTime.of(2024, 1, 10, 12, 0);

    private ShopTestDatabase database;
    private ShopRows rows;
    private NewsletterData newsletter;
    private long ann;

    @BeforeEach
    void shop() {
        database = ShopTestDatabase.migrated();
        rows = new ShopRows(database.dataSource());
        newsletter = new NewsletterData();
        newsletter.db = database.dataSource();
        ann = rows.customer("ann@example.com", "Ann Martin");
        rows.subscription(ann, JAN.plusMonths(6), null);
        rows.subscription(ann, JAN, JAN.plusMonths(2));
    }

    @AfterEach
    void dropShop() {
        database.drop();
    }

    @Test
    void exportsEveryPeriodOldestFirstWithWhereItWasGiven() {
        PersonalDataExport export = new PersonalDataExport(ANN, "R-1");
        newsletter.export(export);

        assertEquals(List.of(List.of(JAN, "ACCOUNT", JAN.plusMonths(2)), Arrays.asList(JAN.plusMonths(6), "ACCOUNT", null)),
                ShopRows.read(ShopRows.kind(export, NewsletterData.KIND), 10));
    }

    @Test
    void erasesCurrentAndEndedPeriodsOnlyWhenNotAPreview() {
        PersonalDataErasure preview = new PersonalDataErasure(ANN, "R-1", true);
        newsletter.erase(preview);
        assertEquals(2, rows.count("SELECT COUNT(*) FROM SHOP_NEWSLETTER_SUBSCRIPTION"));
        PersonalDataErasure real = new PersonalDataErasure(ANN, "R-1", false);
        newsletter.erase(real);
        PersonalDataErasure again = new PersonalDataErasure(ANN, "R-1", false);
        newsletter.erase(again);

        assertEquals(List.of(new Line("newsletter", Outcome.ERASED, 2, null, null)), preview.lines());
        assertEquals(preview.lines(), real.lines());
        assertEquals(0, rows.count("SELECT COUNT(*) FROM SHOP_NEWSLETTER_SUBSCRIPTION"));
        assertEquals(0, ShopRows.total(again));
    }
}

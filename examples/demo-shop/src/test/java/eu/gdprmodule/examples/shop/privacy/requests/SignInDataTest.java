package eu.gdprmodule.examples.shop.privacy.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.gdprmodule.api.DataSubject;
import eu.gdprmodule.api.PersonalDataErasure;
import eu.gdprmodule.api.PersonalDataErasure.Line;
import eu.gdprmodule.api.PersonalDataErasure.Outcome;
import eu.gdprmodule.api.PersonalDataExport;
import eu.gdprmodule.examples.shop.infrastructure.ShopTestDatabase;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInDataTest {

    private static final DataSubject ANN = new DataSubject("ann@example.com", "", null);

    private ShopTestDatabase database;
    private ShopRows rows;
    private SignInData signIns;
    private long ann;

    @BeforeEach
    void shop() {
        database = ShopTestDatabase.migrated();
        rows = new ShopRows(database.dataSource());
        signIns = new SignInData();
        signIns.db = database.dataSource();
        ann = rows.customer("ann@example.com", "Ann Martin");
        rows.signIn(ann, LocalDateTime.of(2025, 3, 2, 8, 0), "2001:db8::1");
        rows.signIn(ann, LocalDateTime.of(2025, 3, 1, 8, 0), "192.0.2.1");
        rows.signIn(rows.customer("paul@example.com", "Paul"), LocalDateTime.of(2025, 3, 1, 9, 0), "192.0.2.9");
    }

    @AfterEach
    void dropShop() {
        database.drop();
    }

    @Test
    void exportsTheSignInsOldestFirst() {
        PersonalDataExport export = new PersonalDataExport(ANN, "R-1");
        signIns.export(export);

        assertEquals(List.of(List.of(LocalDateTime.of(2025, 3, 1, 8, 0), "192.0.2.1"),
                List.of(LocalDateTime.of(2025, 3, 2, 8, 0), "2001:db8::1")),
                ShopRows.read(ShopRows.kind(export, SignInData.KIND), 1));
    }

    @Test
    void erasesThemAfterAPreviewThatChangedNothingAndThenFindsNone() {
        PersonalDataErasure preview = new PersonalDataErasure(ANN, "R-1", true);
        signIns.erase(preview);
        assertEquals(2, rows.count("SELECT COUNT(*) FROM SHOP_SIGN_IN WHERE CUSTOMER_ID = ?", ann));
        PersonalDataErasure real = new PersonalDataErasure(ANN, "R-1", false);
        signIns.erase(real);
        PersonalDataErasure again = new PersonalDataErasure(ANN, "R-1", false);
        signIns.erase(again);

        assertEquals(List.of(new Line("sign-ins", Outcome.ERASED, 2, null, null)), preview.lines());
        assertEquals(preview.lines(), real.lines());
        assertEquals(0, ShopRows.total(again));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM SHOP_SIGN_IN"), "Paul's stays");
    }
}

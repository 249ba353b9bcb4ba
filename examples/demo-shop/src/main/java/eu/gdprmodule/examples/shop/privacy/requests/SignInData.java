package eu.gdprmodule.examples.shop.privacy.requests;

import eu.gdprmodule.api.PersonalDataErasure;
import eu.gdprmodule.api.PersonalDataExport;
import eu.gdprmodule.examples.shop.infrastructure.ShopData;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import javax.sql.DataSource;

/**
 * A customer's sign-ins (time and IP address): exported, and erased with the account.
 *
 * <p>Why erased: they are kept (12 months) to trace a takeover of the account, a legitimate
 * interest (Art. 6(1)(f) GDPR) that ends with the account; no law requires a web shop to keep
 * its customers' connection logs (the French obligation to keep them, CPCE art. L34-1, is an
 * operator's or a host's, not a merchant's).
 */
@ApplicationScoped
public class SignInData {

    static final String KIND = "sign-ins";

    @Inject
    @ShopData
    DataSource db;

    void export(@Observes @Priority(ContributorPriorities.SIGN_INS) PersonalDataExport export) {
        ShopSql sql = new ShopSql(db);
        new ShopSubjects(sql).customer(export.subject()).ifPresent(customer -> export.kind(KIND, "Sign-ins",
                List.of("signed in at", "IP address"),
                (first, max) -> sql.page("SELECT SIGNED_IN_AT, IP_ADDRESS FROM SHOP_SIGN_IN WHERE CUSTOMER_ID = ?"
                        + " ORDER BY SIGNED_IN_AT, ID", first, max, customer)));
    }

    @Transactional
    void erase(@Observes @Priority(ContributorPriorities.SIGN_INS) PersonalDataErasure erasure) {
        ShopSql sql = new ShopSql(db);
        new ShopSubjects(sql).customer(erasure.subject()).ifPresent(customer -> {
            long signIns = erasure.preview()
                    ? sql.count("SELECT COUNT(*) FROM SHOP_SIGN_IN WHERE CUSTOMER_ID = ?", customer)
                    : sql.update("DELETE FROM SHOP_SIGN_IN WHERE CUSTOMER_ID = ?", customer);
            erasure.erased(KIND, signIns);
        });
    }
}

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
 * The customer account itself: name, address, company, when it was opened. Exported as one row
 * (the password hash is not the person's data to take away: it is a security measure, and of no
 * use to anyone outside the shop); erased outright, last of the shop's contributors.
 *
 * <p>Why erased and not kept: the account exists for the contract (Art. 6(1)(b) GDPR), and the
 * person asking for erasure ends it; nothing in law keeps an account. The five-year archive the
 * privacy policy gives for claims after the relationship (French Civil Code, art. 2224) is the
 * orders' and invoices' to cover, and they stay ({@link OrderData}, {@link InvoiceData}). Called
 * after every other contributor of the customer, since their rows point to this one.
 */
@ApplicationScoped
public class CustomerAccountData {

    static final String KIND = "account";

    @Inject
    @ShopData
    DataSource db;

    void export(@Observes @Priority(ContributorPriorities.ACCOUNT) PersonalDataExport export) {
        ShopSql sql = new ShopSql(db);
        new ShopSubjects(sql).customer(export.subject()).ifPresent(customer -> export.kind(KIND, "Customer account",
                List.of("customer number", "name", "e-mail address", "company", "customer since"),
                (first, max) -> sql.page("SELECT ID, FULL_NAME, EMAIL, COMPANY, CREATED_AT FROM SHOP_CUSTOMER"
                        + " WHERE ID = ? ORDER BY ID", first, max, customer)));
    }

    @Transactional
    void erase(@Observes @Priority(ContributorPriorities.ACCOUNT) PersonalDataErasure erasure) {
        ShopSql sql = new ShopSql(db);
        new ShopSubjects(sql).customer(erasure.subject()).ifPresent(customer -> {
            if (!erasure.preview()) {
                sql.update("DELETE FROM SHOP_CUSTOMER WHERE ID = ?", customer);
            }
            erasure.erased(KIND, 1);
        });
    }
}

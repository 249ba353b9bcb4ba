package eu.gdprmodule.examples.shop.privacy.retention;

import eu.gdprmodule.api.RetentionDue;
import eu.gdprmodule.examples.shop.infrastructure.ShopClock;
import eu.gdprmodule.examples.shop.infrastructure.ShopDatabase;
import eu.gdprmodule.examples.shop.privacy.DataSubjects;
import eu.gdprmodule.examples.shop.privacy.ProcessingActivities;
import eu.gdprmodule.examples.shop.privacy.requests.ShopSql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;

/**
 * Customer accounts and orders after the customer's last order (the register's
 * "customer-account" and "orders" rules, started by the host event {@code last-order}):
 * <ul>
 * <li>three years on, the account is archived: kept only for claims (French Civil Code,
 * art. 2224), it can no longer be signed in to;</li>
 * <li>five years on, it is anonymised irreversibly (Recital 26): name, address and password go;
 * the orders are no longer linked to the person. The invoices stay, ten years from their issue
 * (French Commercial Code, art. L123-22), and are reported as kept.</li>
 * </ul>
 */
@ApplicationScoped
public class CustomerRetention {

    static final String INVOICES_KEPT = "French Commercial Code, art. L123-22: invoices are kept ten years from their issue (billing)";

    @Resource(lookup = ShopDatabase.DATA_SOURCE)
    DataSource db;

    @Inject
    ShopClock clock;

    @Transactional
    public void purge(@Observes RetentionDue due) {
        if (due.subject().isEmpty()) {
            return;
        }
        boolean account = due.activity().equals(ProcessingActivities.CUSTOMER_ACCOUNT);
        boolean orders = due.activity().equals(ProcessingActivities.ORDERS);
        if (!account && !orders) {
            return;
        }
        DataSubjects.customerId(due.subject().get()).ifPresent(customer -> {
            ShopSql sql = new ShopSql(db);
            if (orders && due.stage() == RetentionDue.Stage.END) {
                due.anonymised("orders", sql.update("UPDATE SHOP_ORDER SET CUSTOMER_ID = NULL WHERE CUSTOMER_ID = ?", customer));
            } else if (account && due.stage() == RetentionDue.Stage.ARCHIVE) {
                due.archived("account", sql.update("UPDATE SHOP_CUSTOMER SET ARCHIVED_AT = ? WHERE ID = ? AND ARCHIVED_AT IS NULL",
                        clock.now(), customer));
            } else if (account) {
                long invoices = sql.count("SELECT COUNT(*) FROM SHOP_INVOICE i JOIN SHOP_ORDER o ON o.ID = i.ORDER_ID"
                        + " WHERE o.CUSTOMER_ID = ?", customer);
                int anonymised = sql.update("UPDATE SHOP_CUSTOMER SET EMAIL = ?, FULL_NAME = 'Anonymised customer', COMPANY = NULL,"
                        + " PASSWORD_HASH = '-', ARCHIVED_AT = COALESCE(ARCHIVED_AT, ?) WHERE ID = ? AND EMAIL <> ?",
                        anonymousAddress(customer), clock.now(), customer, anonymousAddress(customer));
                due.anonymised("account", anonymised);
                if (anonymised > 0 && invoices > 0) {
                    due.kept("invoices", invoices, INVOICES_KEPT);
                }
            }
        });
    }

    /** Unique (the column is), and says nothing about the person. */
    static String anonymousAddress(long customer) {
        return "anonymised-" + customer + "@invalid";
    }
}

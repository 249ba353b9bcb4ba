package eu.gdprmodule.examples.shop.privacy.retention;

import eu.gdprmodule.api.RetentionDue;
import eu.gdprmodule.examples.shop.infrastructure.ShopDatabase;
import eu.gdprmodule.examples.shop.privacy.ProcessingActivities;
import eu.gdprmodule.examples.shop.privacy.requests.ShopSql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import eu.gdprmodule.examples.shop.infrastructure.ShopClock;
import javax.sql.DataSource;

/**
 * Invoices, deleted ten years after their issue (French Commercial Code, art. L123-22; the
 * register's "billing" rule). Each invoice carries its own date, so the shop answers the per-rule
 * event: every invoice issued before the day the period reaches goes, with its order line when the
 * order is no longer linked to a customer (its customer was anonymised or erased).
 */
@ApplicationScoped
public class InvoiceRetention {

    @Resource(lookup = ShopDatabase.DATA_SOURCE)
    DataSource db;

    @Transactional
    public void purge(@Observes RetentionDue due) {
        if (!due.activity().equals(ProcessingActivities.BILLING) || due.subject().isPresent()
                || due.stage() != RetentionDue.Stage.END) {
            return;
        }
        LocalDate before = LocalDate.ofInstant(due.dueBefore(), ShopClock.ZONE);
        ShopSql sql = new ShopSql(db);
        // the orders to remove after their invoices (the invoice points to the order)
        var lines = sql.all("SELECT o.ID FROM SHOP_ORDER o JOIN SHOP_INVOICE i ON i.ORDER_ID = o.ID"
                + " WHERE i.ISSUED_ON < ? AND o.CUSTOMER_ID IS NULL", before);
        int invoices = sql.update("DELETE FROM SHOP_INVOICE WHERE ISSUED_ON < ?", before);
        int orders = 0;
        for (var line : lines) {
            orders += sql.update("DELETE FROM SHOP_ORDER WHERE ID = ?", line.get(0));
        }
        if (invoices > 0) {
            due.deleted("invoices", invoices);
        }
        if (orders > 0) {
            due.deleted("order-lines", orders);
        }
    }
}

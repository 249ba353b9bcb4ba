package eu.gdprmodule.examples.shop.privacy.requests;

import eu.gdprmodule.api.PersonalDataErasure;
import eu.gdprmodule.api.PersonalDataExport;
import eu.gdprmodule.examples.shop.infrastructure.ShopData;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * A customer's orders: exported with their invoice's number; on erasure, kept as their invoice's
 * line but cut from the account, or erased when they have no invoice.
 *
 * <p>Why not erased: an order holds one product and is its invoice's only line (the service, the
 * quantity and the unit price that General Tax Code, annex II, art. 242 nonies A requires an
 * invoice to state), so it is kept as long as the invoice, ten years (French Commercial Code,
 * art. L123-22; Art. 17(3)(b) GDPR). Why not reported as anonymised: the invoice it belongs to
 * still names the buyer, so the person can still be found from it; what changes is that the order
 * no longer points to the account ({@code CUSTOMER_ID} set to {@code NULL}), the one link the law
 * does not require, and that the account itself can then be deleted. An order without an invoice
 * (none is placed that way today, the schema allows it) has no such ground and is deleted.
 */
@ApplicationScoped
public class OrderData {

    static final String KIND = "orders";
    static final String KEPT_BECAUSE = "Each order is its invoice's line (service, quantity and unit price, General Tax"
            + " Code, annex II, art. 242 nonies A), kept with the invoice ten years (French Commercial Code,"
            + " art. L123-22; Art. 17(3)(b) GDPR); it no longer points to the customer account.";

    private static final String INVOICED = "EXISTS (SELECT 1 FROM SHOP_INVOICE i WHERE i.ORDER_ID = SHOP_ORDER.ID)";

    @Inject
    @ShopData
    DataSource db;

    void export(@Observes @Priority(ContributorPriorities.ORDERS) PersonalDataExport export) {
        ShopSql sql = new ShopSql(db);
        new ShopSubjects(sql).customer(export.subject()).ifPresent(customer -> export.kind(KIND, "Orders",
                List.of("order number", "placed at", "product code", "product", "unit price before VAT", "quantity",
                        "invoice number"),
                (first, max) -> sql.page("SELECT o.ID, o.PLACED_AT, o.PRODUCT_SKU, o.PRODUCT_NAME, o.UNIT_PRICE_NET,"
                        + " o.QUANTITY, i.INVOICE_NUMBER FROM SHOP_ORDER o LEFT JOIN SHOP_INVOICE i ON i.ORDER_ID = o.ID"
                        + " WHERE o.CUSTOMER_ID = ? ORDER BY o.PLACED_AT, o.ID", first, max, customer)));
    }

    /**
     * Reports, then (unless a preview) cuts and deletes, in one transaction. The invoiced orders
     * are reported per year of issue, until the year's last invoice is ten years old, as
     * {@link InvoiceData} reports their invoices.
     */
    @Transactional
    void erase(@Observes @Priority(ContributorPriorities.ORDERS) PersonalDataErasure erasure) {
        ShopSql sql = new ShopSql(db);
        new ShopSubjects(sql).customer(erasure.subject()).ifPresent(customer -> {
            List<List<?>> keptByYear = sql.all("SELECT COUNT(*), MAX(i.ISSUED_ON) FROM SHOP_ORDER o"
                    + " JOIN SHOP_INVOICE i ON i.ORDER_ID = o.ID WHERE o.CUSTOMER_ID = ?"
                    + " GROUP BY YEAR(i.ISSUED_ON) ORDER BY 2", customer);
            for (List<?> year : keptByYear) {
                LocalDate lastIssued = (LocalDate) year.get(1);
                erasure.kept(KIND, ((Number) year.get(0)).longValue(), KEPT_BECAUSE,
                        lastIssued.plusYears(InvoiceData.YEARS_KEPT));
            }
            long notInvoiced = sql.count("SELECT COUNT(*) FROM SHOP_ORDER WHERE CUSTOMER_ID = ? AND NOT " + INVOICED,
                    customer);
            if (!erasure.preview()) {
                sql.update("UPDATE SHOP_ORDER SET CUSTOMER_ID = NULL WHERE CUSTOMER_ID = ? AND " + INVOICED, customer);
                sql.update("DELETE FROM SHOP_ORDER WHERE CUSTOMER_ID = ?", customer);
            }
            if (notInvoiced > 0 || keptByYear.isEmpty()) { // a customer who never ordered still reads "orders: 0"
                erasure.erased(KIND, notInvoiced);
            }
        });
    }
}

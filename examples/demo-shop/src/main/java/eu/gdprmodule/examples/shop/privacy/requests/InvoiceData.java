package eu.gdprmodule.examples.shop.privacy.requests;

import eu.gdprmodule.api.PersonalDataErasure;
import eu.gdprmodule.api.PersonalDataExport;
import eu.gdprmodule.examples.shop.infrastructure.ShopData;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * A customer's invoices: exported in full, and kept on erasure.
 *
 * <p>Why kept, unchanged: an invoice is an accounting record that the French Commercial Code
 * (art. L123-22) keeps ten years, and the General Tax Code (annex II, art. 242 nonies A) requires
 * it to name the buyer and their address. Replacing the billing name or address would falsify the
 * record the tax authority may audit, so the whole invoice is a legal obligation that overrides
 * erasure (Art. 17(3)(b) GDPR), and the person is told so, with until when. What the law does not
 * require is the link between the invoice and the customer's account: {@link OrderData}, called
 * after this, cuts it, so the kept invoice no longer says which account bought, only what the
 * invoice itself says. The invoices are then deleted by the module's retention rule
 * {@code billing} (ten years from collection).
 */
@ApplicationScoped
public class InvoiceData {

    static final String KIND = "invoices";
    static final String KEPT_BECAUSE = "Invoices are accounting records kept ten years (French Commercial Code, art. L123-22)"
            + " and must name the buyer and their address (General Tax Code, annex II, art. 242 nonies A): they are kept"
            + " unchanged (Art. 17(3)(b) GDPR), no longer linked to the customer account.";
    static final int YEARS_KEPT = 10;

    private static final String OF_CUSTOMER = " FROM SHOP_INVOICE i JOIN SHOP_ORDER o ON o.ID = i.ORDER_ID WHERE o.CUSTOMER_ID = ?";

    @Inject
    @ShopData
    DataSource db;

    void export(@Observes @Priority(ContributorPriorities.INVOICES) PersonalDataExport export) {
        ShopSql sql = new ShopSql(db);
        new ShopSubjects(sql).customer(export.subject()).ifPresent(customer -> export.kind(KIND, "Invoices",
                List.of("invoice number", "issued on", "billed to", "billing address", "before VAT", "VAT rate",
                        "VAT", "total", "order number"),
                (first, max) -> sql.page("SELECT i.INVOICE_NUMBER, i.ISSUED_ON, i.BILLING_NAME, i.BILLING_ADDRESS,"
                        + " i.NET_AMOUNT, i.VAT_RATE, i.VAT_AMOUNT, i.TOTAL_AMOUNT, o.ID" + OF_CUSTOMER
                        + " ORDER BY i.ISSUED_ON, i.ID", first, max, customer)));
    }

    /**
     * Reports the invoices kept, one line per year of issue, kept until the year's last invoice is
     * ten years old: one line per invoice would bury the report of a regular customer, and a year
     * is how an accountant archives them. Changes nothing, preview or not.
     */
    void erase(@Observes @Priority(ContributorPriorities.INVOICES) PersonalDataErasure erasure) {
        ShopSql sql = new ShopSql(db);
        new ShopSubjects(sql).customer(erasure.subject()).ifPresent(customer -> {
            for (List<?> year : sql.all("SELECT COUNT(*), MAX(i.ISSUED_ON)" + OF_CUSTOMER
                    + " GROUP BY YEAR(i.ISSUED_ON) ORDER BY 2", customer)) {
                LocalDate lastIssued = (LocalDate) year.get(1);
                erasure.kept(KIND, ((Number) year.get(0)).longValue(), KEPT_BECAUSE, lastIssued.plusYears(YEARS_KEPT));
            }
        });
    }
}

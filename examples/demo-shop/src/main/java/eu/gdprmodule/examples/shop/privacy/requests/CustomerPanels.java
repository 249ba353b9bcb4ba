package eu.gdprmodule.examples.shop.privacy.requests;

import eu.gdprmodule.api.DataSubjectPanels;
import eu.gdprmodule.examples.shop.infrastructure.ShopData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * What the console shows staff about one person before they act on a request: the customer's
 * latest orders and their newsletter subscriptions, each row linking to the customer in the
 * shop's staff list. A person without an account gets no panel (the module says the shop listed
 * nothing). For review only: {@link OrderData} and {@link NewsletterData} export and erase.
 */
@ApplicationScoped
public class CustomerPanels {

    private static final String STAFF_LIST = "/staff/customers.xhtml?email=";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    @ShopData
    DataSource db;

    void panels(@Observes DataSubjectPanels panels) {
        ShopSql sql = new ShopSql(db);
        new ShopSubjects(sql).customer(panels.subject()).ifPresent(customer -> {
            boolean french = Locale.FRENCH.getLanguage().equals(panels.locale().getLanguage());
            String edit = STAFF_LIST + URLEncoder.encode(panels.subject().email(), StandardCharsets.UTF_8);
            List<List<?>> orders = sql.page("SELECT o.ID, o.PLACED_AT, o.PRODUCT_NAME, o.QUANTITY, i.INVOICE_NUMBER FROM SHOP_ORDER o"
                    + " LEFT JOIN SHOP_INVOICE i ON i.ORDER_ID = o.ID WHERE o.CUSTOMER_ID = ? ORDER BY o.PLACED_AT DESC, o.ID DESC",
                    0, DataSubjectPanels.MAX_ROWS, customer);
            DataSubjectPanels.Panel panel = DataSubjectPanels.Panel.of(OrderData.KIND)
                    .title(Locale.ENGLISH, "Orders").title(Locale.FRENCH, "Commandes")
                    .columns(french ? new String[] {"Commande", "Passée le", "Prestation", "Quantité", "Facture"}
                            : new String[] {"Order", "Placed at", "Service", "Quantity", "Invoice"})
                    .order(ContributorPriorities.ORDERS);
            for (List<?> order : orders) {
                panel = panel.row(edit, order.get(0), shown(order.get(1)), order.get(2), order.get(3), order.get(4));
            }
            panels.add(panel.moreAt(edit));

            List<List<?>> subscriptions = sql.page("SELECT SUBSCRIBED_AT, SOURCE, UNSUBSCRIBED_AT FROM SHOP_NEWSLETTER_SUBSCRIPTION"
                    + " WHERE CUSTOMER_ID = ? ORDER BY SUBSCRIBED_AT DESC, ID DESC", 0, DataSubjectPanels.MAX_ROWS, customer);
            DataSubjectPanels.Panel newsletter = DataSubjectPanels.Panel.of(NewsletterData.KIND)
                    .title(Locale.ENGLISH, "Newsletter subscription").title(Locale.FRENCH, "Abonnement à la lettre d’information")
                    .columns(french ? new String[] {"Abonné le", "Depuis", "Désabonné le"}
                            : new String[] {"Subscribed at", "From", "Unsubscribed at"})
                    .order(ContributorPriorities.NEWSLETTER);
            for (List<?> subscription : subscriptions) {
                newsletter = newsletter.row(edit, shown(subscription.get(0)), subscription.get(1),
                        subscription.get(2) == null ? (french ? "abonné" : "subscribed") : shown(subscription.get(2)));
            }
            panels.add(newsletter);
        });
    }

    /** A stored time as staff read it (the shop's local time, to the minute). */
    private static Object shown(Object value) {
        return value instanceof LocalDateTime time ? time.format(MINUTES) : value;
    }
}

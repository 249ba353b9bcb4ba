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
 * A customer's newsletter subscriptions, current and ended: exported, and erased.
 *
 * <p>Why erased, ended periods too: they are the proof of consent (Art. 7(1) GDPR), which the
 * policy keeps three years after an unsubscription in case the shop must show it had consent.
 * A person who asks for erasure is owed it unless a ground of Art. 17(3) applies, and none does
 * for a newsletter: the proof defends a claim only the person could bring, and the person's
 * withdrawal or objection to marketing is kept by the module itself (its suppression list,
 * Art. 21(3)), so the shop still never writes to them again.
 */
@ApplicationScoped
public class NewsletterData {

    static final String KIND = "newsletter";

    @Inject
    @ShopData
    DataSource db;

    void export(@Observes @Priority(ContributorPriorities.NEWSLETTER) PersonalDataExport export) {
        ShopSql sql = new ShopSql(db);
        new ShopSubjects(sql).customer(export.subject()).ifPresent(customer -> export.kind(KIND, "Newsletter subscription",
                List.of("subscribed at", "subscribed from", "unsubscribed at"),
                (first, max) -> sql.page("SELECT SUBSCRIBED_AT, SOURCE, UNSUBSCRIBED_AT FROM SHOP_NEWSLETTER_SUBSCRIPTION"
                        + " WHERE CUSTOMER_ID = ? ORDER BY SUBSCRIBED_AT, ID", first, max, customer)));
    }

    @Transactional
    void erase(@Observes @Priority(ContributorPriorities.NEWSLETTER) PersonalDataErasure erasure) {
        ShopSql sql = new ShopSql(db);
        new ShopSubjects(sql).customer(erasure.subject()).ifPresent(customer -> {
            long subscriptions = erasure.preview()
                    ? sql.count("SELECT COUNT(*) FROM SHOP_NEWSLETTER_SUBSCRIPTION WHERE CUSTOMER_ID = ?", customer)
                    : sql.update("DELETE FROM SHOP_NEWSLETTER_SUBSCRIPTION WHERE CUSTOMER_ID = ?", customer);
            erasure.erased(KIND, subscriptions);
        });
    }
}

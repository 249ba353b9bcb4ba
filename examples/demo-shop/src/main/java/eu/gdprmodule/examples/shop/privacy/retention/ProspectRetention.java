package eu.gdprmodule.examples.shop.privacy.retention;

import eu.gdprmodule.api.RetentionDue;
import eu.gdprmodule.examples.shop.infrastructure.ShopDatabase;
import eu.gdprmodule.examples.shop.privacy.DataSubjects;
import eu.gdprmodule.examples.shop.privacy.ProcessingActivities;
import eu.gdprmodule.examples.shop.privacy.requests.ShopSql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;

/**
 * Prospects and their quote requests, deleted three years after the prospect's last contact
 * (CNIL's reference period for prospecting; the register's "prospects" rule). A new quote request
 * restarts the period: the shop reports it with {@code ProcessingFact.contactBySubject}.
 */
@ApplicationScoped
public class ProspectRetention {

    @Resource(lookup = ShopDatabase.DATA_SOURCE)
    DataSource db;

    @Transactional
    public void purge(@Observes RetentionDue due) {
        if (!due.activity().equals(ProcessingActivities.PROSPECTS) || due.subject().isEmpty()
                || due.stage() != RetentionDue.Stage.END) {
            return;
        }
        DataSubjects.prospectId(due.subject().get()).ifPresent(prospect -> {
            ShopSql sql = new ShopSql(db);
            due.deleted("quote-requests", sql.update("DELETE FROM SHOP_QUOTE_REQUEST WHERE PROSPECT_ID = ?", prospect));
            due.deleted("prospect", sql.update("DELETE FROM SHOP_PROSPECT WHERE ID = ?", prospect));
        });
    }
}

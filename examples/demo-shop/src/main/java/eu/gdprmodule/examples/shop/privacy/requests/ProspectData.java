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
 * What a person gave when asking for quotes: their contact details (one prospect per address)
 * and each request's message. Exported, and erased.
 *
 * <p>Why erased: a quote request is kept for prospecting (three years from the last contact,
 * legitimate interest, Art. 6(1)(f) GDPR), which the person may end at any time; a quote is not
 * a sale, so no accounting rule keeps it.
 */
@ApplicationScoped
public class ProspectData {

    static final String DETAILS = "prospect";
    static final String REQUESTS = "quote-requests";

    @Inject
    @ShopData
    DataSource db;

    void export(@Observes @Priority(ContributorPriorities.PROSPECTS) PersonalDataExport export) {
        ShopSql sql = new ShopSql(db);
        new ShopSubjects(sql).prospect(export.subject()).ifPresent(prospect -> {
            export.kind(DETAILS, "Contact details given for quotes",
                    List.of("name", "e-mail address", "company", "first contact", "last contact"),
                    (first, max) -> sql.page("SELECT FULL_NAME, EMAIL, COMPANY, FIRST_CONTACT_AT, LAST_CONTACT_AT"
                            + " FROM SHOP_PROSPECT WHERE ID = ? ORDER BY ID", first, max, prospect));
            export.kind(REQUESTS, "Quote requests", List.of("received at", "message"),
                    (first, max) -> sql.page("SELECT RECEIVED_AT, MESSAGE FROM SHOP_QUOTE_REQUEST WHERE PROSPECT_ID = ?"
                            + " ORDER BY RECEIVED_AT, ID", first, max, prospect));
        });
    }

    @Transactional
    void erase(@Observes @Priority(ContributorPriorities.PROSPECTS) PersonalDataErasure erasure) {
        ShopSql sql = new ShopSql(db);
        new ShopSubjects(sql).prospect(erasure.subject()).ifPresent(prospect -> {
            long requests;
            if (erasure.preview()) {
                requests = sql.count("SELECT COUNT(*) FROM SHOP_QUOTE_REQUEST WHERE PROSPECT_ID = ?", prospect);
            } else {
                requests = sql.update("DELETE FROM SHOP_QUOTE_REQUEST WHERE PROSPECT_ID = ?", prospect);
                sql.update("DELETE FROM SHOP_PROSPECT WHERE ID = ?", prospect);
            }
            erasure.erased(REQUESTS, requests);
            erasure.erased(DETAILS, 1);
        });
    }
}

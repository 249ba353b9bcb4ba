package eu.gdprmodule.examples.shop.privacy.requests;

import eu.gdprmodule.api.DataSubject;
import eu.gdprmodule.examples.shop.privacy.DataSubjects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Finds the shop's records of the person a request is about. The module's reference wins when
 * the request has one ({@code customer:42}, filed from the account page): it names one account
 * for good, whereas an address may since have opened a new account that the request is not about.
 * Without one, the address the module verified finds them (Art. 12(6) GDPR: the module checked
 * that the person holds it). Addresses are stored in lower case, as the module gives them.
 */
final class ShopSubjects {

    private final ShopSql sql;

    ShopSubjects(ShopSql sql) {
        this.sql = sql;
    }

    /** The customer account's id, if the person has one (still). */
    Optional<Long> customer(DataSubject subject) {
        OptionalLong referenced = DataSubjects.customerId(subject.reference());
        if (referenced.isPresent()) {
            return sql.id("SELECT ID FROM SHOP_CUSTOMER WHERE ID = ?", referenced.getAsLong());
        }
        return sql.id("SELECT ID FROM SHOP_CUSTOMER WHERE EMAIL = ?", subject.email());
    }

    /**
     * The prospect's id, if the person asked for a quote. A customer's request finds their quotes
     * too: a prospect is one per address, and the customer proved they hold it.
     */
    Optional<Long> prospect(DataSubject subject) {
        OptionalLong referenced = DataSubjects.prospectId(subject.reference());
        if (referenced.isPresent()) {
            return sql.id("SELECT ID FROM SHOP_PROSPECT WHERE ID = ?", referenced.getAsLong());
        }
        return sql.id("SELECT ID FROM SHOP_PROSPECT WHERE EMAIL = ?", subject.email());
    }
}

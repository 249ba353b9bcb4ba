package eu.gdprmodule.examples.shop.privacy.requests;

import eu.gdprmodule.api.PersonalDataErasure;
import eu.gdprmodule.api.PersonalDataExport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Rows the contributors' tests put in the shop's tables, and what they read back. */
final class ShopRows {

    final ShopSql sql;

    ShopRows(DataSource db) {
        this.sql = new ShopSql(db);
    }

    long customer(String email, String name) {
        sql.update("INSERT INTO SHOP_CUSTOMER (EMAIL, FULL_NAME, COMPANY, PASSWORD_HASH, CREATED_AT)"
                + " VALUES (?, ?, 'Atelier', 'PBKDF2WithHmacSHA512:x', ?)", email, name, LocalDateTime.of(2024, 1, 5, 9, 0));
        return sql.id("SELECT ID FROM SHOP_CUSTOMER WHERE EMAIL = ?", email).orElseThrow();
    }

    long order(long customer, LocalDateTime placedAt) {
        sql.update("INSERT INTO SHOP_ORDER (CUSTOMER_ID, PRODUCT_SKU, PRODUCT_NAME, UNIT_PRICE_NET, QUANTITY, PLACED_AT)"
                + " VALUES (?, 'diagnostic', 'Computer diagnostic', 39.00, 1, ?)", customer, placedAt);
        return sql.id("SELECT MAX(ID) FROM SHOP_ORDER").orElseThrow();
    }

    /** An order and its invoice, issued the day the order was placed. */
    long invoicedOrder(long customer, LocalDateTime placedAt, String number, String billedTo) {
        long order = order(customer, placedAt);
        sql.update("INSERT INTO SHOP_INVOICE (ORDER_ID, INVOICE_NUMBER, ISSUED_ON, BILLING_NAME, BILLING_ADDRESS,"
                + " NET_AMOUNT, VAT_RATE, VAT_AMOUNT, TOTAL_AMOUNT) VALUES (?, ?, ?, ?, '1 rue de Rivoli, Paris',"
                + " 39.00, 0.2000, 7.80, 46.80)", order, number, placedAt.toLocalDate(), billedTo);
        return order;
    }

    void signIn(long customer, LocalDateTime at, String ip) {
        sql.update("INSERT INTO SHOP_SIGN_IN (CUSTOMER_ID, SIGNED_IN_AT, IP_ADDRESS) VALUES (?, ?, ?)", customer, at, ip);
    }

    void subscription(long customer, LocalDateTime from, LocalDateTime until) {
        sql.update("INSERT INTO SHOP_NEWSLETTER_SUBSCRIPTION (CUSTOMER_ID, SOURCE, SUBSCRIBED_AT, UNSUBSCRIBED_AT)"
                + " VALUES (?, 'ACCOUNT', ?, ?)", customer, from, until);
    }

    long prospect(String email, String name) {
        LocalDateTime at = LocalDateTime.of(2025, 2, 1, 10, 0);
        sql.update("INSERT INTO SHOP_PROSPECT (EMAIL, FULL_NAME, FIRST_CONTACT_AT, LAST_CONTACT_AT) VALUES (?, ?, ?, ?)",
                email, name, at, at);
        return sql.id("SELECT ID FROM SHOP_PROSPECT WHERE EMAIL = ?", email).orElseThrow();
    }

    void quoteRequest(long prospect, String message, LocalDateTime at) {
        sql.update("INSERT INTO SHOP_QUOTE_REQUEST (PROSPECT_ID, MESSAGE, RECEIVED_AT) VALUES (?, ?, ?)",
                prospect, message, at);
    }

    long count(String select, Object... parameters) {
        return sql.count(select, parameters);
    }

    /** Every row of a kind, read the way the module reads them: pages of {@code size} until a short one. */
    static List<List<?>> read(PersonalDataExport.Kind kind, int size) {
        List<List<?>> rows = new ArrayList<>();
        List<List<?>> page;
        do {
            page = kind.rows().page(rows.size(), size);
            if (page.size() > size) {
                throw new AssertionError(kind.kind() + ": a page of " + size + " held " + page.size() + " rows");
            }
            rows.addAll(page);
        } while (page.size() == size);
        return rows;
    }

    /** The one kind an export holds by that name. */
    static PersonalDataExport.Kind kind(PersonalDataExport export, String name) {
        return export.kinds().stream().filter(k -> k.kind().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no kind " + name + " in " + export.kinds()));
    }

    /** How many records an erasure report names, whatever happened to them. */
    static long total(PersonalDataErasure erasure) {
        return erasure.lines().stream().mapToLong(PersonalDataErasure.Line::count).sum();
    }
}

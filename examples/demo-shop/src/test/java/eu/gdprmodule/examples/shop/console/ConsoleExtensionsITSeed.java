package eu.gdprmodule.examples.shop.console;

import eu.gdprmodule.examples.shop.infrastructure.ShopDatabase;
import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Test deployment only: a customer who signed up, ordered and subscribed to the newsletter four
 * years ago and has not been seen since, which the shop's pages cannot make (they date everything
 * now). {@code POST /it/inactive-customer} answers the new customer's address.
 */
@WebServlet("/it/inactive-customer")
public class ConsoleExtensionsITSeed extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = ShopDatabase.DATA_SOURCE)
    DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String email = "inactive-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Timestamp then = Timestamp.valueOf(LocalDateTime.now().minusYears(4));
        try (Connection c = db.getConnection()) {
            long customer;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO SHOP_CUSTOMER (EMAIL, FULL_NAME, PASSWORD_HASH, CREATED_AT)"
                    + " VALUES (?, ?, 'not-a-hash', ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, email);
                insert.setString(2, "Old <Customer>");
                insert.setTimestamp(3, then);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    customer = keys.getLong(1);
                }
            }
            try (PreparedStatement order = c.prepareStatement("INSERT INTO SHOP_ORDER (CUSTOMER_ID, PRODUCT_SKU, PRODUCT_NAME,"
                    + " UNIT_PRICE_NET, QUANTITY, PLACED_AT) VALUES (?, 'it-repair', 'Screen repair', 89.00, 1, ?)")) {
                order.setLong(1, customer);
                order.setTimestamp(2, then);
                order.executeUpdate();
            }
            try (PreparedStatement newsletter = c.prepareStatement("INSERT INTO SHOP_NEWSLETTER_SUBSCRIPTION (CUSTOMER_ID, SOURCE,"
                    + " SUBSCRIBED_AT) VALUES (?, 'SIGN_UP', ?)")) {
                newsletter.setLong(1, customer);
                newsletter.setTimestamp(2, then);
                newsletter.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IOException("cannot seed an inactive customer", e);
        }
        response.setContentType("text/plain");
        response.getWriter().print(email);
    }
}

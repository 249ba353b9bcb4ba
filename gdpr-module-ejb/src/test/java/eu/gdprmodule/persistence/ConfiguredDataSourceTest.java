package eu.gdprmodule.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConfiguredDataSourceTest {

    @Test
    void findsTheDriverForEachSupportedDatabase() throws SQLException {
        assertTrue(ConfiguredDataSource.findDriver("jdbc:derby:x").acceptsURL("jdbc:derby:x"));
        assertTrue(ConfiguredDataSource.findDriver("jdbc:postgresql://h/db").acceptsURL("jdbc:postgresql://h/db"));
    }

    @Test
    void anUnknownDatabaseIsAClearErrorWithoutTheUrlsSecrets() {
        SQLException e = assertThrows(SQLException.class,
                () -> ConfiguredDataSource.findDriver("jdbc:oracle:thin:scott/tiger@h:1521;x=1"));
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().contains("gdpr.db.url"), e.getMessage());
        assertTrue(!e.getMessage().contains("x=1"), e.getMessage());
    }
}

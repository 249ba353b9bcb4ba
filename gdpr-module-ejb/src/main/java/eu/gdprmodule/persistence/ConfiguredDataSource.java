package eu.gdprmodule.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import eu.gdprmodule.config.ModuleConfig;

/**
 * The physical data source behind the container's pool ({@code java:app/jdbc/gdpr}): it opens
 * connections to whatever {@code gdpr.db.url} names, with the JDBC driver found on the module's
 * class path. A {@code @DataSourceDefinition} needs one fixed driver class; this indirection is
 * what lets an operator move from embedded Derby to PostgreSQL by configuration alone.
 *
 * <p>The container pools, validates and enlists these connections in JTA transactions; this
 * class only opens them.
 */
public class ConfiguredDataSource implements DataSource {

    private final DatabaseSettings settings;
    private volatile Driver driver;
    private volatile boolean schemaChecked;
    private PrintWriter logWriter;
    private int loginTimeout;

    /** For the container, which configures it from MicroProfile Config on first use. */
    public ConfiguredDataSource() {
        this.settings = null;
    }

    /** With settings given, for tools and tests that run outside the container. */
    ConfiguredDataSource(DatabaseSettings settings) {
        this.settings = settings;
        if (settings.isEmbeddedDerby()) {
            EmbeddedDerby.prepare(settings);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        DatabaseSettings current = settings();
        return connect(current, current.user().orElse(null), current.password().orElse(null));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(settings(), username, password);
    }

    private Connection connect(DatabaseSettings current, String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        Connection connection = driver(current.url()).connect(current.url(), properties);
        if (connection == null) {
            throw new SQLException("The JDBC driver refused the URL " + current.displayUrl());
        }
        if (current.schema().isPresent()) {
            useSchema(connection, current.schema().get());
        }
        return connection;
    }

    /**
     * Puts the connection in the module's own schema ({@code gdpr.db.schema}), creating it on
     * first use, so the module's tables can sit beside a host's in one database without sharing
     * its default schema.
     */
    private void useSchema(Connection connection, String schema) throws SQLException {
        try {
            if (!schemaChecked) {
                createSchemaIfMissing(connection, schema);
                schemaChecked = true;
            }
            connection.setSchema(schema);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private static void createSchemaIfMissing(Connection connection, String schema) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String candidate : new String[] {schema, schema.toUpperCase(Locale.ROOT), schema.toLowerCase(Locale.ROOT)}) {
            try (ResultSet found = metaData.getSchemas(null, candidate)) {
                if (found.next()) {
                    return;
                }
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema); // validated as a plain identifier by DatabaseSettings
            if (!autoCommit) {
                connection.commit();
            }
        }
    }

    /**
     * The settings fixed at construction (tests and tools), or else read afresh for each physical
     * connection: the pool opens few, and a value read while the application was still deploying
     * must not stick.
     */
    DatabaseSettings settings() {
        DatabaseSettings fixed = settings;
        if (fixed != null) {
            return fixed;
        }
        DatabaseSettings current = DatabaseSettings.from(ModuleConfig.get());
        if (current.isEmbeddedDerby()) {
            EmbeddedDerby.prepare(current);
        }
        return current;
    }

    Driver driver(String url) throws SQLException {
        Driver current = driver;
        if (current == null || !current.acceptsURL(url)) {
            current = findDriver(url);
            driver = current;
        }
        return current;
    }

    /**
     * Looks the driver up with the module's own class loader rather than {@code DriverManager},
     * which only sees drivers visible to the caller and misbehaves with application class loaders.
     */
    static Driver findDriver(String url) throws SQLException {
        for (Driver candidate : ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
            if (candidate.acceptsURL(url)) {
                return candidate;
            }
        }
        throw new SQLException("No JDBC driver for " + url.replaceAll("[;?].*", "")
                + " on the class path: add the driver jar next to the module, or fix gdpr.db.url.", "08001");
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("java.util.logging is not used by this data source");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}

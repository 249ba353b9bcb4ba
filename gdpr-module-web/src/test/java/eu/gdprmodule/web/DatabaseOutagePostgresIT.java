package eu.gdprmodule.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The module's PostgreSQL goes away while it runs, then comes back: readiness goes DOWN and says
 * why, liveness stays UP (a database outage is no reason to restart the JVM), and readiness comes
 * back UP by itself. The database sits behind a TCP proxy the test cuts and restores.
 * Runs with the Maven profile {@code postgres}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutagePostgresIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static TcpProxy proxy;

    @Deployment(testable = false)
    static WebArchive hostBehindAProxy() throws Exception {
        proxy = TcpProxy.to("127.0.0.1", 5432);
        proxy.open();
        return TestHost.war("database-outage", String.join("\n",
                "config_ordinal=500",
                "gdpr.db.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + "/test?connectTimeout=2&socketTimeout=5",
                "gdpr.db.user=postgres",
                "gdpr.db.schema=" + System.getProperty("it.db.schema")));
    }

    @AfterAll
    static void closeProxy() throws Exception {
        proxy.close();
    }

    @ArquillianResource
    URL base;

    @Test
    void readinessFollowsTheDatabaseWhileLivenessStaysUp() throws Exception {
        HttpResponse<String> before = waitFor("health/ready", r -> r.statusCode() == 200);
        assertTrue(before.body().contains("\"schemaVersion\""), before.body());

        proxy.cut();
        HttpResponse<String> during = waitFor("health/ready", r -> r.statusCode() == 503);
        assertTrue(during.body().contains("\"name\":\"gdpr-database\",\"status\":\"DOWN\""), during.body());
        assertTrue(during.body().contains("database"), during.body());
        assertEquals(200, get("health/live").statusCode(), "alive during the outage");

        proxy.open();
        HttpResponse<String> after = waitFor("health/ready", r -> r.statusCode() == 200);
        assertTrue(after.body().contains("\"status\":\"UP\""), after.body());
    }

    private HttpResponse<String> waitFor(String path, Predicate<HttpResponse<String>> condition) throws Exception {
        try {
            return Awaitility.await(path).atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                    .until(() -> get(path), condition::test);
        } catch (ConditionTimeoutException e) {
            HttpResponse<String> last = get(path);
            throw new AssertionError("gave up waiting on " + path + "; last answer " + last.statusCode() + " "
                    + last.body(), e);
        }
    }

    private HttpResponse<String> get(String serverPath) throws Exception {
        URI uri = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/" + serverPath);
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}

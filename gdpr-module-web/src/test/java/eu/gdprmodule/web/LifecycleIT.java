package eu.gdprmodule.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The module's life on Payara Micro as an operator runs it, started as a real process (no
 * Arquillian) with embedded Derby: configured by environment variables over the host's file,
 * stopped with SIGTERM, started again on the same data directory.
 */
class LifecycleIT {

    private static final Duration START_PATIENCE = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Path build;
    private Path dataDir;
    private File war;
    private int port;
    private Process micro;

    @BeforeEach
    void hostWar() throws IOException {
        build = Path.of(System.getProperty("it.build.dir", "target"));
        dataDir = build.resolve("lifecycle-data-" + UUID.randomUUID());
        war = build.resolve("lifecycle.war").toFile();
        TestHost.war("lifecycle").addClasses(LifecycleITApplication.class, LifecycleITApplication.Facts.class)
                .as(ZipExporter.class).exportTo(war, true);
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
    }

    @AfterEach
    void stopMicro() throws InterruptedException {
        if (micro != null && micro.isAlive()) {
            micro.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void environmentOverridesTheHostsFileAndTheFirstProbeAlreadySeesTheWholeConfiguration() throws Exception {
        start("first");

        // the very first request is the readiness probe, as an orchestrator would send it
        HttpResponse<String> ready = awaitReady();
        assertTrue(ready.body().contains("\"name\":\"gdpr-configuration\",\"status\":\"UP\""), ready.body());
        String controller = get("/gdpr/api/controller").body();
        assertTrue(controller.contains("\"name\":\"Nexoris SAS\""), "GDPR_CONTROLLER_NAME wins: " + controller);
        assertTrue(controller.contains("\"privacyContactEmail\":\"privacy@fixery.example\""),
                "the host's file still supplies what the environment does not: " + controller);
        assertTrue(Files.isDirectory(dataDir.resolve("gdprdb")), "Derby lives under GDPR_DATA_DIR");
    }

    @Test
    void sigtermShutsDerbyDownAndASecondStartKeepsTheData() throws Exception {
        String subject = "customer:" + UUID.randomUUID();
        start("first");
        awaitReady();
        assertEquals(204, send("POST", "/lifecycle-it/facts?subject=" + subject).statusCode());
        assertEquals("1", get("/lifecycle-it/facts?subject=" + subject).body());

        micro.destroy(); // SIGTERM
        assertTrue(micro.waitFor(60, TimeUnit.SECONDS), "Payara Micro stops within a minute of SIGTERM");
        assertFalse(Files.exists(dataDir.resolve("gdprdb").resolve("db.lck")), "Derby was shut down: no lock file");

        start("second");
        awaitReady();
        assertEquals("1", get("/lifecycle-it/facts?subject=" + subject).body(), "the fact survived the restart");
        String log = Files.readString(build.resolve("lifecycle-micro-second.log"));
        assertTrue(log.contains("GDPR module schema at version ") && log.contains("(0 migration(s) applied now)"),
                "the second start migrates nothing");
    }

    private void start(String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", war.getAbsolutePath(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster"))
                .redirectErrorStream(true)
                .redirectOutput(build.resolve("lifecycle-micro-" + name + ".log").toFile());
        builder.environment().put("GDPR_DATA_DIR", dataDir.toString());
        builder.environment().put("GDPR_CONTROLLER_NAME", "Nexoris SAS");
        builder.environment().remove("GDPR_DB_URL");
        micro = builder.start();
    }

    private HttpResponse<String> awaitReady() {
        return Awaitility.await("ready on port " + port).atMost(START_PATIENCE).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> get("/health/ready"), r -> {
                    assertTrue(micro.isAlive(), "Payara Micro exited; see its log in " + build);
                    return r.statusCode() == 200;
                });
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path);
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

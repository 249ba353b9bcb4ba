package eu.gdprmodule.web.retention;

import eu.gdprmodule.web.TestHost;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * A Payara Micro the test starts itself as a process, like {@code bin/demo} and the bench scripts
 * do, so it can kill it with SIGKILL and start it again on the same data: what Arquillian cannot
 * do. It deploys the test host WAR with {@link RetentionProcessITHelper}, with the build's JVM
 * options (the module's database in the postgres profile) and the test's settings.
 */
final class MicroProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final URI base;
    private final Path log;

    private MicroProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** The test WAR, written once under the build directory. */
    static File war(String name) {
        File war = Path.of(System.getProperty("it.build.dir", "target"), name + ".war").toFile();
        TestHost.war(name).addClasses(TestHost.class, RetentionProcessITHelper.class).as(ZipExporter.class).exportTo(war, true);
        return war;
    }

    /** Starts a Payara Micro with the WAR at {@code /it}, waits until it is ready. */
    static MicroProcess start(File war, String name, String dataDir, String... settings) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        for (String option : System.getProperty("it.micro.jvm", "").trim().split("\\s+")) {
            if (!option.isBlank() && !option.startsWith("-Xmx")) {
                command.add(option);
            }
        }
        command.add("-Dgdpr.data.dir=" + dataDir); // after the build's: the last -D wins
        command.add("-Dderby.stream.error.file=" + dataDir + "/derby.log");
        command.addAll(Arrays.asList(settings));
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--deploy", war.getPath(), "--contextroot", "/it",
                "--port", String.valueOf(port), "--nocluster"));
        Path log = Path.of(System.getProperty("it.build.dir", "target"), name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        MicroProcess micro = new MicroProcess(process, URI.create("http://127.0.0.1:" + port + "/"), log);
        micro.awaitReady(Duration.ofSeconds(240));
        return micro;
    }

    private void awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(base.resolve("it/retention-it/counts")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro not ready after " + limit + "; see " + log);
    }

    JsonObject get(String path) throws IOException, InterruptedException {
        return json(HTTP.send(HttpRequest.newBuilder(base.resolve("it/retention-it/" + path)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** A POST; null when the server answered 409 (another run holds the lease). */
    JsonObject post(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve("it/retention-it/" + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 409 ? null : json(response);
    }

    private static JsonObject json(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** SIGKILL: no shutdown hook, no Derby shutdown, transactions cut where they stand. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, then SIGKILL after 30 s. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }
}

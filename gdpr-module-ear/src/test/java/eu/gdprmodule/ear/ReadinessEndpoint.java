package eu.gdprmodule.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code GET /health/ready} on the test domain's HTTP port, read as a load balancer would: the
 * status code, then the overall status and each check by name.
 */
final class ReadinessEndpoint {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private ReadinessEndpoint() {
    }

    /** Asserts the answer is 200 and returns the report, for checks on the individual checks. */
    static Report assertReady() throws IOException, InterruptedException {
        Report report = get();
        assertEquals(200, report.statusCode(), () -> "/health/ready answered " + report.statusCode() + ": " + report.body());
        assertEquals("UP", report.status(), report::body);
        return report;
    }

    static Report get() throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + System.getProperty("ear.http.port", "28080") + "/health/ready");
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Report(response.statusCode(), response.body());
    }

    record Report(int statusCode, String body) {

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        String status() {
            return json().getString("status", null);
        }

        /** Each check's status by its name, such as {@code gdpr-database=UP}. */
        Map<String, String> checks() {
            return json().getJsonArray("checks").stream()
                    .map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
        }
    }
}

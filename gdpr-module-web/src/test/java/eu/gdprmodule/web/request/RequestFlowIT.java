package eu.gdprmodule.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import eu.gdprmodule.web.TestHost;
import eu.gdprmodule.web.admin.AdminConsoleITSecurity;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A data-subject request from the public API to the download, on a real Payara Micro with a real
 * SMTP server (GreenMail, in this JVM): the identity-check letter and its single-use link, the
 * export through two host contributors (1,236 rows, read in pages) and its single-use download,
 * a failing contributor contained and named, erasure preview then run then re-run, the extension
 * rules of Art. 12(3), refusal, validation and the rate limits, also under concurrent requests.
 */
@ExtendWith(ArquillianExtension.class)
class RequestFlowIT {

    private static final Pattern LINK = Pattern.compile("(http\\S+/gdpr/requests/(verify|download)\\?token=)([A-Za-z0-9_-]+)");
    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive host() {
        return TestHost.war("requests", String.join("\n",
                "config_ordinal=500",
                "gdpr.mail.host=127.0.0.1",
                "gdpr.mail.port=" + System.getProperty("it.smtp.port", "3025"),
                "gdpr.mail.from=privacy@fixery.example",
                "gdpr.requests.notify=dpo@fixery.example",
                // the shipped limits; each public request of these tests comes from a loopback
                // address of its own (RequestFlowITClients), as the database is kept between runs
                "gdpr.requests.per-address-per-day=3",
                "gdpr.requests.per-client-per-day=20"))
                .addClasses(TestHost.class, AdminConsoleITSecurity.class, RequestFlowITContributors.class,
                        RequestFlowITContributors.Orders.class, RequestFlowITContributors.Invoices.class)
                .addAsWebInfResource(new StringAsset(AdminConsoleITSecurity.WEB_XML), "web.xml")
                .addAsWebInfResource(new StringAsset(AdminConsoleITSecurity.PAYARA_WEB_XML), "payara-web.xml");
    }

    @ArquillianResource
    URL base;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getProperty("it.smtp.port", "3025")), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void accessRequestGoesFromTheFormToAOneTimeDownload() throws Exception {
        String email = "ada-" + UUID.randomUUID() + "@example.com";
        RequestFlowITClients.Answer filed = post("/gdpr/api/requests", "{\"right\":\"access\",\"email\":\"" + email + "\",\"name\":\"Ada\"}", null);
        assertEquals(202, filed.statusCode(), filed.body());
        assertTrue(filed.body().contains("the link works for 24 hours."), filed.body());
        assertTrue(waitForLetter(email, "open this link within 24 hours:"), "the letter says how long the link works");
        String verifyLink = link(email, "verify");
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(verifyLink)).GET());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<form method=\"post\""), "a GET only shows the button: " + page.body());
        String token = token(verifyLink);
        HttpResponse<String> verified = form("/gdpr/requests/verify", Map.of("token", token));
        assertEquals(200, verified.statusCode(), verified.body());
        Matcher ref = Pattern.compile("R-[2-9A-Z]{4}-[2-9A-Z]{4}").matcher(verified.body());
        assertTrue(ref.find(), verified.body());
        String reference = ref.group();
        assertEquals(410, form("/gdpr/requests/verify", Map.of("token", token)).statusCode(), "the link works once");

        JsonObject request = json(admin("GET", "/gdpr/api/admin/requests/" + reference, null));
        assertEquals("open", request.getString("status"));
        LocalDate received = LocalDate.parse(request.getString("receivedAt").substring(0, 10));
        assertTrue(request.getString("dueOn").equals(received.plusMonths(1).toString())
                || request.getString("dueOn").equals(received.plusDays(1).plusMonths(1).toString()), request.toString());

        HttpResponse<String> exported = admin("POST", "/gdpr/api/admin/requests/" + reference + "/export", null);
        assertEquals(200, exported.statusCode(), exported.body());
        JsonObject outcome = json(exported);
        assertEquals(RequestFlowITContributors.ORDERS + 2 + 1, outcome.getInt("rows"), "orders, invoices and this request: " + outcome);

        String downloadLink = link(email, "download");
        HttpResponse<byte[]> zip = client.send(formRequest("/gdpr/requests/download", Map.of("token", token(downloadLink))),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        Map<String, String> files = unzip(zip.body());
        assertTrue(files.keySet().containsAll(java.util.Set.of("orders.csv", "invoices.csv", "privacy-requests.csv", "data.json", "index.html")),
                files.keySet().toString());
        assertEquals(RequestFlowITContributors.ORDERS + 1, files.get("orders.csv").lines().count(), "header and every order, across pages");
        assertTrue(files.get("orders.csv").contains("\"line, with \"\"quotes\"\" 7\""), "CSV quoting");
        JsonObject data = Json.createReader(new StringReader(files.get("data.json"))).readObject();
        assertEquals(email, data.getString("email"));
        assertTrue(files.get("index.html").contains("Orders") && files.get("index.html").contains(reference));
        assertEquals(410, client.send(formRequest("/gdpr/requests/download", Map.of("token", token(downloadLink))),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode(), "the download link works once");
    }

    @Test
    void aFailingContributorFailsTheExportVisiblyAndSendsNothing() throws Exception {
        String reference = verifiedRequest("broken-" + UUID.randomUUID() + "@example.com", "access");
        HttpResponse<String> exported = admin("POST", "/gdpr/api/admin/requests/" + reference + "/export", null);
        assertEquals(502, exported.statusCode(), exported.body());
        JsonArray steps = json(exported).getJsonArray("steps");
        JsonObject orders = find(steps, "Orders");
        assertEquals("failed", orders.getString("status"));
        assertTrue(orders.getString("report").contains("orders database unreachable"), orders.toString());
        assertEquals("done", find(steps, "Invoices").getString("status"), "the other contributor ran");
        JsonObject request = json(admin("GET", "/gdpr/api/admin/requests/" + reference, null));
        assertTrue(request.getJsonArray("timeline").toString().contains("export-failed"), request.toString());
    }

    @Test
    void erasureIsPreviewedThenRunAndAReRunFinishesOnlyWhatFailed() throws Exception {
        String reference = verifiedRequest("broken-erase-" + UUID.randomUUID() + "@example.com", "erasure");
        HttpResponse<String> preview = admin("POST", "/gdpr/api/admin/requests/" + reference + "/erasure/preview", null);
        // the broken contributor fails once: in the preview
        assertEquals(502, preview.statusCode(), preview.body());
        HttpResponse<String> first = admin("POST", "/gdpr/api/admin/requests/" + reference + "/erasure", null);
        assertEquals(200, first.statusCode(), first.body());
        JsonArray steps = json(first).getJsonArray("steps");
        JsonObject orders = find(steps, "Orders").getJsonArray("lines").getJsonObject(0);
        assertEquals("anonymised", orders.getString("outcome"));
        assertEquals(RequestFlowITContributors.ORDERS, orders.getInt("count"));
        JsonObject invoices = find(steps, "Invoices").getJsonArray("lines").getJsonObject(0);
        assertEquals("kept", invoices.getString("outcome"));
        assertEquals("2035-12-31", invoices.getString("until"));
        assertTrue(invoices.getString("reason").contains("L123-22"));

        HttpResponse<String> again = admin("POST", "/gdpr/api/admin/requests/" + reference + "/erasure", null);
        assertEquals(200, again.statusCode());
        assertEquals(RequestFlowITContributors.ORDERS, find(json(again).getJsonArray("steps"), "Orders").getJsonArray("lines")
                .getJsonObject(0).getInt("count"), "a done contributor is not called again");
    }

    @Test
    void extensionFollowsArticle12AndThePersonIsTold() throws Exception {
        String email = "ext-" + UUID.randomUUID() + "@example.com";
        String reference = verifiedRequest(email, "portability");
        assertEquals(400, admin("POST", "/gdpr/api/admin/requests/" + reference + "/extend", "{\"months\":3,\"reason\":\"volume\"}").statusCode());
        assertEquals(400, admin("POST", "/gdpr/api/admin/requests/" + reference + "/extend", "{\"months\":2}").statusCode(),
                "a reason is required");
        HttpResponse<String> extended = admin("POST", "/gdpr/api/admin/requests/" + reference + "/extend",
                "{\"months\":2,\"reason\":\"Ten years of orders to gather\"}");
        assertEquals(200, extended.statusCode(), extended.body());
        JsonObject request = json(extended);
        assertEquals(LocalDate.parse(request.getString("dueOn")).plusMonths(2).toString(), request.getString("deadline"));
        assertEquals(409, admin("POST", "/gdpr/api/admin/requests/" + reference + "/extend",
                "{\"months\":1,\"reason\":\"again\"}").statusCode(), "one extension only");
        assertTrue(waitForLetter(email, "Ten years of orders to gather"), "the person is told why");
        assertEquals(400, admin("POST", "/gdpr/api/admin/requests/" + reference + "/refuse", "{}").statusCode());
        HttpResponse<String> refused = admin("POST", "/gdpr/api/admin/requests/" + reference + "/refuse",
                "{\"reason\":\"Manifestly excessive: the fifth identical request this month (Art. 12(5))\"}");
        assertEquals("refused", json(refused).getString("status"));
        assertTrue(waitForLetter(email, "CNIL"), "a refusal names the right to complain");
    }

    @Test
    void badInputIsRefusedWithTheFieldAndRepeatsAreLimited() throws Exception {
        RequestFlowITClients.Answer bad = post("/gdpr/api/requests", "{\"right\":\"teleport\",\"email\":\"nope\"}", null);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("right:") && bad.body().contains("email:"), bad.body());
        assertEquals(400, post("/gdpr/api/requests", "{not json", null).statusCode());
        assertEquals(403, post("/gdpr/api/requests", "{\"right\":\"access\",\"email\":\"a@example.com\"}", "https://evil.example")
                .statusCode());
        String email = "many-" + UUID.randomUUID() + "@example.com";
        for (int i = 0; i < 3; i++) {
            assertEquals(202, post("/gdpr/api/requests", "{\"right\":\"access\",\"email\":\"" + email + "\"}", null).statusCode());
        }
        assertEquals(429, post("/gdpr/api/requests", "{\"right\":\"access\",\"email\":\"" + email + "\"}", null).statusCode());
        HttpResponse<String> formAnswer = form("/gdpr/requests", Map.of("right", "access", "email", "x"));
        assertEquals(400, formAnswer.statusCode());
        assertTrue(formAnswer.body().contains("aria-invalid=\"true\""), "the form marks the field");
    }

    /**
     * Issue 19 item 2: a stranger files a request for someone else's address with a Host header
     * of their own site. The letter would carry the victim's working token to that site; instead
     * the request is refused and nothing is mailed. Forwarded headers from a caller that is not a
     * configured proxy count for nothing, in the links and in the origin check.
     */
    @Test
    void aLetterNeverCarriesALinkToAHostTheSiteDoesNotKnow() throws Exception {
        String victim = "victim-" + UUID.randomUUID() + "@example.com";
        String body = "{\"right\":\"erasure\",\"email\":\"" + victim + "\"}";
        String[] spoofed = raw("evil.example", Map.of("Origin", "http://evil.example"), body);
        assertEquals("400", spoofed[0], spoofed[1]);
        assertTrue(spoofed[1].contains("gdpr.requests.public-url"), spoofed[1]);

        String[] forwarded = raw(base.getHost() + ":" + base.getPort(),
                Map.of("Origin", "http://evil.example", "X-Forwarded-Host", "evil.example"), body);
        assertEquals("403", forwarded[0], "X-Forwarded-Host from a caller that is no trusted proxy: " + forwarded[1]);

        String[] plain = raw(base.getHost() + ":" + base.getPort(),
                Map.of("Origin", origin(), "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https"), body);
        assertEquals("202", plain[0], plain[1]);
        String link = link(victim, "verify");
        assertTrue(link.startsWith(origin() + "/"), "the link keeps the site's own address: " + link);
        assertEquals(1, smtp.getReceivedMessagesForDomain(victim).length, "only the genuine request was mailed");
        assertFalse(GreenMailUtil.getBody(smtp.getReceivedMessagesForDomain(victim)[0]).contains("evil.example"));

        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/gdpr/requests")).GET());
        assertEquals(200, form.statusCode());
    }

    /** One HTTP/1.1 POST of JSON written by hand, so the Host header can be anything: status and body. */
    private String[] raw(String host, Map<String, String> headers, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST " + URI.create(base.toExternalForm()).getPath() + "gdpr/api/requests HTTP/1.1\r\n")
                .append("Host: ").append(host).append("\r\nContent-Type: application/json\r\nConnection: close\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new String[] {answer.substring(9, 12), answer};
        }
    }

    @Test
    void concurrentRequestsFromOneNetworkAddressStopAtItsLimit() throws Exception {
        InetAddress client = RequestFlowITClients.fresh();
        String run = UUID.randomUUID().toString();
        // every request names another person: only the per-client limit (20) can apply
        List<RequestFlowITClients.Answer> answers = all(30, i -> postFrom(client, "/gdpr/api/requests",
                "{\"right\":\"access\",\"email\":\"flood-" + i + "-" + run + "@example.com\"}", null));

        assertEquals(20, answers.stream().filter(a -> a.statusCode() == 202).count(), "accepted: " + statuses(answers));
        assertRefusedTheDocumentedWay(answers, 10);
        assertEquals(20, json(admin("GET", "/gdpr/api/admin/requests?max=50&q=" + run, null)).getInt("total"), "stored");
    }

    @Test
    void concurrentRequestsForOnePersonStopAtItsLimit() throws Exception {
        String email = "twin-" + UUID.randomUUID() + "@example.com";
        // each from a client of its own: only the per-address limit (3) can apply
        List<RequestFlowITClients.Answer> answers = all(10, i -> post("/gdpr/api/requests",
                "{\"right\":\"access\",\"email\":\"" + email + "\"}", null));

        // the answer to a limited request is the documented 429; what counts is what was stored
        assertEquals(3, json(admin("GET", "/gdpr/api/admin/requests?max=50&q=" + email, null)).getInt("total"),
                "stored; answers: " + statuses(answers));
        assertEquals(3, answers.stream().filter(a -> a.statusCode() == 202).count(), statuses(answers));
        assertRefusedTheDocumentedWay(answers, 7);
    }

    // --- helpers -------------------------------------------------------------------------------

    private interface Call {
        RequestFlowITClients.Answer run(int index) throws Exception;
    }

    /** Runs {@code count} calls at once: each on its own thread, all released by one gate. */
    private static List<RequestFlowITClients.Answer> all(int count, Call call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<RequestFlowITClients.Answer>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(threads.submit(() -> {
                    ready.countDown();
                    gate.await();
                    return call.run(index);
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "threads started");
            gate.countDown();
            List<RequestFlowITClients.Answer> answers = new ArrayList<>();
            for (Future<RequestFlowITClients.Answer> f : calls) {
                answers.add(f.get(180, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void assertRefusedTheDocumentedWay(List<RequestFlowITClients.Answer> answers, int refused) {
        List<RequestFlowITClients.Answer> limited = answers.stream().filter(a -> a.statusCode() != 202).toList();
        assertEquals(refused, limited.size(), statuses(answers));
        for (RequestFlowITClients.Answer a : limited) {
            assertEquals(429, a.statusCode(), a.body());
            assertEquals(String.valueOf(Duration.ofDays(1).toSeconds()), a.retryAfter(), "Retry-After");
            assertTrue(a.body().contains("Too many requests"), a.body());
        }
    }

    private static String statuses(List<RequestFlowITClients.Answer> answers) {
        return answers.stream().map(a -> String.valueOf(a.statusCode())).collect(Collectors.joining(","));
    }


    private String verifiedRequest(String email, String right) throws Exception {
        assertEquals(202, post("/gdpr/api/requests", "{\"right\":\"" + right + "\",\"email\":\"" + email + "\"}", null).statusCode());
        HttpResponse<String> verified = form("/gdpr/requests/verify", Map.of("token", token(link(email, "verify"))));
        Matcher ref = Pattern.compile("R-[2-9A-Z]{4}-[2-9A-Z]{4}").matcher(verified.body());
        assertTrue(ref.find(), verified.body());
        return ref.group();
    }

    private String link(String email, String kind) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessagesForDomain(email)) {
                Matcher m = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
                while (m.find()) {
                    if (m.group(2).equals(kind)) {
                        return m.group(1) + m.group(3);
                    }
                }
            }
            smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no " + kind + " link mailed to " + email);
    }

    private boolean waitForLetter(String email, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessagesForDomain(email)) {
                if (GreenMailUtil.getBody(message).replace("=\r\n", "").contains(text)) {
                    return true;
                }
            }
            smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
        }
        return false;
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }

    private static JsonObject find(JsonArray steps, String contributorSuffix) {
        return steps.stream().map(v -> v.asJsonObject()).filter(o -> o.getString("contributor").endsWith(contributorSuffix))
                .findFirst().orElseThrow(() -> new AssertionError("no step of " + contributorSuffix + " in " + steps));
    }

    private URI uri(String path) {
        return URI.create(base.toExternalForm()).resolve(path.replaceFirst("^/", ""));
    }

    private String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    /** A public request from a network client of its own, so no test counts against another's limit. */
    private RequestFlowITClients.Answer post(String path, String json, String origin) throws Exception {
        return postFrom(RequestFlowITClients.fresh(), path, json, origin);
    }

    private RequestFlowITClients.Answer postFrom(InetAddress client, String path, String json, String origin) throws Exception {
        return RequestFlowITClients.postJson(base, client, path, origin == null ? origin() : origin, json);
    }

    private HttpRequest formRequest(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        new HashMap<>(fields).forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin()).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
        return client.send(formRequest(path, fields), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> admin(String method, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("Origin", origin())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("dpo@it.example:" + AdminConsoleITSecurity.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}

package eu.gdprmodule.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static eu.gdprmodule.examples.shop.TestMailbox.recipient;
import static eu.gdprmodule.examples.shop.TestMailbox.text;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.examples.shop.staff.StaffSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shop tells its customers of a material change to its privacy policy by e-mail, as its policy
 * promises. The policy is published the way the console does it (the module's admin API, signed in
 * as the shop's administrator, from the shop's own origin), and the notices are received by a real
 * SMTP server in this JVM (GreenMail) on the port the build reserved ({@code it.smtp.port}), which
 * {@code arquillian.xml} gives the Micro as {@code shop.mail.port}.
 *
 * <p>The Micro's database is shared with the other test classes of the build, so the shop mails
 * their customers too: each test signs up customers of its own and puts one marker in every
 * summary it publishes, and counts only what reached its customers with its marker. "Nothing
 * else arrived" is checked without timing: a material English version published last must arrive,
 * and by then nothing published before it may have.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PolicyNoticeIT {

    private static final String ADMIN = System.getProperty("it.admin.email", StaffSettings.DEFAULT_ADMIN_EMAIL);
    private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
    private static final String CUSTOMER_PASSWORD = "plum orchard tuesday lantern";
    private static final String SUBJECT = "Important update to our Privacy policy";
    /** An absolute link to the public page, alone on its line. */
    private static final Pattern LINK = Pattern.compile("(?m)^Read it in full: https?://[^\\s/]+(/\\S*)?/gdpr/policies/privacy$");
    private static final Duration DELIVERY = Duration.ofSeconds(90);

    private static TestMailbox smtp;

    @Deployment(testable = false)
    static WebArchive shop() {
        return BuiltShop.war();
    }

    @ArquillianResource
    URL deployment;

    private URI base;
    /** In every summary this test publishes, so it counts only its own notices. */
    private String marker;

    @BeforeAll
    static void startSmtpServer() {
        smtp = TestMailbox.start();
    }

    @AfterAll
    static void stopSmtpServer() {
        if (smtp != null) {
            smtp.close();
        }
    }

    @BeforeEach
    void newMarker() throws URISyntaxException {
        base = deployment.toURI();
        marker = "[" + UUID.randomUUID() + "]";
    }

    @Test
    void aMaterialChangeInTheCustomersLanguageMailsEveryCustomerOneNotice() throws Exception {
        Set<String> customers = signUpCustomers(2);
        Visitor admin = signedInAdministrator();
        String summary = "We now keep invoices for ten years. " + marker;

        publish(admin, "en", "Privacy policy", summary, true);
        awaitNotices(customers, summary);
        String later = "Sign-in logs are now kept six months. " + marker;
        publish(admin, "en", "Privacy policy", later, true);
        awaitNotices(customers, later);

        for (String customer : customers) {
            List<MimeMessage> theirs = ours(customer);
            assertEquals(2, theirs.size(), customer + " got one notice per material version");
            MimeMessage first = withText(theirs, summary);
            assertEquals(SUBJECT, first.getSubject());
            String body = text(first);
            assertTrue(body.contains("\n" + summary + "\n"), body);
            assertTrue(body.contains("Last updated: "), body);
            assertTrue(LINK.matcher(body).find(), body);
            assertTrue(first.getContentType().toLowerCase(Locale.ROOT).contains("charset=utf-8"), first.getContentType());
        }
    }

    @Test
    void aChangeThatIsNotMaterialOrInAnotherLanguageMailsNobody() throws Exception {
        Set<String> customers = signUpCustomers(2);
        Visitor admin = signedInAdministrator();
        String minor = "Typo fixed. " + marker;
        String french = "Les factures sont désormais conservées dix ans. " + marker;
        String fence = "Material change published last. " + marker;

        publish(admin, "en", "Privacy policy", minor, false);
        publish(admin, "fr", "Politique de confidentialité", french, true);
        publish(admin, "en", "Privacy policy", fence, true);
        awaitNotices(customers, fence);

        for (String customer : customers) {
            List<MimeMessage> theirs = ours(customer);
            assertEquals(1, theirs.size(), customer + " got only the notice of the material English version");
            assertTrue(text(theirs.get(0)).contains(fence));
        }
        for (MimeMessage message : smtp.received()) {
            String body = text(message);
            assertTrue(!body.contains(minor) && !body.contains(french), "nobody is told of them: " + body);
        }
    }

    /** Customers signed up through the shop's sign-up page, by address. */
    private Set<String> signUpCustomers(int count) {
        Set<String> addresses = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            String email = "notice-" + UUID.randomUUID() + "@example.com";
            assertTrue(new Visitor(base).signUp("Notice Reader " + i, email, CUSTOMER_PASSWORD), "account " + email);
            addresses.add(email);
        }
        return addresses;
    }

    private Visitor signedInAdministrator() {
        assertNotNull(ADMIN_PASSWORD, "it.admin.password is not set: see the shop's pom");
        Visitor admin = new Visitor(base);
        assertTrue(admin.signIn(ADMIN, ADMIN_PASSWORD), "the administrator signs in");
        return admin;
    }

    /** Saves a draft of the privacy policy and publishes it, as the console's policy editor does. */
    private static void publish(Visitor admin, String language, String title, String summary, boolean material) {
        String drafts = "/gdpr/api/admin/policies/privacy/drafts/" + language;
        String draft = "{\"title\":" + json(title) + ",\"source\":" + json("# " + title + "\n\n" + summary)
                + ",\"summary\":" + json(summary) + ",\"material\":" + material + "}";
        HttpResponse<String> saved = admin.send("PUT", drafts, draft);
        assertEquals(200, saved.statusCode(), "draft saved: " + saved.body());
        HttpResponse<String> published = admin.send("POST", drafts + "/publish", null);
        assertEquals(201, published.statusCode(), "published: " + published.body());
        assertTrue(published.body().replace(" ", "").contains("\"material\":" + material), published.body());
    }

    /**
     * Blocks until each customer has a message containing {@code text}, woken by every message
     * the server receives rather than by a clock.
     */
    private static void awaitNotices(Set<String> customers, String text) {
        smtp.await(received -> {
            Set<String> told = new LinkedHashSet<>();
            for (MimeMessage message : received) {
                if (text(message).contains(text)) {
                    told.add(recipient(message));
                }
            }
            return told.containsAll(customers) ? Optional.of(told) : Optional.empty();
        }, DELIVERY, () -> "not every one of " + customers + " was mailed \"" + text + "\"");
    }

    /** The messages to one customer that this test caused. */
    private List<MimeMessage> ours(String customer) throws MessagingException, IOException {
        List<MimeMessage> theirs = new ArrayList<>();
        for (MimeMessage message : smtp.received()) {
            if (recipient(message).equals(customer) && text(message).contains(marker)) {
                theirs.add(message);
            }
        }
        return theirs;
    }

    private static MimeMessage withText(List<MimeMessage> messages, String text) throws MessagingException, IOException {
        for (MimeMessage message : messages) {
            if (text(message).contains(text)) {
                return message;
            }
        }
        throw new AssertionError("no message with \"" + text + "\"");
    }

    private static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }

    /**
     * One visitor over plain HTTP with its own cookies: signs up and in through the shop's Faces
     * forms, then calls the module's API as a same-origin page would (the API refuses writes from
     * another origin).
     */
    private static final class Visitor {

        private static final Pattern VIEW_STATE = Pattern.compile(
                "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final URI base;

        Visitor(URI base) {
            this.base = base;
        }

        boolean signUp(String fullName, String email, String password) {
            return submit("/signup.xhtml", "signup",
                    Map.of("fullName", fullName, "email", email, "password", password, "company", "")).statusCode() == 302;
        }

        boolean signIn(String email, String password) {
            HttpResponse<String> answer = submit("/login.xhtml", "login", Map.of("email", email, "password", password));
            return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("login");
        }

        /** A JSON request ({@code body} may be null for none) from the shop's own origin. */
        HttpResponse<String> send(String method, String path, String body) {
            HttpRequest.Builder request = request(path).header("Origin", origin()).header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            }
            return exchange(request);
        }

        /** Posts a Faces form as its submit button does (non-AJAX), fields named by their ids. */
        private HttpResponse<String> submit(String path, String formId, Map<String, String> fields) {
            String page = exchange(request(path).GET()).body();
            Matcher viewState = VIEW_STATE.matcher(page);
            assertTrue(viewState.find(), "a Faces form on " + path);
            Map<String, String> form = new LinkedHashMap<>();
            form.put(formId, formId);
            fields.forEach((id, value) -> form.put(formId + ":" + id, value));
            form.put(formId + ":submit", "");
            form.put("jakarta.faces.ViewState", viewState.group(1));
            String encoded = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return exchange(request(path).header("Origin", origin())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded)));
        }

        private String origin() {
            return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(base.resolve(path.replaceFirst("^/", "")));
        }

        private HttpResponse<String> exchange(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

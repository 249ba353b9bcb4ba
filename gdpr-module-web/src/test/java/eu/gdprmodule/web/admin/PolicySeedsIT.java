package eu.gdprmodule.web.admin;

import static eu.gdprmodule.web.admin.AdminConsoleIT.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.web.TestHost;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Both seed privacy policies, reproduced from their registers ({@code docs/examples/*.register.json})
 * and their authored prose ({@code *.privacy.en.md}), published on a real Payara Micro: every fact
 * of each seed ({@code *.facts.txt}) is on the public page, and publishing the second keeps the
 * first readable, unchanged, at its version address.
 */
@ExtendWith(ArquillianExtension.class)
class PolicySeedsIT {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    @Deployment(testable = false)
    static WebArchive host() {
        return TestHost.war("policy-seeds")
                .addClass(AdminConsoleITSecurity.class)
                .addAsWebInfResource(new StringAsset(AdminConsoleITSecurity.WEB_XML), "web.xml")
                .addAsWebInfResource(new StringAsset(AdminConsoleITSecurity.PAYARA_WEB_XML), "payara-web.xml");
    }

    @ArquillianResource
    URL base;

    @AfterEach
    void restoreConfiguredIdentity() {
        // The seed registers carry their controller; the other tests of this database expect the configured one.
        new ConsoleHttp(base).write(ADMIN, "DELETE", "/gdpr/api/admin/settings/controller-identity", null);
    }

    @Test
    void bothSeedPoliciesShowEveryFactAndTheFirstStaysReadableUnchanged() throws IOException {
        ConsoleHttp http = new ConsoleHttp(base);
        String slug = "seed-privacy-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, http.write(ADMIN, "POST", "/gdpr/api/admin/policies", "{\"slug\":\"" + slug + "\"}").statusCode());

        publishSeed(http, slug, "fixery", "First version");
        String fixeryPage = body(http, "/gdpr/policies/" + slug + "?lang=en");
        assertEveryFact("fixery", text(fixeryPage));

        publishSeed(http, slug, "nexoris", "The company changed: Nexoris SAS");
        assertEveryFact("nexoris", publicText(http, "/gdpr/policies/" + slug + "?lang=en"));

        String first = body(http, "/gdpr/policies/" + slug + "/versions/1?lang=en");
        assertEveryFact("fixery", text(first));
        assertFalse(text(first).contains("Nexoris"), "version 1 still says only what it said");
        assertEquals(policyBody(fixeryPage), policyBody(first), "word for word what was published");
    }

    private void publishSeed(ConsoleHttp http, String slug, String seed, String summary) throws IOException {
        HttpResponse<String> imported = http.write(ADMIN, "PUT", "/gdpr/api/admin/register",
                Files.readString(EXAMPLES.resolve(seed + ".register.json")));
        assertEquals(200, imported.statusCode(), imported.body());
        String draft = Json.createObjectBuilder().add("title", "Privacy Policy")
                .add("source", Files.readString(EXAMPLES.resolve(seed + ".privacy.en.md")))
                .add("summary", summary).add("material", true).build().toString();
        String path = "/gdpr/api/admin/policies/" + slug + "/drafts/en";
        HttpResponse<String> saved = http.write(ADMIN, "PUT", path, draft);
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> published = http.write(ADMIN, "POST", path + "/publish", null);
        assertEquals(201, published.statusCode(), published.body());
    }

    private static String publicText(ConsoleHttp http, String path) {
        return text(body(http, path));
    }

    private static String text(String page) {
        return Jsoup.parse(page).text().replaceAll("\\s+", " ");
    }

    private static String policyBody(String page) {
        return Jsoup.parse(page).selectFirst(".gdpr-policy-body").html();
    }

    private static String body(ConsoleHttp http, String path) {
        HttpResponse<String> page = http.get(null, path);
        assertEquals(200, page.statusCode(), path + ": " + page.body());
        return page.body();
    }

    private static void assertEveryFact(String seed, String pageText) throws IOException {
        List<String> facts = Files.readAllLines(EXAMPLES.resolve(seed + ".facts.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.replaceAll("\\s+", " ")).toList();
        assertTrue(facts.size() > 20, seed + " lists its facts");
        List<String> missing = facts.stream().filter(f -> !pageText.contains(f)).toList();
        assertTrue(missing.isEmpty(), seed + ": facts missing from the public page: " + missing + "\n" + pageText);
    }
}

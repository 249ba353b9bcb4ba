package eu.gdprmodule.web.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.ConsentChanged;
import eu.gdprmodule.consent.ConsentChoice;
import eu.gdprmodule.consent.ConsentCookie;
import eu.gdprmodule.consent.ConsentKeys;
import eu.gdprmodule.consent.ConsentMethod;
import eu.gdprmodule.consent.ConsentRecord;
import eu.gdprmodule.consent.ConsentStore;
import eu.gdprmodule.consent.ConsentToken;
import eu.gdprmodule.consent.ProofQuery;
import eu.gdprmodule.policy.PolicyStore;
import eu.gdprmodule.policy.PolicyText;
import eu.gdprmodule.web.TestHost;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consent API as a visitor's browser and host code meet it, on a real Payara Micro and
 * database: a choice answers with its consent id and a signed cookie, its proof is stored with
 * the text shown, a forged or foreign cookie is no consent, a cross-site post is refused, GPC
 * refuses, a choice expires, and a visitor whose choice holds costs no query.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentApiIT {

    @Deployment
    static WebArchive host() {
        return TestHost.war("consent-api", String.join("\n",
                "config_ordinal=500",
                "gdpr.consent.initial-catalogue=classpath:consent/test-cookies.json",
                "gdpr.consent.refresh-seconds=3600",
                "gdpr.policy.refresh-seconds=3600"))
                .addClasses(TestHost.class, ConsentChangesSeen.class, QueryCounter.class, Visitor.class)
                .addAsResource("consent/test-cookies.json");
    }

    @ArquillianResource
    URL base;

    @Inject
    ConsentStore store;

    @Inject
    ConsentKeys keys;

    @Inject
    ConsentChangesSeen seen;

    @Inject
    QueryCounter queries;

    @Inject
    PolicyStore policies;

    private Visitor visitor() {
        return new Visitor(URI.create(base.toString()));
    }

    @Test
    void aNewVisitorHasChosenNothingAndGetsTheBannerWithNothingTicked() throws Exception {
        JsonObject state = visitor().current();
        assertFalse(state.getBoolean("decided"));
        assertTrue(state.isNull("consentId"));
        assertTrue(state.getJsonObject("categories").getBoolean("essential"));
        assertFalse(state.getJsonObject("categories").getBoolean("analytics"));
        assertFalse(state.getJsonObject("services").getBoolean("video"));
        assertEquals("denied", state.getJsonObject("consentMode").getString("analytics_storage"));
        assertEquals("granted", state.getJsonObject("consentMode").getString("security_storage"));
        String html = state.getString("html");
        assertTrue(html.contains("value=\"accept-all\" class=\"gdpr-button\""), html);
        assertTrue(html.contains("value=\"reject-all\" class=\"gdpr-button\""), html);
        assertTrue(html.contains("class=\"gdpr-button\" role=\"button\" data-gdpr-customise"), html);
        assertFalse(html.contains("value=\"analytics\" checked"), "no box ticked for a visitor who has not chosen");
        assertTrue(html.contains("<code>_sa_id</code>"), "the preference centre lists each cookie");
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"" + base.getPath().replaceAll("/$", "") + "/gdpr/consent.css\">"),
                "the container brings its stylesheet to a page that has only the script: " + html);
    }

    @Test
    void acceptingAllAnswersWithAConsentIdASignedCookieAndAStoredProof() throws Exception {
        Visitor visitor = visitor();
        HttpResponse<String> answer = visitor.choose("{\"action\":\"accept-all\",\"language\":\"en\"}");
        assertEquals(201, answer.statusCode(), answer.body());
        JsonObject state = json(answer.body());
        String consentId = state.getString("consentId");
        assertTrue(state.getBoolean("decided"));
        assertTrue(state.getJsonObject("categories").getBoolean("analytics"));
        assertEquals("granted", state.getJsonObject("consentMode").getString("analytics_storage"));
        String setCookie = answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("gdpr_consent=")).findFirst()
                .orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax"), setCookie);
        long maxAge = Long.parseLong(setCookie.replaceAll(".*Max-Age=(\\d+).*", "$1"));
        assertTrue(maxAge > 180L * 86400 - 86400 * 4 && maxAge <= 184L * 86400, "six months: " + maxAge);

        List<ConsentRecord> proofs = store.search(new ProofQuery(consentId, null, null, null), 0, 10);
        assertEquals(1, proofs.size());
        ConsentRecord proof = proofs.get(0);
        assertEquals(ConsentMethod.ACCEPT_ALL, proof.getMethod());
        assertEquals(Set.of("essential", "analytics", "media"), proof.getCategories());
        assertTrue(proof.getServices().contains("shop-analytics"));
        assertTrue(proof.getIpPrefix().endsWith(".0/24") || proof.getIpPrefix().endsWith("::/48"), proof.getIpPrefix());
        assertEquals("ConsentApiIT", proof.getUserAgent());
        String text = store.text(proof.getTextHash()).orElseThrow().getText();
        assertTrue(text.contains("Accept all") && text.contains("_sa_id"), text);
        assertEquals(PolicyStore.sha256(text), proof.getTextHash());

        JsonObject after = visitor.current();
        assertTrue(after.getBoolean("decided"));
        assertEquals(consentId, after.getString("consentId"));
        List<ConsentChanged> events = seen.of(consentId);
        assertEquals(1, events.size());
        assertEquals("accept-all", events.get(0).method());
        assertTrue(events.get(0).granted().contains("analytics"));
    }

    @Test
    void rejectingAfterAcceptingIsAWithdrawalUnderTheSameIdAndExpiresTheRefusedCookies() throws Exception {
        Visitor visitor = visitor();
        String consentId = json(visitor.choose("{\"action\":\"accept-all\"}").body()).getString("consentId");
        visitor.cookie("_sa_id", "v1");
        HttpResponse<String> answer = visitor.choose("{\"action\":\"reject-all\"}");
        JsonObject state = json(answer.body());
        assertEquals(consentId, state.getString("consentId"), "one visitor, one consent id");
        assertFalse(state.getJsonObject("categories").getBoolean("analytics"));
        assertTrue(state.getJsonArray("expire").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(s -> s.getString().equals("_sa_id")));
        assertTrue(answer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("_sa_id=; Max-Age=0")),
                answer.headers().allValues("Set-Cookie").toString());
        List<ConsentRecord> proofs = store.search(new ProofQuery(consentId, null, null, null), 0, 10);
        assertEquals(2, proofs.size());
        assertEquals(ConsentMethod.WITHDRAWAL, proofs.get(0).getMethod(), "newest first");
    }

    @Test
    void aRefusedCookieNamePatternExpiresEveryCookieItCoversEachTimeOneComesBack() throws Exception {
        Visitor visitor = visitor();
        visitor.choose("{\"action\":\"accept-all\"}");
        for (int time = 1; time <= 2; time++) { // the second time, the verdict on each name is the kept one
            // as a script would set them again
            visitor.cookie("peertube-session", "v" + time); // the catalogue's video service: peertube-*
            visitor.cookie("peertubesession", "v" + time); // not covered: the pattern has a dash
            List<String> expired = visitor.choose("{\"action\":\"reject-all\"}").headers().allValues("Set-Cookie");
            assertTrue(expired.stream().anyMatch(c -> c.startsWith("peertube-session=; Max-Age=0")), time + ": " + expired);
            assertFalse(expired.stream().anyMatch(c -> c.startsWith("peertubesession=")), time + ": " + expired);
            assertFalse(expired.stream().anyMatch(c -> c.startsWith("JSESSIONID=")), "an essential cookie stays: " + expired);
        }
    }

    @Test
    void aTamperedOrForeignCookieIsNoConsent() throws Exception {
        Visitor visitor = visitor();
        json(visitor.choose("{\"action\":\"reject-all\"}").body());
        String genuine = visitor.cookieValue("gdpr_consent");
        String tampered = genuine.replaceFirst("\\.essential\\.", ".analytics~essential~media.");
        assertFalse(tampered.equals(genuine));
        Visitor forger = visitor();
        forger.cookie("gdpr_consent", tampered);
        assertFalse(forger.current().getBoolean("decided"));

        ConsentToken token = new ConsentToken(UUID.randomUUID().toString(), 1, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                new ConsentChoice(Set.of("essential", "analytics"), Set.of("shop-analytics")));
        Visitor foreign = visitor();
        foreign.cookie("gdpr_consent", ConsentCookie.encode(token, new byte[32]));
        assertFalse(foreign.current().getBoolean("decided"), "signed with another key");
        Visitor honest = visitor();
        honest.cookie("gdpr_consent", ConsentCookie.encode(token, keys.signingKey()));
        JsonObject state = honest.current();
        assertTrue(state.getBoolean("decided"), "the same token with this site's key holds");
        assertTrue(state.getJsonObject("categories").getBoolean("analytics"));
    }

    @Test
    void aChoiceOlderThanSixMonthsOrOlderThanAMaterialPolicyChangeIsAskedAgain() throws Exception {
        ConsentChoice all = new ConsentChoice(Set.of("essential", "analytics"), Set.of("shop-analytics"));
        Visitor old = visitor();
        old.cookie("gdpr_consent", ConsentCookie.encode(new ConsentToken(UUID.randomUUID().toString(), 1,
                Instant.now().minus(200, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), all), keys.signingKey()));
        JsonObject state = old.current();
        assertFalse(state.getBoolean("decided"));
        assertTrue(state.getBoolean("reconsent"));
        assertFalse(state.getJsonObject("categories").getBoolean("analytics"), "an expired choice grants nothing");

        Visitor recent = visitor();
        recent.cookie("gdpr_consent", ConsentCookie.encode(new ConsentToken(UUID.randomUUID().toString(), 1,
                Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.SECONDS), all), keys.signingKey()));
        assertTrue(recent.current().getBoolean("decided"));
        // a version that is not material asks nobody again (on a new database it is version 1,
        // what the first choices are made under); a material one asks everyone who chose before
        policies.saveDraft("cookies", "en", new PolicyText("Cookies", "We use cookies.", "First", false), null);
        policies.publish("cookies", "en", null, null);
        assertTrue(recent.current().getBoolean("decided"), "a version that is not material asks nobody again");
        policies.saveDraft("cookies", "en", new PolicyText("Cookies", "We now use video cookies.", "New partner", true), null);
        Instant material = policies.publish("cookies", "en", null, null).getPublishedAt();
        JsonObject after = recent.current();
        assertFalse(after.getBoolean("decided"), after.toString());
        assertTrue(after.getBoolean("reconsent"));
        assertTrue(after.getString("html").contains("gdpr-reconsent"));
        // The cookie keeps the second: a choice in the second of a publication counts as made
        // before it. Wait for the clock to leave that second, so the other tests' choices are after it.
        while (!Instant.now().truncatedTo(ChronoUnit.SECONDS).isAfter(material)) {
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
        }
    }

    @Test
    void aCrossSitePostIsRefusedAndStoresNothing() throws Exception {
        long before = store.count(ProofQuery.ALL);
        Visitor visitor = visitor();
        HttpResponse<String> forged = visitor.send(visitor.post("/gdpr/api/consents", "application/json",
                "{\"action\":\"accept-all\"}").header("Origin", "https://evil.example").build());
        assertEquals(403, forged.statusCode(), forged.body());
        assertFalse(forged.headers().firstValue("Set-Cookie").isPresent());
        // X-Forwarded-Host counts only from a configured proxy (gdpr.trusted-proxies): from anyone
        // else, naming the attacker's site there does not make its origin this site's
        HttpResponse<String> forwarded = visitor.send(visitor.post("/gdpr/api/consents", "application/json",
                "{\"action\":\"accept-all\"}").header("Origin", "http://evil.example")
                .header("X-Forwarded-Host", "evil.example").build());
        assertEquals(403, forwarded.statusCode(), forwarded.body());
        HttpResponse<String> fetched = visitor.send(visitor.post("/gdpr/api/consents", "application/json",
                "{\"action\":\"accept-all\"}").header("Sec-Fetch-Site", "cross-site").build());
        assertEquals(403, fetched.statusCode());
        HttpResponse<String> form = visitor.send(visitor.post("/gdpr/consent", "application/x-www-form-urlencoded",
                "action=accept-all&return=%2F").build());
        assertEquals(403, form.statusCode(), "a form post naming no origin");
        assertTrue(form.body().contains("sent from another site"), form.body());
        assertEquals(before, store.count(ProofQuery.ALL));
    }

    @Test
    void theFormWithoutJavaScriptRecordsTheChoiceAndSendsTheVisitorBack() throws Exception {
        Visitor visitor = visitor();
        HttpResponse<String> answer = visitor.send(visitor.post("/gdpr/consent", "application/x-www-form-urlencoded",
                "action=custom&category=analytics&return=%2Fshop%2Fpage%3Fx%3D1&language=fr")
                .header("Origin", visitor.origin()).build());
        assertEquals(303, answer.statusCode(), answer.body());
        assertEquals("/shop/page?x=1", answer.headers().firstValue("Location").orElseThrow());
        JsonObject state = visitor.current();
        assertTrue(state.getJsonObject("categories").getBoolean("analytics"));
        assertFalse(state.getJsonObject("categories").getBoolean("media"));
        ConsentRecord proof = store.search(new ProofQuery(state.getString("consentId"), null, null, null), 0, 1).get(0);
        assertEquals(ConsentMethod.CUSTOM, proof.getMethod());
        assertEquals("fr", proof.getLanguage());

        HttpResponse<String> away = visitor.send(visitor.post("/gdpr/consent", "application/x-www-form-urlencoded",
                "action=reject-all&return=https%3A%2F%2Fevil.example%2F").header("Origin", visitor.origin()).build());
        assertEquals(303, away.statusCode());
        assertFalse(away.headers().firstValue("Location").orElseThrow().contains("evil"), "never redirected off the site");

        HttpResponse<String> page = visitor.send(visitor.get("/gdpr/consent/preferences?lang=fr&return=%2F").build());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Paramètres des cookies"), page.body());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'none'"));
    }

    @Test
    void badInputIsA400ThatSaysWhatToSend() throws Exception {
        Visitor visitor = visitor();
        HttpResponse<String> unknown = visitor.choose("{\"action\":\"accept-some\"}");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("accept-all, reject-all, custom, close or grant"), unknown.body());
        HttpResponse<String> wrongType = visitor.choose("{\"action\":\"custom\",\"categories\":\"analytics\"}");
        assertEquals(400, wrongType.statusCode());
        assertTrue(wrongType.body().contains("categories: must be a list"), wrongType.body());
        HttpResponse<String> broken = visitor.choose("{\"action\":");
        assertEquals(400, broken.statusCode(), broken.body());
        assertFalse(broken.body().contains("Exception"), broken.body());
    }

    @Test
    void everyOtherMistakeIsAProblemThatSaysWhatToDoAndStoresNothing() throws Exception {
        long before = store.count(ProofQuery.ALL);
        Visitor visitor = visitor();
        // only JSON is safe from a cross-site form, so anything else is refused before the origin is read
        HttpResponse<String> form = visitor.send(visitor.post("/gdpr/api/consents", "application/x-www-form-urlencoded",
                "action=accept-all").build());
        assertEquals(415, form.statusCode(), form.body());
        assertEquals(415, json(form.body()).getInt("status"));
        assertTrue(form.body().contains("Content-Type: application/json"), form.body());
        HttpResponse<String> huge = visitor.choose("{\"action\":\"custom\",\"language\":\"" + "x".repeat(20_000) + "\"}");
        assertEquals(413, huge.statusCode(), huge.body());
        assertTrue(json(huge.body()).getString("message").contains("too large"), huge.body());
        HttpResponse<String> read = visitor.send(visitor.get("/gdpr/api/consents").build());
        assertEquals(405, read.statusCode(), read.body());
        assertEquals("POST", read.headers().firstValue("Allow").orElse(""));
        assertTrue(read.body().contains("/gdpr/api/consents/current"), read.body());
        HttpResponse<String> missing = visitor.choose("{}");
        assertEquals(400, missing.statusCode());
        assertEquals(List.of("action: required; one of accept-all, reject-all, custom, close, grant"),
                json(missing.body()).getJsonArray("details").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
        for (HttpResponse<String> refused : List.of(form, huge, read, missing)) {
            assertFalse(refused.headers().firstValue("Set-Cookie").isPresent(), "no cookie without a proof");
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        }
        assertEquals(before, store.count(ProofQuery.ALL));
    }

    @Test
    void globalPrivacyControlRefusesTheCategoriesItCoversAndIsRecorded() throws Exception {
        Visitor visitor = visitor().gpc();
        JsonObject state = json(visitor.choose("{\"action\":\"accept-all\"}").body());
        assertTrue(state.getBoolean("gpc"));
        assertFalse(state.getJsonObject("categories").getBoolean("analytics"), "GPC covers every category by default");
        assertTrue(state.getJsonObject("categories").getBoolean("essential"));
        ConsentRecord proof = store.search(new ProofQuery(state.getString("consentId"), null, null, null), 0, 1).get(0);
        assertTrue(proof.isGpc());
        assertEquals(Set.of("essential"), proof.getCategories());
        assertTrue(visitor.current().getString("html").contains("gdpr-gpc-locked"));
    }

    @Test
    void aVisitorWhoseChoiceHoldsCostsNoDatabaseQuery() throws Exception {
        Visitor visitor = visitor();
        visitor.choose("{\"action\":\"accept-all\"}");
        visitor.current(); // caches warm
        queries.listen();
        int before = queries.count();
        for (int i = 0; i < 20; i++) {
            assertTrue(visitor.current().getBoolean("decided"));
        }
        assertEquals(before, queries.count(), "twenty page views of a visitor who has chosen");
        store.count(ProofQuery.ALL);
        assertTrue(queries.count() > before, "the counter sees the module's queries");
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}

package eu.gdprmodule.web.admin;

import static eu.gdprmodule.web.admin.AdminConsoleIT.ADMIN;
import static eu.gdprmodule.web.admin.AdminConsoleIT.DPO;
import static eu.gdprmodule.web.admin.AdminConsoleIT.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.register.RegisterDocument;
import eu.gdprmodule.register.RegisterFile;
import eu.gdprmodule.web.TestHost;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The register's API on a real Payara Micro, as a console or a script calls it: a register file
 * goes in whole or not at all, comes back out equal, items change only from the version they
 * were read at, every change is audited, the DPO reads but does not write, and the Art. 30 CSV
 * has a row per activity.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterApiIT {

    static final String REGISTER = "/gdpr/api/admin/register";

    @Deployment(testable = false)
    static WebArchive host() {
        return TestHost.war("register-api")
                .addClass(AdminConsoleITSecurity.class)
                .addAsWebInfResource(new StringAsset(AdminConsoleITSecurity.WEB_XML), "web.xml")
                .addAsWebInfResource(new StringAsset(AdminConsoleITSecurity.PAYARA_WEB_XML), "payara-web.xml");
    }

    @ArquillianResource
    URL base;

    private ConsoleHttp http;

    @BeforeEach
    void importNexoris() throws IOException {
        http = new ConsoleHttp(base);
        HttpResponse<String> imported = http.write(ADMIN, "PUT", REGISTER, nexoris());
        assertEquals(200, imported.statusCode(), imported.body());
    }

    @Test
    void aRegisterFileComesBackOutAsItWentIn() throws IOException {
        HttpResponse<String> again = http.write(ADMIN, "PUT", REGISTER, nexoris());
        JsonObject outcome = json(again);
        assertEquals(0, outcome.getInt("created") + outcome.getInt("changed") + outcome.getInt("deleted"),
                "importing the same file again changes nothing: " + again.body());

        HttpResponse<String> exported = http.get(DPO, REGISTER);
        assertEquals(200, exported.statusCode());
        RegisterDocument sent = RegisterFile.read(nexoris());
        RegisterDocument back = RegisterFile.read(exported.body());
        assertEquals(sorted(sent.activities()), sorted(back.activities()));
        assertEquals(sorted(sent.recipients()), sorted(back.recipients()));
        assertEquals(sent.securityMeasures(), back.securityMeasures());
        assertEquals("Fixery SAS", back.controller().name(), "the export names the identity in force");

        HttpResponse<String> download = http.get(DPO, REGISTER + "?download=true");
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"register-"));
    }

    @Test
    void anInvalidFileIsRefusedWithThePathOfEachProblemAndNothingIsImported() throws IOException {
        String before = http.get(ADMIN, REGISTER).body();
        long audit = head();
        JsonObject file = Json.createReader(new StringReader(nexoris())).readObject();
        JsonObject firstActivity = file.getJsonArray("activities").getJsonObject(0);
        JsonObject broken = Json.createObjectBuilder(file)
                .add("activities", Json.createArrayBuilder(file.getJsonArray("activities"))
                        .set(0, Json.createObjectBuilder(firstActivity).add("name", "Kept only if valid")
                                .add("retention", Json.createObjectBuilder(firstActivity.getJsonObject("retention"))
                                        .add("period", "3 years"))))
                .add("recipients", Json.createArrayBuilder(file.getJsonArray("recipients"))
                        .add(Json.createObjectBuilder().add("key", "overseas").add("name", "Overseas Inc.")
                                .add("kind", "vendor").add("country", "US")))
                .build();
        HttpResponse<String> refused = http.write(ADMIN, "PUT", REGISTER, broken.toString());
        assertEquals(400, refused.statusCode(), refused.body());
        String details = json(refused).getJsonArray("details").toString();
        assertTrue(details.contains("activities[0].retention.period: Give the period as ISO-8601"), details);
        int overseas = file.getJsonArray("recipients").size();
        assertTrue(details.contains("recipients[" + overseas + "].kind: 'vendor' is not one of internal, processor"), details);
        assertEquals(before, http.get(ADMIN, REGISTER).body(), "nothing imported");
        assertEquals(audit, head(), "nothing audited");

        HttpResponse<String> notJson = http.write(ADMIN, "PUT", REGISTER, "{\"format\": ");
        assertEquals(400, notJson.statusCode());
        // refused by the API's JSON guard before the register file is read (issue 19)
        assertTrue(json(notJson).getString("message").startsWith("The request body is not valid JSON (line 1, column"),
                notJson.body());
    }

    @Test
    void anActivityChangesOnlyFromTheVersionItWasReadAtAndEachChangeIsAudited() {
        JsonObject activity = Json.createObjectBuilder().add("key", "webinars").add("name", "Webinar registrations")
                .add("purposes", Json.createArrayBuilder().add("Register people for our webinars"))
                .add("dataCategories", Json.createArrayBuilder().add("identity").add("professional"))
                .add("dataSubjects", Json.createArrayBuilder().add("prospects"))
                .add("legalBases", Json.createArrayBuilder().add(Json.createObjectBuilder().add("basis", "consent")))
                .add("retention", Json.createObjectBuilder().add("period", "P1Y").add("startsAt", "collection")
                        .add("endAction", "delete"))
                .build();
        HttpResponse<String> created = http.write(ADMIN, "POST", REGISTER + "/activities", activity.toString());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("\"1\"", created.headers().firstValue("ETag").orElse(""));
        JsonObject entry = newest();
        assertEquals("register-activity", entry.getString("entityType"));
        assertEquals("webinars", entry.getString("entityId"));
        assertEquals("created", entry.getString("action"));
        assertTrue(entry.getString("after").contains("retention.period=P1Y"), entry.toString());

        for (String notAnObject : List.of("[]", "42", "\"webinars\"")) {
            HttpResponse<String> refused = http.write(ADMIN, "POST", REGISTER + "/activities", notAnObject);
            assertEquals(400, refused.statusCode(), notAnObject + ": " + refused.body());
            assertTrue(json(refused).getJsonArray("details").getString(0).startsWith("activity: Send the activity as a JSON object"),
                    refused.body());
        }

        HttpResponse<String> duplicate = http.write(ADMIN, "POST", REGISTER + "/activities", activity.toString());
        assertEquals(400, duplicate.statusCode());
        assertTrue(json(duplicate).getJsonArray("details").getString(0).startsWith("activity.key: An activity with the key 'webinars' already exists"));

        // what a GET returns can be sent back with a change
        JsonObject read = json(http.get(DPO, REGISTER + "/activities/webinars"));
        JsonObject changed = Json.createObjectBuilder(read).add("retention", Json.createObjectBuilder()
                .add("period", "P2Y").add("startsAt", "collection").add("endAction", "anonymise")).build();
        HttpResponse<String> noVersion = http.write(ADMIN, "PUT", REGISTER + "/activities/webinars", changed.toString());
        assertEquals(428, noVersion.statusCode(), noVersion.body());
        HttpResponse<String> saved = http.write(ADMIN, "PUT", REGISTER + "/activities/webinars", changed.toString(), "\"1\"");
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(2, json(saved).getInt("version"));
        entry = newest();
        assertEquals("changed", entry.getString("action"));
        assertEquals("retention.period=P1Y; retention.endAction=delete", entry.getString("before"));
        assertEquals("retention.period=P2Y; retention.endAction=anonymise", entry.getString("after"));

        HttpResponse<String> stale = http.write(ADMIN, "PUT", REGISTER + "/activities/webinars", changed.toString(), "\"1\"");
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(json(stale).getString("message").contains("was changed by " + ADMIN), stale.body());

        HttpResponse<String> dpo = http.write(DPO, "PUT", REGISTER + "/activities/webinars", changed.toString(), "\"2\"");
        assertEquals(403, dpo.statusCode());

        HttpResponse<String> deleted = http.write(ADMIN, "DELETE", REGISTER + "/activities/webinars", null, "\"2\"");
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertEquals("deleted", newest().getString("action"));
        assertEquals(404, http.get(DPO, REGISTER + "/activities/webinars").statusCode());
    }

    @Test
    void aRecipientOutsideTheEeaNeedsItsSafeguardAndOneInUseStays() {
        JsonObject recipient = Json.createObjectBuilder().add("key", "mailer").add("name", "Mailer Inc.")
                .add("kind", "processor").add("country", "us").build();
        HttpResponse<String> refused = http.write(ADMIN, "POST", REGISTER + "/recipients", recipient.toString());
        assertEquals(400, refused.statusCode());
        assertTrue(json(refused).getJsonArray("details").getString(0).startsWith("recipient.transfer: US is outside"),
                refused.body());
        JsonObject safeguarded = Json.createObjectBuilder(recipient).add("transfer", Json.createObjectBuilder()
                .add("mechanism", "scc").add("reference", "SCC module 2, signed 2024-05-01")).build();
        assertEquals(201, http.write(ADMIN, "POST", REGISTER + "/recipients", safeguarded.toString()).statusCode());
        assertEquals(204, http.write(ADMIN, "DELETE", REGISTER + "/recipients/mailer", null, "\"1\"").statusCode());

        JsonArray activities = Json.createReader(new StringReader(http.get(DPO, REGISTER + "/activities").body())).readArray();
        JsonObject user = activities.stream().map(v -> v.asJsonObject())
                .filter(a -> !a.getJsonArray("recipients").isEmpty()).findFirst().orElseThrow();
        String used = user.getJsonArray("recipients").getString(0);
        int version = json(http.get(DPO, REGISTER + "/recipients/" + used)).getInt("version");
        HttpResponse<String> inUse = http.write(ADMIN, "DELETE", REGISTER + "/recipients/" + used, null, "\"" + version + "\"");
        assertEquals(400, inUse.statusCode());
        assertTrue(json(inUse).getJsonArray("details").getString(0).contains(user.getString("key")), inUse.body());
    }

    @Test
    void theArticle30CsvHasOneRowPerActivity() throws IOException {
        HttpResponse<String> csv = http.get(DPO, REGISTER + "/register.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        RegisterDocument nexoris = RegisterFile.read(nexoris());
        assertEquals(nexoris.activities().size(), rows.size());
        CSVRecord first = rows.stream().filter(r -> r.get("activity_key").equals(nexoris.activities().get(0).key()))
                .findFirst().orElseThrow();
        assertEquals(nexoris.activities().get(0).purposes().get(0), first.get("purposes").lines().findFirst().orElseThrow());
        assertEquals("Fixery SAS", first.get("controller"));
    }

    @Test
    void theDashboardCountsTheRegisterAndNamesActivitiesWithoutARetentionPeriod() throws IOException {
        RegisterDocument nexoris = RegisterFile.read(nexoris());
        JsonObject dashboard = json(http.get(DPO, "/gdpr/api/admin/dashboard"));
        assertEquals(nexoris.activities().size(), dashboard.getInt("registerActivities"), dashboard.toString());
        assertEquals(nexoris.recipients().size(), dashboard.getInt("registerRecipients"));
        assertEquals(0, dashboard.getInt("transfersOutsideEea"), "Nexoris: nothing leaves the EU");
        // Nexoris states no period for its B2B communications
        List<String> without = nexoris.activities().stream().filter(a -> a.retention() == null)
                .map(a -> a.name()).toList();
        assertTrue(!without.isEmpty());
        List<String> shown = dashboard.getJsonArray("activitiesWithoutRetention").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        assertEquals(sorted(without), sorted(shown));
    }

    private static String nexoris() throws IOException {
        // Without the controller: the other tests of this database expect the configured identity.
        JsonObject file = Json.createReader(new StringReader(Files.readString(
                Path.of("..", "docs", "examples", "nexoris.register.json")))).readObject();
        return Json.createObjectBuilder(file).remove("controller").build().toString();
    }

    private static <T> List<T> sorted(List<T> items) {
        return items.stream().sorted(java.util.Comparator.comparing(Object::toString)).toList();
    }

    private long head() {
        return json(http.get(ADMIN, "/gdpr/api/admin/audit/head")).getJsonNumber("lastSeq").longValue();
    }

    private JsonObject newest() {
        return json(http.get(ADMIN, "/gdpr/api/admin/audit/entries?max=1")).getJsonArray("entries").getJsonObject(0);
    }
}

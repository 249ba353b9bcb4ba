package eu.gdprmodule.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the register file reader refuses, and where it says the problem is. An import replaces the
 * whole register (Art. 30 GDPR), so a file is refused as a whole, and every problem must name the
 * field to fix: each test asserts the exact path reported.
 */
class RegisterFileTest {

    private static final String RECIPIENT = """
            {"key": "hosting", "name": "Clever Cloud SAS", "kind": "processor", "service": "Hosting", "country": "FR"}""";

    private static final String ACTIVITY = """
            {
              "key": "prospects",
              "name": "Quote requests",
              "purposes": ["Answer quote requests and follow them up"],
              "dataCategories": ["identity", "contact", "messages"],
              "dataSubjects": ["prospects"],
              "legalBases": [{"basis": "contract", "justification": "Steps taken at the person's request before a contract"}],
              "recipients": ["hosting"],
              "retention": {"period": "P3Y", "startsAt": "last-contact", "endAction": "delete"}
            }""";

    private static final String VALID = file(RECIPIENT, ACTIVITY);

    @Test
    void theMinimalFileOfTheDocumentationIsAccepted() {
        RegisterDocument document = RegisterFile.read(VALID);
        assertEquals(1, document.recipients().size());
        assertEquals(1, document.activities().size());
        assertEquals("prospects", document.activities().get(0).key());
    }

    @Test
    void textThatIsNotJsonIsRefusedAtTheRoot() {
        assertEquals(List.of("$"), paths("{\"format\": \"gdpr-register/1\", \"recipients\": ["));
        assertEquals(List.of("$"), paths(""));
        assertEquals(List.of("$"), paths("[]"), "a register file is an object, not a list");
    }

    @Test
    void aFileWithoutItsFormatIsRefused() {
        assertEquals(List.of("format"), paths(replace(VALID, "\"format\": \"gdpr-register/1\",", "")));
        assertEquals(List.of("format"), paths(replace(VALID, "gdpr-register/1", "gdpr-register/2")));
    }

    @Test
    void aMisspeltFieldIsAnErrorNotSilentlyIgnored() {
        // "purpose" for "purposes": the unknown field is named, and the real one is then missing.
        List<String> paths = paths(replace(VALID, "\"purposes\":", "\"purpose\":"));
        assertEquals(List.of("activities[0].purpose", "activities[0].purposes"), paths);
        assertEquals(List.of("colour"), paths(replace(VALID, "\"format\":", "\"colour\": \"blue\", \"format\":")));
    }

    @Test
    void aPeriodInWordsIsRefusedWithItsPath() {
        List<RegisterProblem> problems = problems(replace(VALID, "\"P3Y\"", "\"3 years\""));
        assertEquals(List.of("activities[0].retention.period"), paths(problems));
        assertTrue(problems.get(0).message().contains("P3Y"), "the message shows the expected form");
    }

    @Test
    void aRecipientOutsideTheEeaWithoutATransferSafeguardIsRefused() {
        // Chapter V GDPR: a transfer to the US needs a safeguard (here, none is given).
        String us = replace(RECIPIENT, "\"FR\"", "\"US\"");
        List<RegisterProblem> problems = problems(file(us, ACTIVITY));
        assertEquals(List.of("recipients[0].transfer"), paths(problems));
        assertTrue(problems.get(0).message().startsWith("US is outside the EU/EEA"), problems.get(0).message());
    }

    @Test
    void aRecipientOutsideTheEeaWithATransferSafeguardIsAccepted() {
        String us = replace(RECIPIENT, "\"FR\"", "\"US\", \"transfer\": {\"mechanism\": \"dpf\", "
                + "\"reference\": \"https://www.dataprivacyframework.gov/\"}");
        assertEquals(1, RegisterFile.read(file(us, ACTIVITY)).recipients().size());
    }

    @Test
    void aRecipientInsideTheEeaWithATransferSafeguardIsRefused() {
        // No transfer happens inside the EU/EEA, so a safeguard there is a mistake in the register.
        String fr = replace(RECIPIENT, "\"FR\"", "\"FR\", \"transfer\": {\"mechanism\": \"scc\"}");
        List<RegisterProblem> problems = problems(file(fr, ACTIVITY));
        assertEquals(List.of("recipients[0].transfer"), paths(problems));
        assertTrue(problems.get(0).message().startsWith("FR is in the EU/EEA"), problems.get(0).message());
    }

    @Test
    void legitimateInterestsWithoutTheBalancingTestAreRefused() {
        // Art. 6(1)(f): the register must say which interest and why it is not overridden.
        String activity = replace(ACTIVITY,
                "{\"basis\": \"contract\", \"justification\": \"Steps taken at the person's request before a contract\"}",
                "{\"basis\": \"legitimate-interests\"}");
        assertEquals(List.of("activities[0].legalBases[0].justification"), paths(file(RECIPIENT, activity)));
    }

    @Test
    void aLegalObligationWithoutTheLawCitedIsRefused() {
        // Art. 6(3): the law behind a legal obligation must be named.
        String activity = replace(ACTIVITY,
                "{\"basis\": \"contract\", \"justification\": \"Steps taken at the person's request before a contract\"}",
                "{\"basis\": \"contract\"}, {\"basis\": \"legal-obligation\", \"justification\": \"  \"}");
        assertEquals(List.of("activities[0].legalBases[1].justification"), paths(file(RECIPIENT, activity)));
    }

    @Test
    void anActivityNamingARecipientThatDoesNotExistIsRefused() {
        String activity = replace(ACTIVITY, "\"recipients\": [\"hosting\"]", "\"recipients\": [\"mailer\"]");
        assertEquals(List.of("activities[0].recipients[0]"), paths(file(RECIPIENT, activity)));
    }

    @Test
    void twoActivitiesWithTheSameKeyAreRefusedAtTheSecond() {
        assertEquals(List.of("activities[1].key"), paths(file(RECIPIENT, ACTIVITY + ",\n" + ACTIVITY)));
    }

    @Test
    void twoRecipientsWithTheSameKeyAreRefusedAtTheSecond() {
        assertEquals(List.of("recipients[1].key"), paths(file(RECIPIENT + ",\n" + RECIPIENT, ACTIVITY)));
    }

    @Test
    void aPeriodStartingAtAHostEventMustNameTheEvent() {
        String activity = replace(ACTIVITY, "\"last-contact\"", "\"host-event\"");
        assertEquals(List.of("activities[0].retention.hostEvent"), paths(file(RECIPIENT, activity)));

        String named = replace(ACTIVITY, "\"last-contact\"", "\"host-event\", \"hostEvent\": \"unsubscribed\"");
        assertEquals("unsubscribed", RegisterFile.read(file(RECIPIENT, named)).activities().get(0).retention().hostEvent());
    }

    @Test
    void aHostEventNameWithAnotherStartIsRefused() {
        String activity = replace(ACTIVITY, "\"last-contact\"", "\"last-contact\", \"hostEvent\": \"unsubscribed\"");
        assertEquals(List.of("activities[0].retention.hostEvent"), paths(file(RECIPIENT, activity)));
    }

    @Test
    void aZeroPeriodWithoutAnArchiveStageIsRefused() {
        // It would delete the data the moment the clock starts: almost certainly a mistake.
        String activity = replace(ACTIVITY, "\"P3Y\"", "\"P0D\"");
        assertEquals(List.of("activities[0].retention.period"), paths(file(RECIPIENT, activity)));
    }

    @Test
    void anUnknownDataCategoryIsRefusedAtItsIndex() {
        String activity = replace(ACTIVITY, "[\"identity\", \"contact\", \"messages\"]",
                "[\"identity\", \"health\", \"messages\"]");
        List<RegisterProblem> problems = problems(file(RECIPIENT, activity));
        assertEquals(List.of("activities[0].dataCategories[1]"), paths(problems));
        assertTrue(problems.get(0).message().contains("'health'"), problems.get(0).message());
    }

    @Test
    void anUnknownDataSubjectCategoryAndLegalBasisAreRefused() {
        String activity = replace(replace(ACTIVITY, "[\"prospects\"]", "[\"visitors\", \"robots\"]"),
                "\"basis\": \"contract\"", "\"basis\": \"contractual\"");
        assertEquals(List.of("activities[0].dataSubjects[1]", "activities[0].legalBases[0].basis"),
                paths(file(RECIPIENT, activity)));
    }

    @Test
    void severalFieldProblemsAreReportedAtOnce() {
        String recipient = replace(RECIPIENT, "\"processor\"", "\"vendor\"");
        String activity = replace(replace(replace(ACTIVITY, "\"P3Y\"", "\"3 years\""),
                "\"identity\"", "\"identity-card\""), "\"delete\"", "\"shred\"");
        String json = replace(file(recipient, activity), "\"format\": \"gdpr-register/1\",", "");
        List<String> paths = paths(json);
        assertEquals(List.of("format", "recipients[0].kind", "activities[0].dataCategories[0]",
                "activities[0].retention.period", "activities[0].retention.endAction"), paths);
        assertEquals(5, paths.size());
    }

    @Test
    void severalRuleProblemsAreReportedAtOnce() {
        String us = replace(RECIPIENT, "\"FR\"", "\"US\"");
        String activity = replace(replace(ACTIVITY,
                "{\"basis\": \"contract\", \"justification\": \"Steps taken at the person's request before a contract\"}",
                "{\"basis\": \"legitimate-interests\"}"), "[\"hosting\"]", "[\"hosting\", \"mailer\"]");
        List<String> paths = paths(file(us, activity));
        assertEquals(List.of("recipients[0].transfer", "activities[0].legalBases[0].justification",
                "activities[0].recipients[1]"), paths);
    }

    @Test
    void theRefusalCarriesEveryProblemInItsMessageCount() {
        InvalidRegister refused = assertThrows(InvalidRegister.class,
                () -> RegisterFile.read(replace(replace(VALID, "\"P3Y\"", "\"3 years\""), "\"format\": \"gdpr-register/1\",", "")));
        assertEquals(2, refused.problems().size());
        assertTrue(refused.getMessage().startsWith("2 problems"), refused.getMessage());
    }

    /**
     * The rules between fields (a safeguard for a transfer, recipients that exist) are checked
     * once every field reads: until then an item that does not read cannot be checked against
     * the others. docs/register-file.md says so.
     */
    @Test
    void ruleProblemsAreReportedOnceEveryFieldReads() {
        String us = replace(RECIPIENT, "\"FR\"", "\"US\"");
        String activity = replace(ACTIVITY, "\"P3Y\"", "\"3 years\"");
        assertEquals(List.of("activities[0].retention.period"), paths(file(us, activity)));
        assertEquals(List.of("recipients[0].transfer"), paths(file(us, ACTIVITY)));
    }

    @Test
    void aKeyGivenTwiceIsRefusedRatherThanTheLastOneWinning() {
        // a second "activities" would silently replace the first list, and an import replaces the register
        String twice = VALID.replaceFirst("\"recipients\":", "\"activities\": [], \"recipients\":");
        assertEquals(List.of("$"), paths(twice));
    }

    @Test
    void contentAfterTheObjectIsRefused() {
        assertEquals(List.of("$"), paths(VALID + " {}"));
        assertEquals(List.of("$"), paths(VALID + " trailing"));
    }

    @Test
    void anOptionalListMayBeNull() {
        String nullMeasures = VALID.replaceFirst("\"format\": \"gdpr-register/1\",",
                "\"format\": \"gdpr-register/1\", \"securityMeasures\": null,");
        assertTrue(RegisterFile.read(nullMeasures).securityMeasures().isEmpty());
    }

    /** A non-text entry before an unknown code shifts the index the reader reports for the code. */
    @Test
    void anUnknownCodeAfterANonTextEntryIsReportedAtItsOwnIndex() {
        String activity = replace(ACTIVITY, "[\"identity\", \"contact\", \"messages\"]",
                "[\"identity\", 5, \"health\"]");
        assertEquals(List.of("activities[0].dataCategories[1]", "activities[0].dataCategories[2]"),
                paths(file(RECIPIENT, activity)));
    }

    @Test
    void writingAndReadingAgainGivesTheSameRegister() {
        String full = """
                {
                  "format": "gdpr-register/1",
                  "controller": {
                    "name": "Demo Shop SAS", "postalAddress": "12 rue de la Paix, 75002 Paris",
                    "privacyContactEmail": "privacy@demo-shop.example", "legalRepresentative": "Camille Martin",
                    "dataProtectionOfficer": {"name": "Dominique Durand", "email": "dpo@demo-shop.example"},
                    "supervisoryAuthority": {"name": "CNIL", "postalAddress": "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07",
                                             "website": "https://www.cnil.fr"}
                  },
                  "securityMeasures": ["TLS 1.2+ for data in transit", "Encrypted backups"],
                  "recipients": [
                    {"key": "hosting", "name": "HostCo SAS", "kind": "processor", "service": "Hosting", "country": "fr",
                     "dpaSignedOn": "2024-03-31"},
                    {"key": "mailer", "name": "MailCo Inc.", "kind": "processor", "country": "US",
                     "transfer": {"mechanism": "dpf", "reference": "https://www.dataprivacyframework.gov/"}},
                    {"key": "tax", "name": "DGFiP", "kind": "authority"}
                  ],
                  "activities": [
                    {"key": "newsletter", "name": "Newsletter", "description": "Monthly news",
                     "purposes": ["Send the newsletter"], "dataCategories": ["contact", "preferences"],
                     "personalData": "E-mail address", "dataSubjects": ["subscribers"],
                     "legalBases": [{"basis": "consent"}], "source": "The sign-up form",
                     "recipients": ["hosting", "mailer"],
                     "retention": {"period": "P2W", "startsAt": "host-event", "hostEvent": "unsubscribed",
                                   "archivePeriod": "P1Y", "endAction": "anonymise", "description": "Two weeks"},
                     "securityMeasures": "Double opt-in"},
                    {"key": "billing", "name": "Invoices", "purposes": ["Issue invoices"], "dataCategories": ["billing"],
                     "dataSubjects": ["customers"],
                     "legalBases": [{"basis": "legal-obligation", "justification": "French Commercial Code, art. L123-22"}]}
                  ]
                }""";
        RegisterDocument first = RegisterFile.read(full);
        String written = RegisterFile.write(first);
        RegisterDocument again = RegisterFile.read(written);
        assertEquals(first, again);
        assertEquals(written, RegisterFile.write(again), "writing is stable");
        assertEquals("FR", again.recipients().get(0).country(), "country codes are upper-cased");
    }

    @Test
    void theSeedRegistersSurviveARoundTrip() throws IOException {
        for (String name : List.of("fixery.register.json", "nexoris.register.json")) {
            RegisterDocument first = RegisterFile.read(Files.readString(Path.of("..", "docs", "examples", name),
                    StandardCharsets.UTF_8));
            assertEquals(first, RegisterFile.read(RegisterFile.write(first)), name);
        }
    }

    // --- helpers

    private static String file(String recipients, String activities) {
        return "{\n  \"format\": \"gdpr-register/1\",\n  \"recipients\": [" + recipients + "],\n  \"activities\": ["
                + activities + "]\n}";
    }

    /** Replaces text that must be there, so a test cannot pass by changing nothing. */
    private static String replace(String json, String from, String to) {
        assertTrue(json.contains(from), "the test file does not contain " + from);
        return json.replace(from, to);
    }

    private static List<RegisterProblem> problems(String json) {
        return assertThrows(InvalidRegister.class, () -> RegisterFile.read(json)).problems();
    }

    private static List<String> paths(String json) {
        return paths(problems(json));
    }

    private static List<String> paths(List<RegisterProblem> problems) {
        return problems.stream().map(RegisterProblem::path).toList();
    }
}

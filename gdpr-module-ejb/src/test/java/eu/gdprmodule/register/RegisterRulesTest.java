package eu.gdprmodule.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.DataCategory;
import eu.gdprmodule.api.DataSubjectCategory;
import eu.gdprmodule.api.LegalBasis;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.ProcessingActivity.LegalGround;
import eu.gdprmodule.api.Recipient;
import eu.gdprmodule.api.Recipient.TransferMechanism;
import eu.gdprmodule.api.Recipient.TransferSafeguard;
import eu.gdprmodule.api.RetentionRule;
import eu.gdprmodule.api.RetentionRule.EndAction;
import eu.gdprmodule.api.RetentionRule.Start;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The register's rules on entries built in code, as the console's forms build them: each rule
 * broken once, with the path and message it yields. {@link RegisterFileTest} covers the same
 * rules as a file import reports them.
 */
class RegisterRulesTest {

    private static final String AT = "activities[0]";
    private static final Set<String> RECIPIENTS = Set.of("hosting");
    private static final RetentionRule THREE_YEARS = new RetentionRule(Period.ofYears(3), Start.LAST_CONTACT, null, null,
            EndAction.DELETE, null);

    // one valid activity, changed one field at a time
    private String key = "prospects";
    private String name = "Quote requests";
    private String description = null;
    private List<String> purposes = List.of("Answer quote requests");
    private List<DataCategory> dataCategories = List.of(DataCategory.IDENTITY, DataCategory.CONTACT);
    private List<DataSubjectCategory> dataSubjects = List.of(DataSubjectCategory.PROSPECTS);
    private List<LegalGround> legalBases = List.of(new LegalGround(LegalBasis.CONTRACT, null));
    private List<String> recipientKeys = List.of("hosting");
    private RetentionRule retention = THREE_YEARS;

    private List<RegisterProblem> problems() {
        ProcessingActivity activity = new ProcessingActivity(key, name, description, purposes, dataCategories, null, dataSubjects,
                legalBases, null, recipientKeys, retention, null);
        return RegisterRules.activityProblems(activity, AT, RECIPIENTS);
    }

    private static List<RegisterProblem> recipient(String key, String country, TransferSafeguard transfer) {
        return RegisterRules.recipientProblems(new Recipient(key, "Clever Cloud SAS", Recipient.Kind.PROCESSOR, "Hosting", country,
                transfer, null), "recipients[0]");
    }

    private static RegisterProblem only(List<RegisterProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static RetentionRule retention(Period period, Start start, String hostEvent, Period archive) {
        return new RetentionRule(period, start, hostEvent, archive, EndAction.DELETE, null);
    }

    @Test
    void theValidActivityAndRecipientHaveNoProblem() {
        assertEquals(List.of(), problems());
        assertEquals(List.of(), recipient("hosting", "FR", null));
        assertEquals(List.of(), recipient("hosting", null, null), "the country may be left out");
    }

    @Test
    void aMissingKeyAsksForOne() {
        key = " ";
        RegisterProblem problem = only(problems());
        assertEquals(AT + ".key", problem.path());
        assertEquals("Give a key: lower-case letters, digits and hyphens, such as \"customer-account\".", problem.message());
    }

    @Test
    void aKeyWithCapitalsOrDoubleHyphensIsRefused() {
        for (String bad : List.of("Prospects", "quote--requests", "-quote", "quote_requests")) {
            key = bad;
            RegisterProblem problem = only(problems());
            assertEquals(AT + ".key", problem.path(), bad);
            assertEquals("'" + bad + "' is not a valid key: use lower-case letters, digits and single hyphens, at most 80 characters,"
                    + " such as \"customer-account\".", problem.message());
        }
    }

    @Test
    void aKeyOfEightyCharactersIsTheLongestAccepted() {
        key = "a".repeat(80);
        assertEquals(List.of(), problems());
        key = "a".repeat(81);
        assertEquals(AT + ".key", only(problems()).path());
    }

    @Test
    void anActivityNeedsAName() {
        name = "";
        RegisterProblem problem = only(problems());
        assertEquals(AT + ".name", problem.path());
        assertEquals("Give the activity a short name, such as \"Newsletter\".", problem.message());
    }

    @Test
    void aNameIsAtMostTwoHundredCharactersAndATextFourThousand() {
        name = "n".repeat(200);
        description = "d".repeat(4000);
        assertEquals(List.of(), problems());
        name = "n".repeat(201);
        description = "d".repeat(4001);
        assertEquals(List.of(new RegisterProblem(AT + ".name", "This text is 201 characters long; at most 200 are kept. Shorten it."),
                new RegisterProblem(AT + ".description", "This text is 4001 characters long; at most 4000 are kept. Shorten it.")),
                problems());
    }

    @Test
    void anActivityWithoutAPurposeIsRefusedCitingArticle5() {
        purposes = List.of();
        RegisterProblem problem = only(problems());
        assertEquals(AT + ".purposes", problem.path());
        assertTrue(problem.message().contains("Art. 5(1)(b)"), problem.message());
    }

    @Test
    void anActivityWithoutADataCategoryIsRefusedCitingArticle30() {
        dataCategories = List.of();
        RegisterProblem problem = only(problems());
        assertEquals(AT + ".dataCategories", problem.path());
        assertEquals("Choose at least one category of personal data (Art. 30(1)(c) GDPR).", problem.message());
    }

    @Test
    void aDataCategoryListedTwiceIsRefusedAtTheSecond() {
        dataCategories = List.of(DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.IDENTITY);
        assertEquals(new RegisterProblem(AT + ".dataCategories[2]", "'identity' is listed twice."), only(problems()));
    }

    @Test
    void anActivityWithoutDataSubjectsIsRefused() {
        dataSubjects = List.of();
        assertEquals(AT + ".dataSubjects", only(problems()).path());
    }

    @Test
    void aDataSubjectCategoryListedTwiceIsRefusedAtTheSecond() {
        dataSubjects = List.of(DataSubjectCategory.PROSPECTS, DataSubjectCategory.PROSPECTS);
        assertEquals(new RegisterProblem(AT + ".dataSubjects[1]", "'prospects' is listed twice."), only(problems()));
    }

    @Test
    void anActivityWithoutALawfulBasisIsUnlawful() {
        legalBases = List.of();
        RegisterProblem problem = only(problems());
        assertEquals(AT + ".legalBases", problem.path());
        assertTrue(problem.message().contains("Art. 6(1)"), problem.message());
    }

    @Test
    void theSameBasisTwiceIsRefusedAtTheSecond() {
        legalBases = List.of(new LegalGround(LegalBasis.CONTRACT, null), new LegalGround(LegalBasis.CONTRACT, null));
        assertEquals(new RegisterProblem(AT + ".legalBases[1].basis", "The basis contract is listed twice."), only(problems()));
    }

    @Test
    void eachBasisThatNeedsAJustificationSaysWhatToWrite() {
        legalBases = List.of(new LegalGround(LegalBasis.LEGAL_OBLIGATION, null));
        assertTrue(only(problems()).message().startsWith("Cite the law that obliges you"), problems().toString());
        legalBases = List.of(new LegalGround(LegalBasis.LEGITIMATE_INTERESTS, ""));
        assertTrue(only(problems()).message().contains("balancing test of Art. 6(1)(f)"), problems().toString());
        legalBases = List.of(new LegalGround(LegalBasis.PUBLIC_TASK, null));
        RegisterProblem publicTask = only(problems());
        assertEquals(AT + ".legalBases[0].justification", publicTask.path());
        assertEquals("Say which task in the public interest or official authority this serves (Art. 6(3) GDPR).", publicTask.message());
    }

    @Test
    void consentContractAndVitalInterestsNeedNoJustification() {
        legalBases = List.of(new LegalGround(LegalBasis.CONSENT, null), new LegalGround(LegalBasis.CONTRACT, null),
                new LegalGround(LegalBasis.VITAL_INTERESTS, null));
        assertEquals(List.of(), problems());
    }

    @Test
    void aRecipientNamedTwiceIsRefusedAtTheSecond() {
        recipientKeys = List.of("hosting", "hosting");
        assertEquals(new RegisterProblem(AT + ".recipients[1]", "'hosting' is listed twice."), only(problems()));
    }

    @Test
    void aRecipientThatDoesNotExistIsNamed() {
        recipientKeys = List.of("hosting", "mailer");
        assertEquals(new RegisterProblem(AT + ".recipients[1]",
                "There is no recipient with the key 'mailer': add it to the recipients first, or remove it here."), only(problems()));
    }

    @Test
    void aHostEventNameMustBeAValidKey() {
        retention = retention(Period.ofYears(1), Start.HOST_EVENT, "Unsubscribed", null);
        RegisterProblem problem = only(problems());
        assertEquals(AT + ".retention.hostEvent", problem.path());
        assertTrue(problem.message().startsWith("'Unsubscribed' is not a valid key"), problem.message());
    }

    @Test
    void aNegativePeriodBuiltInCodeIsRefused() {
        retention = retention(Period.ofMonths(-1), Start.COLLECTION, null, null);
        assertEquals(new RegisterProblem(AT + ".retention.period", "A retention period cannot be negative."), only(problems()));
    }

    @Test
    void anArchivePeriodOfZeroIsRefused() {
        retention = retention(Period.ofYears(1), Start.COLLECTION, null, Period.ZERO);
        assertEquals(new RegisterProblem(AT + ".retention.archivePeriod",
                "An archive period must be longer than zero; leave it out when there is no archive stage."), only(problems()));
    }

    @Test
    void aZeroPeriodWithAnArchiveStageIsAccepted() {
        retention = retention(Period.ZERO, Start.CONTRACT_END, null, Period.ofYears(10));
        assertEquals(List.of(), problems());
    }

    @Test
    void anActivityWithoutRetentionIsValidHereAndReportedOnTheDashboard() {
        retention = null;
        assertEquals(List.of(), problems());
    }

    @Test
    void aCountryIsATwoLetterIsoCode() {
        assertEquals(new RegisterProblem("recipients[0].country", "Give the country as its two-letter ISO code, such as FR or US"
                + " (found 'fr')."), only(recipient("hosting", "fr", null)));
        assertEquals("recipients[0].country", only(recipient("hosting", "USA", null)).path());
    }

    @Test
    void aTransferSafeguardWithoutACountryAsksForTheCountry() {
        assertEquals(new RegisterProblem("recipients[0].transfer",
                "Give the country the data goes to, so the transfer safeguard has a transfer to cover."),
                only(recipient("hosting", null, new TransferSafeguard(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES, null))));
    }

    @Test
    void theOtherEeaCountriesNeedNoSafeguard() {
        for (String country : List.of("NO", "IS", "LI")) {
            assertEquals(List.of(), recipient("hosting", country, null), country);
        }
        assertEquals("recipients[0].transfer", only(recipient("hosting", "CH", null)).path(), "Switzerland is outside the EEA");
        assertEquals("recipients[0].transfer", only(recipient("hosting", "GB", null)).path(), "so is the United Kingdom");
    }

    @Test
    void aRecipientNeedsAValidKeyAndAName() {
        List<RegisterProblem> problems = RegisterRules.recipientProblems(new Recipient("Hosting", " ", Recipient.Kind.PROCESSOR,
                null, "FR", null, null), "recipients[2]");
        assertEquals(List.of("recipients[2].key", "recipients[2].name"), problems.stream().map(RegisterProblem::path).toList());
        assertEquals("Give the recipient's name, such as \"Clever Cloud SAS\".", problems.get(1).message());
    }

    @Test
    void aPeriodIsReadAsIsoYearsMonthsOrDaysAndNeverNegative() {
        assertEquals(Period.ofMonths(13), RegisterRules.period(" P13M "));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> RegisterRules.period("P-1Y"));
        assertEquals("A retention period cannot be negative (found 'P-1Y').", negative.getMessage());
        IllegalArgumentException words = assertThrows(IllegalArgumentException.class, () -> RegisterRules.period("PT24H"));
        assertTrue(words.getMessage().startsWith("Give the period as ISO-8601 years, months or days"), words.getMessage());
    }
}

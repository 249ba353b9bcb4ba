package eu.gdprmodule.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.ControllerIdentity.SupervisoryAuthority;
import eu.gdprmodule.api.DataCategory;
import eu.gdprmodule.api.DataSubjectCategory;
import eu.gdprmodule.api.LegalBasis;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.ProcessingActivity.LegalGround;
import eu.gdprmodule.api.Recipient;
import eu.gdprmodule.api.Recipient.TransferMechanism;
import eu.gdprmodule.api.Recipient.TransferSafeguard;
import eu.gdprmodule.api.RetentionRule;
import eu.gdprmodule.register.RegisterDocument;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Generated sections say what the register says (Art. 13 GDPR), in the page's language, and nothing it does not. */
class PolicyRendererTest {

    private static final ControllerIdentity BERLIN = new ControllerIdentity("Shop GmbH", "Hauptstraße 1, 10115 Berlin, Germany",
            "privacy@shop.example", null, null, new SupervisoryAuthority("Berliner Beauftragte für Datenschutz",
                    "Alt-Moabit 59-61, 10555 Berlin", "https://www.datenschutz-berlin.de"));
    private static final ControllerIdentity PARIS = new ControllerIdentity("Boutique SAS", "1 rue de Rivoli, 75001 Paris, France",
            "privacy@boutique.example", "Jeanne Martin", new ControllerIdentity.DataProtectionOfficer("DPO Conseil", "dpo@boutique.example"),
            new SupervisoryAuthority("CNIL", "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07", "https://www.cnil.fr"));

    private final PolicyRenderer renderer = new PolicyRenderer();

    @Test
    void eachBlockParagraphIsReplacedByItsSection() {
        Rendering page = renderer.render("# Privacy\n\nIntro.\n\n{{gdpr:controller}}\n\n{{ gdpr:rights }}\n\nEnd.",
                context(register(PARIS, LegalBasis.CONTRACT), Locale.ENGLISH, "/gdpr/requests"));

        assertEquals(List.of(GeneratedSection.CONTROLLER, GeneratedSection.RIGHTS), page.sections());
        assertTrue(page.html().contains("<section class=\"gdpr-section gdpr-section-controller\">\n<h2>Data controller</h2>"));
        assertTrue(page.html().contains("<section class=\"gdpr-section gdpr-section-rights\">"));
        assertTrue(page.html().contains("<a href=\"mailto:privacy@boutique.example\">"), page.html());
        assertTrue(page.html().contains("<a href=\"/gdpr/requests\">request form</a>"), page.html());
        assertFalse(page.html().contains("{{"), page.html());
        assertTrue(PolicyHtml.text(page.html()).contains("Legal representative: Jeanne Martin"));
        assertTrue(PolicyHtml.text(page.html()).contains("Data protection officer: DPO Conseil (dpo@boutique.example)"));
        assertEquals(List.of(), page.problems());
        assertEquals(List.of(), page.removed());
    }

    @Test
    void anUnknownBlockIsAProblemNamingTheLineAndTheSections() {
        String source = "Intro.\n\n{{gdpr:controller}}\n\n{{gdpr:cookie-table}}\n";

        List<String> problems = renderer.problems(source);

        assertEquals(List.of("Unknown generated section {{gdpr:cookie-table}} on line 5; the sections are: controller, "
                + "data-collected, retention, recipients, security, rights, complaint, cookies."), problems);
        Rendering page = renderer.render(source, context(register(PARIS, LegalBasis.CONTRACT), Locale.ENGLISH, null));
        assertEquals(problems, page.problems());
        assertEquals(List.of(GeneratedSection.CONTROLLER), page.sections());
    }

    @Test
    void aBlockInsideTextOrAListIsAProblemButCodeShowingTheSyntaxIsNot() {
        assertEquals(1, renderer.problems("See {{gdpr:rights}} below.").size());
        assertTrue(renderer.problems("- {{gdpr:rights}}").get(0).contains("on line 1 must be a paragraph of its own"));
        assertEquals(List.of(), renderer.problems("Write `{{gdpr:rights}}` on a line of its own."));
        assertEquals(List.of(), renderer.problems(null));
    }

    @Test
    void registerValuesAreEscapedAndNeverCountAsRemovedHtml() {
        ControllerIdentity evil = new ControllerIdentity("A & <b>B</b>", "<script>alert(1)</script>", "x\"@evil.example",
                null, null, null);
        ProcessingActivity a = activity("<img src=x onerror=alert(1)>", LegalBasis.CONTRACT, null);
        RegisterDocument register = new RegisterDocument(evil, List.of("<iframe>"), List.of(), List.of(a));

        Rendering page = renderer.render("{{gdpr:controller}}\n\n{{gdpr:data-collected}}\n\n{{gdpr:security}}\n\n"
                + "{{gdpr:rights}}\n\n{{gdpr:complaint}}", context(register, Locale.ENGLISH, null));

        assertTrue(page.html().contains("A &amp; &lt;b&gt;B&lt;/b&gt;"), page.html());
        assertTrue(page.html().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page.html());
        assertTrue(page.html().contains("&lt;img src=x onerror=alert(1)&gt;"), page.html());
        assertFalse(page.html().contains("<script") || page.html().contains("<img") || page.html().contains("<iframe"));
        assertEquals(List.of(), page.removed());
    }

    @Test
    void rawHtmlInTheMarkdownIsSanitisedAndReported() {
        Rendering page = renderer.render("Hello <span onclick=\"x()\">there</span>.\n\n<script>alert(1)</script>\n\n"
                + "| Cookie | Lifetime |\n|---|---|\n| _ga | 13 months |\n",
                context(register(PARIS, LegalBasis.CONTRACT), Locale.ENGLISH, null));

        assertEquals(List.of("onclick attribute on span", "script"), page.removed());
        assertFalse(page.html().contains("script") || page.html().contains("onclick"), page.html());
        assertTrue(PolicyHtml.textLines(page.html()).contains("_ga | 13 months"), page.html());
    }

    @Test
    void theFrenchLocaleGivesFrenchTextsAndOtherLanguagesFallBackToEnglish() {
        RegisterDocument register = register(PARIS, LegalBasis.LEGAL_OBLIGATION);
        String source = "{{gdpr:controller}}\n\n{{gdpr:data-collected}}\n\n{{gdpr:retention}}\n\n{{gdpr:rights}}";

        String french = renderer.render(source, context(register, Locale.FRANCE, null)).html();
        String german = renderer.render(source, context(register, Locale.GERMAN, null)).html();

        assertTrue(french.contains("<h2>Responsable du traitement</h2>"), french);
        assertTrue(french.contains("<h2>Vos droits</h2>"), french);
        assertTrue(PolicyHtml.text(french).contains("Obligation légale (article 6(1)(c) du RGPD)"), french);
        assertTrue(PolicyHtml.text(french).contains("Conservées 5 ans à compter de la fin du contrat, puis supprimées."), french);
        assertTrue(german.contains("<h2>Data controller</h2>") && german.contains("<h2>Your rights</h2>"), german);
        assertTrue(PolicyHtml.text(german).contains("Kept for 5 years from the end of the contract, then deleted."), german);
    }

    @Test
    void rightsFollowTheLegalBases() {
        String onlyLegal = rightsText(register(BERLIN, LegalBasis.LEGAL_OBLIGATION));
        assertTrue(onlyLegal.contains("Right of access") && onlyLegal.contains("Right to rectification")
                && onlyLegal.contains("Right to erasure") && onlyLegal.contains("Right to restriction of processing"));
        assertFalse(onlyLegal.contains("portability"), "portability needs consent or contract (Art. 20)");
        assertFalse(onlyLegal.contains("Right to object"), "objection needs legitimate interests or public task (Art. 21)");
        assertFalse(onlyLegal.contains("withdraw"), onlyLegal);
        assertFalse(onlyLegal.contains("post-mortem"), "a German controller owes no French post-mortem right");

        String consent = rightsText(register(BERLIN, LegalBasis.CONSENT));
        assertTrue(consent.contains("Right to data portability") && consent.contains("Right to withdraw your consent"));

        String contract = rightsText(register(BERLIN, LegalBasis.CONTRACT));
        assertTrue(contract.contains("Right to data portability") && !contract.contains("withdraw"));

        String interests = rightsText(register(BERLIN, LegalBasis.LEGITIMATE_INTERESTS));
        assertTrue(interests.contains("Right to object (Article 21(1) GDPR)") && !interests.contains("portability"));
        assertFalse(interests.contains("direct marketing"), interests);

        RegisterDocument marketing = new RegisterDocument(BERLIN, List.of(), List.of(),
                List.of(activity("Newsletter", LegalBasis.LEGITIMATE_INTERESTS, null)));
        assertTrue(rightsText(marketing).contains("Right to object to direct marketing (Article 21(2) GDPR)"));

        assertTrue(rightsText(register(PARIS, LegalBasis.LEGAL_OBLIGATION)).contains("post-mortem instructions"));
    }

    @Test
    void howToExerciseRightsStatesIdentityChecksAndTheDeadline() {
        String text = rightsText(register(BERLIN, LegalBasis.CONTRACT));

        assertTrue(text.contains("To exercise your rights, write to us at privacy@shop.example."), text);
        assertTrue(text.contains("reasonable doubts about your identity") && text.contains("Article 12(6) GDPR"), text);
        assertTrue(text.contains("within one month") && text.contains("two further months")
                && text.contains("Article 12(3) GDPR"), text);
    }

    @Test
    void anUnsafeRequestFormAddressIsAProblemAndNotLinked() {
        Rendering page = renderer.render("{{gdpr:rights}}",
                context(register(BERLIN, LegalBasis.CONTRACT), Locale.ENGLISH, "javascript:alert(1)"));

        assertEquals(1, page.problems().size());
        assertFalse(page.html().contains("javascript"), page.html());
        assertTrue(PolicyHtml.text(page.html()).contains("write to us at privacy@shop.example"));
    }

    @Test
    void recipientsSayWhereTheDataGoesAndUnderWhichSafeguard() {
        Recipient crm = new Recipient("crm", "CRM Inc.", Recipient.Kind.PROCESSOR, "Customer relationship tool", "US",
                new TransferSafeguard(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES, "SCC module 2, 4 June 2021"), null);
        Recipient host = new Recipient("host", "Host SAS", Recipient.Kind.PROCESSOR, "Hosting", "FR", null, null);
        Recipient tax = new Recipient("tax", "Tax office", Recipient.Kind.AUTHORITY, null, null, null, null);

        String abroad = PolicyHtml.text(renderer.render("{{gdpr:recipients}}", context(new RegisterDocument(BERLIN, List.of(),
                List.of(crm, host, tax), List.of()), Locale.ENGLISH, null)).html());
        String home = PolicyHtml.text(renderer.render("{{gdpr:recipients}}", context(new RegisterDocument(BERLIN, List.of(),
                List.of(host, tax), List.of()), Locale.FRENCH, null)).html());

        assertTrue(abroad.contains("CRM Inc. – Customer relationship tool (United States). Transfer outside the EU/EEA "
                + "covered by standard contractual clauses adopted by the European Commission (Article 46(2)(c) GDPR). "
                + "Reference: SCC module 2, 4 June 2021"), abroad);
        assertTrue(abroad.contains("Host SAS – Hosting (France)") && abroad.contains("Authorities Tax office"), abroad);
        assertFalse(abroad.contains("No data is transferred"), abroad);
        assertTrue(home.contains("Aucune donnée n’est transférée en dehors de l’Union européenne"), home);
        assertTrue(home.contains("Host SAS – Hosting (France)"), home);
    }

    @Test
    void retentionIsWrittenInWords() {
        ProcessingActivity logs = activity("Logs", LegalBasis.LEGITIMATE_INTERESTS, new RetentionRule(Period.ofMonths(13),
                RetentionRule.Start.COLLECTION, null, null, RetentionRule.EndAction.ANONYMISE, null));
        ProcessingActivity orders = activity("Orders", LegalBasis.CONTRACT, new RetentionRule(Period.ofYears(1),
                RetentionRule.Start.HOST_EVENT, "order-delivered", Period.ofMonths(6), RetentionRule.EndAction.DELETE,
                "Kept for guarantee claims."));
        ProcessingActivity none = activity("Survey", LegalBasis.CONSENT, null);
        RegisterDocument register = new RegisterDocument(BERLIN, List.of(), List.of(), List.of(logs, orders, none));

        String text = PolicyHtml.text(renderer.render("{{gdpr:retention}}", context(register, Locale.ENGLISH, null)).html());
        String french = PolicyHtml.text(renderer.render("{{gdpr:retention}}", context(register, Locale.FRENCH, null)).html());

        assertTrue(text.contains("Logs: Kept for 13 months from the collection of the data, then irreversibly anonymised."), text);
        assertTrue(text.contains("Orders: Kept for 1 year from the event “order-delivered”, then archived with restricted "
                + "access for 6 months, then deleted. Kept for guarantee claims."), text);
        assertTrue(text.contains("Survey: No retention period is recorded"), text);
        assertTrue(french.contains("Conservées 13 mois à compter de la collecte des données, puis anonymisées de manière "
                + "irréversible."), french);
        assertTrue(french.contains("Conservées 1 an à compter de l’événement « order-delivered »"), french);
    }

    @Test
    void dataCollectedFallsBackToCategoryLabelsAndShowsTheBasisWithItsArticle() {
        String text = PolicyHtml.text(renderer.render("{{gdpr:data-collected}}",
                context(register(BERLIN, LegalBasis.CONTRACT), Locale.ENGLISH, null)).html());

        assertTrue(text.contains("Orders Data collected: identity (name, title) and contact details."), text);
        assertTrue(text.contains("Purpose: Deliver orders"), text);
        assertTrue(text.contains("Legal basis: Performance of a contract (Article 6(1)(b) GDPR) – Because we must."), text);
    }

    @Test
    void sectionCodesRoundTrip() {
        for (GeneratedSection s : GeneratedSection.values()) {
            assertEquals(s, GeneratedSection.ofCode(s.code()).orElseThrow());
        }
        assertTrue(GeneratedSection.ofCode("Controller").isEmpty());
    }

    private String rightsText(RegisterDocument register) {
        return PolicyHtml.text(renderer.render("{{gdpr:rights}}", context(register, Locale.ENGLISH, null)).html());
    }

    private static RenderContext context(RegisterDocument register, Locale locale, String formUrl) {
        return new RenderContext(register, locale, formUrl);
    }

    private static RegisterDocument register(ControllerIdentity controller, LegalBasis basis) {
        RetentionRule rule = new RetentionRule(Period.ZERO.plusYears(5), RetentionRule.Start.CONTRACT_END, null, null,
                RetentionRule.EndAction.DELETE, null);
        return new RegisterDocument(controller, List.of("Encryption"), List.of(), List.of(activity("Orders", basis, rule)));
    }

    private static ProcessingActivity activity(String name, LegalBasis basis, RetentionRule retention) {
        return new ProcessingActivity(name.toLowerCase(Locale.ROOT), name, null, List.of("Deliver orders"),
                List.of(DataCategory.IDENTITY, DataCategory.CONTACT), null, List.of(DataSubjectCategory.CUSTOMERS),
                List.of(new LegalGround(basis, "Because we must.")), null, List.of(), retention, null);
    }
}

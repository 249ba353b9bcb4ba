package eu.gdprmodule.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.DataCategory;
import eu.gdprmodule.api.DataSubjectCategory;
import eu.gdprmodule.api.LegalBasis;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.ProcessingActivity.LegalGround;
import eu.gdprmodule.api.Recipient;
import eu.gdprmodule.api.Recipient.TransferMechanism;
import eu.gdprmodule.api.RetentionRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The example registers in {@code docs/examples} encode the two seed privacy policies
 * (Fixery and Nexoris) completely. Each expected value below is copied from the seed text, not
 * from the file, so a fact dropped or changed in a file fails here: the register (Art. 30 GDPR)
 * and the notice built from it (Art. 13) must say what the controller published.
 */
class SeedRegistersTest {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private static final Path SHOP_REGISTER = Path.of("..", "examples", "demo-shop", "src", "main", "resources",
            "META-INF", "gdpr", "register.json");

    private static final String CNIL_ADDRESS = "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07";
    private static final String CNIL_WEBSITE = "https://www.cnil.fr";
    private static final String DPF = "https://www.dataprivacyframework.gov/";

    @Nested
    class Fixery {

        private final RegisterDocument register = read(EXAMPLES.resolve("fixery.register.json"));

        @Test
        void theControllerIsAllanDesgrangesInPoitiersAnsweringAtPrivacyFixery() {
            ControllerIdentity c = register.controller();
            assertNotNull(c, "section 1 names the data controller");
            assertEquals("Mr. Allan Desgranges (Fixery®)", c.name());
            assertEquals("Z.I. République – 120 rue du Porteau – 86000 Poitiers – France", c.postalAddress());
            assertEquals("privacy@fixery.fr", c.privacyContactEmail());
            assertNull(c.dataProtectionOfficer(), "the policy names no DPO");
            assertNotNull(c.supervisoryAuthority(), "section 6: complaint to the CNIL");
            assertTrue(c.supervisoryAuthority().name().contains("CNIL"), c.supervisoryAuthority().name());
            assertTrue(c.supervisoryAuthority().name().contains("Commission Nationale de l’Informatique et des Libertés"));
            assertEquals(CNIL_ADDRESS, c.supervisoryAuthority().postalAddress());
            assertEquals(CNIL_WEBSITE, c.supervisoryAuthority().website());
        }

        @Test
        void eachPurposeParagraphIsAnActivityWithItsDataAndLegalBasis() {
            // Section 2 has five purpose paragraphs (a to e); section 3 adds prospect data.
            assertEquals(Set.of("client-relationship", "billing", "platform-security", "marketing",
                    "audience-measurement", "prospects"), keys(register.activities()));

            // a. Customer relationship management and service delivery
            ProcessingActivity a = activity(register, "client-relationship");
            assertPurposes(a, "Provide the services set out in the contract", "manage your client account",
                    "respond to your support requests", "communicate on transactional aspects of our relationship");
            assertCategories(a, DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.PROFESSIONAL,
                    DataCategory.CONTRACT_HISTORY);
            assertPersonalData(a, "First name", "last name", "email address", "phone number",
                    "company details where applicable", "tickets, invoices, quotes, interventions");
            assertSubjects(a, DataSubjectCategory.CUSTOMERS);
            assertBasis(a, LegalBasis.CONTRACT, "Performance of a contract");

            // b. Billing and legal obligations
            ProcessingActivity b = activity(register, "billing");
            assertPurposes(b, "Issue invoices", "accounting follow-up", "comply with our legal and tax obligations");
            assertCategories(b, DataCategory.BILLING, DataCategory.PROFESSIONAL, DataCategory.CONTACT);
            assertPersonalData(b, "Billing information", "company name", "postal address", "contact details",
                    "details of the services delivered");
            assertSubjects(b, DataSubjectCategory.CUSTOMERS);
            assertBasis(b, LegalBasis.LEGAL_OBLIGATION, "French legal obligations");

            // c. Platform security and fraud prevention
            ProcessingActivity c = activity(register, "platform-security");
            assertPurposes(c, "Prevent fraud", "diagnose incidents", "security of our information systems",
                    "protect your data");
            assertCategories(c, DataCategory.CONNECTION_LOGS, DataCategory.DEVICE_BROWSER);
            assertPersonalData(c, "IP address", "connection logs", "technical identifiers", "device and browser");
            assertSubjects(c, DataSubjectCategory.VISITORS, DataSubjectCategory.USERS);
            assertBasis(c, LegalBasis.LEGITIMATE_INTERESTS, "protecting our infrastructure and your data");

            // d. Marketing and informational communications
            ProcessingActivity d = activity(register, "marketing");
            assertPurposes(d, "in a measured way", "services similar to those already provided", "Fixery® news");
            assertCategories(d, DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.CONTRACT_HISTORY);
            assertPersonalData(d, "First name", "last name", "email address", "history of the business relationship");
            assertSubjects(d, DataSubjectCategory.CUSTOMERS);
            assertBasis(d, LegalBasis.LEGITIMATE_INTERESTS, "informing its professional clients");
            assertBasis(d, LegalBasis.LEGITIMATE_INTERESTS, "object to these communications at any time");

            // e. Audience measurement and website improvement
            ProcessingActivity e = activity(register, "audience-measurement");
            assertPurposes(e, "Improve the usability, performance and security of the website",
                    "without tracking visitors individually");
            assertCategories(e, DataCategory.BROWSING);
            assertPersonalData(e, "Aggregated and anonymised browsing data", "pages viewed",
                    "technical events (errors, performance)");
            assertSubjects(e, DataSubjectCategory.VISITORS);
            assertBasis(e, LegalBasis.LEGITIMATE_INTERESTS, "CNIL recommendations on audience measurement exempt from consent");

            // Section 3: prospect data from the contact form ("Request a quote")
            ProcessingActivity p = activity(register, "prospects");
            assertSubjects(p, DataSubjectCategory.PROSPECTS);
            assertCategories(p, DataCategory.CONTACT);
            assertPersonalData(p, "contact form without contractual follow-up");
        }

        @Test
        void everyRetentionPeriodOfSectionThreeIsOnItsActivity() {
            // "After these periods, data is deleted or irreversibly anonymised": either is allowed;
            // the file chooses deletion, the stricter reading of storage limitation (Art. 5(1)(e)).
            // "retained for the duration of the contractual relationship, then archived for a maximum of 5 years"
            assertRetention(activity(register, "client-relationship"), "P0D", RetentionRule.Start.CONTRACT_END, "P5Y",
                    RetentionRule.EndAction.DELETE, "archived for a maximum of 5 years from the end of the relationship");
            // "Billing and accounting data: retained for 10 years"
            assertRetention(activity(register, "billing"), "P10Y", RetentionRule.Start.COLLECTION, null,
                    RetentionRule.EndAction.DELETE, "retained for 10 years");
            // "Connection and security logs: retained for a maximum of 12 months"
            assertRetention(activity(register, "platform-security"), "P12M", RetentionRule.Start.COLLECTION, null,
                    RetentionRule.EndAction.DELETE, "maximum of 12 months");
            // "retained for up to 3 years from the last contact initiated by you"
            assertRetention(activity(register, "prospects"), "P3Y", RetentionRule.Start.LAST_CONTACT, null,
                    RetentionRule.EndAction.DELETE, "3 years from the last contact initiated by you");
            // The policy states no period for marketing, and audience data is anonymised from the start.
            assertNull(activity(register, "marketing").retention());
            assertNull(activity(register, "audience-measurement").retention());
        }

        @Test
        void everyRecipientOfSectionFourIsListedAndTheUsProcessorsAreCoveredByTheDpf() {
            assertEquals(Set.of("staff", "service-providers", "automattic", "cloudflare", "payment-billing-providers",
                    "authorities"), keys(register.recipients()));

            assertRecipient(recipient(register, "staff"), "Fixery® staff members", Recipient.Kind.INTERNAL);
            assertRecipient(recipient(register, "service-providers"),
                    "Service providers involved in delivering the subscribed services", Recipient.Kind.PROCESSOR);
            assertRecipient(recipient(register, "payment-billing-providers"), "Payment and billing service providers",
                    Recipient.Kind.PROCESSOR);
            assertRecipient(recipient(register, "authorities"), "Administrative or judicial authorities",
                    Recipient.Kind.AUTHORITY);

            // Outside the EU: "participation in the Data Privacy Framework" (Chapter V, Art. 45).
            for (String key : List.of("automattic", "cloudflare")) {
                Recipient us = recipient(register, key);
                assertEquals(Recipient.Kind.PROCESSOR, us.kind(), key);
                assertEquals("US", us.country(), key);
                assertNotNull(us.transfer(), key + " is outside the EU/EEA");
                assertEquals(TransferMechanism.DATA_PRIVACY_FRAMEWORK, us.transfer().mechanism(), key);
                assertEquals(DPF, us.transfer().reference(), key);
            }
            assertEquals("Automattic/WordPress.com", recipient(register, "automattic").name());
            assertEquals("Cloudflare", recipient(register, "cloudflare").name());
            // Countries the policy does not state are left out rather than guessed.
            assertNull(recipient(register, "service-providers").country());
            assertNull(recipient(register, "payment-billing-providers").country());

            // Who receives which data.
            assertRecipients(activity(register, "billing"), "payment-billing-providers", "authorities");
            assertRecipients(activity(register, "client-relationship"), "staff", "service-providers", "automattic",
                    "cloudflare");
            for (ProcessingActivity activity : register.activities()) {
                assertRecipients(activity, "staff", "automattic", "cloudflare");
            }
        }

        @Test
        void everySecurityMeasureOfSectionFiveIsListed() {
            assertMeasures(register, "TLS 1.2/1.3", "Data at rest is encrypted",
                    "principle of least privilege", "bound by confidentiality obligations",
                    "processing data solely on our instructions");
            assertEquals(5, register.securityMeasures().size(), register.securityMeasures().toString());
        }
    }

    @Nested
    class Nexoris {

        private final RegisterDocument register = read(EXAMPLES.resolve("nexoris.register.json"));

        @Test
        void theControllerIsNexorisSasOnTheChampsElysees() {
            ControllerIdentity c = register.controller();
            assertNotNull(c);
            assertEquals("Nexoris SAS", c.name());
            assertEquals("66, avenue des Champs-Élysées, 75008 Paris", c.postalAddress());
            assertEquals("privacy@nexoris.com", c.privacyContactEmail());
            assertEquals("Olivier Le Coquil", c.legalRepresentative());
            assertNull(c.dataProtectionOfficer(), "the policy names no DPO");
            assertTrue(c.supervisoryAuthority().name().contains("CNIL"), c.supervisoryAuthority().name());
            assertEquals(CNIL_ADDRESS, c.supervisoryAuthority().postalAddress());
            assertEquals(CNIL_WEBSITE, c.supervisoryAuthority().website());
        }

        @Test
        void eachPurposeOfSectionThreeIsAnActivityWithItsLegalBasis() {
            assertEquals(Set.of("contact-requests", "client-relationship", "b2b-communications", "site-measurement"),
                    keys(register.activities()));

            // "To respond to your requests submitted through site forms, on the basis of your consent."
            ProcessingActivity forms = activity(register, "contact-requests");
            assertPurposes(forms, "respond to your requests submitted through site forms");
            assertBasis(forms, LegalBasis.CONSENT, "consent");
            assertPersonalData(forms, "first name", "last name", "professional email", "role", "company name",
                    "message content");
            assertCategories(forms, DataCategory.IDENTITY, DataCategory.PROFESSIONAL, DataCategory.MESSAGES);
            assertSubjects(forms, DataSubjectCategory.PROSPECTS);

            // "To manage our client relationships ..., on a contractual basis or our legitimate interest."
            ProcessingActivity clients = activity(register, "client-relationship");
            assertPurposes(clients, "manage our client relationships", "ensure proper delivery of our services");
            assertBasis(clients, LegalBasis.CONTRACT, "contractual");
            assertBasis(clients, LegalBasis.LEGITIMATE_INTERESTS, "legitimate interest");
            assertPersonalData(clients, "your contract", "email exchanges", "billing data", "interaction history",
                    "Pipedrive, Elay");
            assertCategories(clients, DataCategory.CONTRACT_HISTORY, DataCategory.MESSAGES, DataCategory.BILLING);
            assertSubjects(clients, DataSubjectCategory.CUSTOMERS);

            // "To send you relevant professional communications in a B2B context, on the basis of our legitimate interest."
            ProcessingActivity b2b = activity(register, "b2b-communications");
            assertPurposes(b2b, "relevant professional communications in a B2B context");
            assertEquals(List.of(LegalBasis.LEGITIMATE_INTERESTS), bases(b2b));
            assertBasis(b2b, LegalBasis.LEGITIMATE_INTERESTS, "B2B context");

            // "To measure and improve site performance, on the basis of your consent."
            ProcessingActivity site = activity(register, "site-measurement");
            assertPurposes(site, "measure and improve site performance", "ensure site security and measure traffic");
            assertEquals(List.of(LegalBasis.CONSENT), bases(site));
            assertPersonalData(site, "IP address (anonymized)", "browser type", "session duration");
            assertCategories(site, DataCategory.CONNECTION_LOGS, DataCategory.DEVICE_BROWSER, DataCategory.BROWSING);
            assertSubjects(site, DataSubjectCategory.VISITORS);
        }

        @Test
        void everyRetentionPeriodOfSectionFourIsOnItsActivity() {
            // "Beyond that, it is deleted or anonymized": the file chooses deletion, as for Fixery.
            // "Data from contact forms is kept for three years from the last exchange."
            assertRetention(activity(register, "contact-requests"), "P3Y", RetentionRule.Start.LAST_CONTACT, null,
                    RetentionRule.EndAction.DELETE, "three years from the last exchange");
            // "kept for the duration of the contractual relationship, then archived for three years"
            assertRetention(activity(register, "client-relationship"), "P0D", RetentionRule.Start.CONTRACT_END, "P3Y",
                    RetentionRule.EndAction.DELETE, "archived for three years for administrative purposes");
            // "Browsing data (cookies and logs) is kept for a maximum of thirteen months."
            assertRetention(activity(register, "site-measurement"), "P13M", RetentionRule.Start.COLLECTION, null,
                    RetentionRule.EndAction.DELETE, "maximum of thirteen months");
            assertNull(activity(register, "b2b-communications").retention(), "the policy states no period for it");
        }

        @Test
        void everyRecipientOfSectionFiveIsListedAndNoneLeavesTheEu() {
            assertEquals(Set.of("internal-team", "clever-cloud", "pipedrive", "elay", "automation-tool",
                    "commercial-partners"), keys(register.recipients()));
            assertRecipient(recipient(register, "internal-team"), "Nexoris's internal team", Recipient.Kind.INTERNAL);
            assertRecipient(recipient(register, "clever-cloud"), "Clever Cloud SAS", Recipient.Kind.PROCESSOR);
            assertRecipient(recipient(register, "pipedrive"), "Pipedrive", Recipient.Kind.PROCESSOR);
            assertRecipient(recipient(register, "elay"), "Elay", Recipient.Kind.PROCESSOR);
            assertEquals(Recipient.Kind.PROCESSOR, recipient(register, "automation-tool").kind());
            assertRecipient(recipient(register, "commercial-partners"), "Commercial partners", Recipient.Kind.PARTNER);
            assertEquals("FR", recipient(register, "clever-cloud").country());

            // "operating under our control and within the European Union": no transfer to safeguard.
            for (Recipient r : register.recipients()) {
                assertNull(r.transfer(), r.key());
                assertTrue(r.country() == null || RegisterRules.EEA.contains(r.country()), r.key());
            }
            // "our CRM tools (Pipedrive, Elay)" hold the client data; partners only "to manage a project".
            assertRecipients(activity(register, "client-relationship"), "internal-team", "clever-cloud", "pipedrive",
                    "elay", "commercial-partners");
        }

        @Test
        void everySecurityMeasureOfSectionSevenIsListed() {
            assertMeasures(register, "Servers hosted in Europe", "Restricted access", "Encrypted backups",
                    "Regularly updated security protocols", "selected for their GDPR compliance");
            assertEquals(5, register.securityMeasures().size(), register.securityMeasures().toString());
            assertTrue(activity(register, "site-measurement").securityMeasures().contains("anonymized"));
        }
    }

    @Test
    void theDemoShopRegisterReadsAndHasTheActivitiesTheShopFiresFactsFor() {
        RegisterDocument shop = read(SHOP_REGISTER);
        // The shop configures its identity in microprofile-config.properties, not in this file.
        assertNull(shop.controller());
        assertEquals(Set.of("customer-account", "orders", "billing", "newsletter", "prospects", "security-logs",
                "audience-measurement", "cookie-consent"), keys(shop.activities()));
        // archived three years after the last order (the host event the shop fires with each order), anonymised after five
        assertRetention(activity(shop, "customer-account"), "P3Y", RetentionRule.Start.HOST_EVENT, "P2Y",
                RetentionRule.EndAction.ANONYMISE, "five years");
        assertEquals("last-order", activity(shop, "customer-account").retention().hostEvent());
        assertRetention(activity(shop, "billing"), "P10Y", RetentionRule.Start.COLLECTION, null,
                RetentionRule.EndAction.DELETE, "L123-22");
        assertBasis(activity(shop, "billing"), LegalBasis.LEGAL_OBLIGATION, "L123-22");
        assertBasis(activity(shop, "newsletter"), LegalBasis.CONSENT, "");
        // the shop's Newsletter fires the host event "unsubscribed": the period runs from there
        assertRetention(activity(shop, "newsletter"), "P3Y", RetentionRule.Start.HOST_EVENT, null,
                RetentionRule.EndAction.DELETE, "3 years");
        assertEquals("unsubscribed", activity(shop, "newsletter").retention().hostEvent());
        assertRetention(activity(shop, "orders"), "P5Y", RetentionRule.Start.HOST_EVENT, null,
                RetentionRule.EndAction.ANONYMISE, "5 years");
        assertRetention(activity(shop, "prospects"), "P3Y", RetentionRule.Start.LAST_CONTACT, null,
                RetentionRule.EndAction.DELETE, "3 years");
        assertBasis(activity(shop, "security-logs"), LegalBasis.LEGITIMATE_INTERESTS, "12 months");
        assertRetention(activity(shop, "security-logs"), "P12M", RetentionRule.Start.COLLECTION, null,
                RetentionRule.EndAction.DELETE, "12 months");
        // the shop's statistics script waits for the cookie banner's consent
        assertBasis(activity(shop, "audience-measurement"), LegalBasis.CONSENT, "cookie banner");
        // the proofs of cookie choices, kept 13 months (Art. 7(1))
        assertBasis(activity(shop, "cookie-consent"), LegalBasis.LEGAL_OBLIGATION, "Art. 7(1)");
        assertRetention(activity(shop, "cookie-consent"), "P13M", RetentionRule.Start.COLLECTION, null,
                RetentionRule.EndAction.DELETE, "13 months");
        assertRetention(activity(shop, "audience-measurement"), "P13M", RetentionRule.Start.COLLECTION, null,
                RetentionRule.EndAction.ANONYMISE, "13 months");

        Recipient mailer = recipient(shop, "mailer");
        assertEquals("US", mailer.country());
        assertEquals(TransferMechanism.DATA_PRIVACY_FRAMEWORK, mailer.transfer().mechanism());
        assertRecipient(recipient(shop, "payco"), "PayCo SAS", Recipient.Kind.PROCESSOR);
        assertEquals("FR", recipient(shop, "payco").country());
        assertEquals(Recipient.Kind.AUTHORITY, recipient(shop, "tax-authority").kind());
        assertEquals("FR", recipient(shop, "hosting").country());
    }

    // --- helpers: each compares with a value given by the caller, never with the file itself

    private static RegisterDocument read(Path file) {
        try {
            return RegisterFile.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (InvalidRegister e) {
            return fail(file + " is refused: " + e.problems());
        } catch (IOException e) {
            return fail("cannot read " + file.toAbsolutePath() + ": " + e);
        }
    }

    private static Set<String> keys(List<?> items) {
        return items.stream().map(i -> i instanceof ProcessingActivity a ? a.key() : ((Recipient) i).key())
                .collect(Collectors.toSet());
    }

    private static ProcessingActivity activity(RegisterDocument register, String key) {
        return register.activities().stream().filter(a -> a.key().equals(key)).findFirst()
                .orElseGet(() -> fail("no activity " + key + " in " + keys(register.activities())));
    }

    private static Recipient recipient(RegisterDocument register, String key) {
        return register.recipients().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseGet(() -> fail("no recipient " + key + " in " + keys(register.recipients())));
    }

    private static List<LegalBasis> bases(ProcessingActivity a) {
        return a.legalBases().stream().map(LegalGround::basis).toList();
    }

    /** Each phrase appears in one of the activity's purposes (case aside: the file capitalises list items). */
    private static void assertPurposes(ProcessingActivity a, String... phrases) {
        String all = String.join("\n", a.purposes()).toLowerCase();
        for (String phrase : phrases) {
            assertTrue(all.contains(phrase.toLowerCase()), a.key() + ": no purpose says '" + phrase + "' in " + a.purposes());
        }
    }

    private static void assertPersonalData(ProcessingActivity a, String... phrases) {
        assertNotNull(a.personalData(), a.key() + " describes its data in the controller's words");
        String data = a.personalData().toLowerCase();
        for (String phrase : phrases) {
            assertTrue(data.contains(phrase.toLowerCase()), a.key() + ": personal data lacks '" + phrase + "': "
                    + a.personalData());
        }
    }

    private static void assertCategories(ProcessingActivity a, DataCategory... expected) {
        for (DataCategory category : expected) {
            assertTrue(a.dataCategories().contains(category), a.key() + " lacks category " + category.code());
        }
    }

    private static void assertSubjects(ProcessingActivity a, DataSubjectCategory... expected) {
        for (DataSubjectCategory subject : expected) {
            assertTrue(a.dataSubjects().contains(subject), a.key() + " lacks data subjects " + subject.code());
        }
    }

    private static void assertBasis(ProcessingActivity a, LegalBasis basis, String justificationPhrase) {
        LegalGround ground = a.legalBases().stream().filter(g -> g.basis() == basis).findFirst()
                .orElseGet(() -> fail(a.key() + " lacks the legal basis " + basis.code() + ": " + a.legalBases()));
        if (basis.needsJustification()) {
            assertNotNull(ground.justification(), a.key() + ": " + basis.code() + " needs a justification");
        }
        if (!justificationPhrase.isEmpty()) {
            assertTrue(ground.justification() != null && ground.justification().contains(justificationPhrase),
                    a.key() + ": the " + basis.code() + " justification lacks '" + justificationPhrase + "': "
                            + ground.justification());
        }
    }

    private static void assertRetention(ProcessingActivity a, String period, RetentionRule.Start start, String archive,
            RetentionRule.EndAction end, String descriptionPhrase) {
        RetentionRule r = a.retention();
        assertNotNull(r, a.key() + " states a retention period");
        assertEquals(Period.parse(period), r.period(), a.key() + " period");
        assertEquals(start, r.startsAt(), a.key() + " startsAt");
        assertEquals(archive == null ? null : Period.parse(archive), r.archivePeriod(), a.key() + " archivePeriod");
        assertEquals(end, r.endAction(), a.key() + " endAction");
        assertNotNull(r.description(), a.key() + " quotes the policy's wording");
        assertTrue(r.description().contains(descriptionPhrase), a.key() + ": retention description lacks '"
                + descriptionPhrase + "': " + r.description());
    }

    private static void assertRecipient(Recipient r, String name, Recipient.Kind kind) {
        assertEquals(name, r.name(), r.key());
        assertEquals(kind, r.kind(), r.key());
    }

    private static void assertRecipients(ProcessingActivity a, String... keys) {
        for (String key : keys) {
            assertTrue(a.recipientKeys().contains(key), a.key() + " does not name recipient " + key + ": "
                    + a.recipientKeys());
        }
    }

    private static void assertMeasures(RegisterDocument register, String... phrases) {
        for (String phrase : phrases) {
            assertTrue(register.securityMeasures().stream().anyMatch(m -> m.contains(phrase)),
                    "no security measure says '" + phrase + "': " + register.securityMeasures());
        }
    }
}

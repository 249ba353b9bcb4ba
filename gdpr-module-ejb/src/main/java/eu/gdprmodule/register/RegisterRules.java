package eu.gdprmodule.register;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.DataCategory;
import eu.gdprmodule.api.DataSubjectCategory;
import eu.gdprmodule.api.LegalBasis;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.ProcessingActivity.LegalGround;
import eu.gdprmodule.api.Recipient;
import eu.gdprmodule.api.RetentionRule;
import eu.gdprmodule.text.TextRules;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What makes a register entry complete and consistent, beyond the shape of its fields: the
 * lawful basis is justified where the GDPR asks for it, every recipient named exists, a transfer
 * outside the EU/EEA has its safeguard, keys are unique. Problems name the register file path of
 * the field, so the console form and the import report the same thing.
 */
public final class RegisterRules {

    /** Keys are lower-case words joined by hyphens: they appear in files, URLs and host code. */
    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_KEY = 80;
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 4000;

    /** The EU member states and the other EEA countries (Iceland, Liechtenstein, Norway): no transfer (Chapter V). */
    public static final Set<String> EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "NO");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private RegisterRules() {
    }

    /** Reads an ISO-8601 period in years, months, weeks or days, such as {@code P3Y} or {@code P13M}. */
    public static Period period(String text) {
        try {
            Period period = Period.parse(text.strip());
            if (period.isNegative()) {
                throw new IllegalArgumentException("A retention period cannot be negative (found '" + text + "').");
            }
            return period;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Give the period as ISO-8601 years, months or days, such as P3Y "
                    + "(3 years), P13M (13 months) or P30D (30 days); found '" + text + "'.", e);
        }
    }

    /** Every problem of a whole register. */
    public static List<RegisterProblem> problems(RegisterDocument document) {
        List<RegisterProblem> problems = new ArrayList<>();
        if (document.controller() != null) {
            for (ControllerIdentityRules.Problem p : ControllerIdentityRules.problems(document.controller())) {
                problems.add(new RegisterProblem("controller." + controllerPath(p.field()), p.message()));
            }
        }
        for (int i = 0; i < document.securityMeasures().size(); i++) {
            length(problems, "securityMeasures[" + i + "]", document.securityMeasures().get(i), MAX_TEXT);
        }
        Set<String> recipientKeys = new HashSet<>();
        for (int i = 0; i < document.recipients().size(); i++) {
            Recipient recipient = document.recipients().get(i);
            String path = "recipients[" + i + "]";
            problems.addAll(recipientProblems(recipient, path));
            if (!recipientKeys.add(recipient.key())) {
                problems.add(new RegisterProblem(path + ".key", "Another recipient already has the key '"
                        + recipient.key() + "': keys must be unique."));
            }
        }
        Set<String> activityKeys = new HashSet<>();
        for (int i = 0; i < document.activities().size(); i++) {
            ProcessingActivity activity = document.activities().get(i);
            String path = "activities[" + i + "]";
            problems.addAll(activityProblems(activity, path, recipientKeys));
            if (!activityKeys.add(activity.key())) {
                problems.add(new RegisterProblem(path + ".key", "Another processing activity already has the key '"
                        + activity.key() + "': keys must be unique."));
            }
        }
        return problems;
    }

    /** The problems of one activity, given the keys of the recipients that exist. */
    public static List<RegisterProblem> activityProblems(ProcessingActivity a, String path, Collection<String> recipientKeys) {
        List<RegisterProblem> problems = new ArrayList<>();
        key(problems, path + ".key", a.key());
        required(problems, path + ".name", a.name(), "Give the activity a short name, such as \"Newsletter\".");
        length(problems, path + ".name", a.name(), MAX_NAME);
        length(problems, path + ".description", a.description(), MAX_TEXT);
        length(problems, path + ".personalData", a.personalData(), MAX_TEXT);
        length(problems, path + ".source", a.source(), MAX_TEXT);
        length(problems, path + ".securityMeasures", a.securityMeasures(), MAX_TEXT);
        if (a.purposes().isEmpty()) {
            problems.add(new RegisterProblem(path + ".purposes", "Say what the data is used for: at least one purpose "
                    + "(Art. 5(1)(b) GDPR requires specified purposes)."));
        }
        for (int i = 0; i < a.purposes().size(); i++) {
            length(problems, path + ".purposes[" + i + "]", a.purposes().get(i), MAX_TEXT);
        }
        if (a.dataCategories().isEmpty()) {
            problems.add(new RegisterProblem(path + ".dataCategories", "Choose at least one category of personal data "
                    + "(Art. 30(1)(c) GDPR)."));
        }
        duplicates(problems, path + ".dataCategories", a.dataCategories(), DataCategory::code);
        if (a.dataSubjects().isEmpty()) {
            problems.add(new RegisterProblem(path + ".dataSubjects", "Choose at least one category of people whose data "
                    + "this is, such as customers or prospects (Art. 30(1)(c) GDPR)."));
        }
        duplicates(problems, path + ".dataSubjects", a.dataSubjects(), DataSubjectCategory::code);
        if (a.legalBases().isEmpty()) {
            problems.add(new RegisterProblem(path + ".legalBases", "Choose the lawful basis: processing without one "
                    + "of the six bases of Art. 6(1) GDPR is unlawful."));
        }
        Set<LegalBasis> seen = new HashSet<>();
        for (int i = 0; i < a.legalBases().size(); i++) {
            LegalGround ground = a.legalBases().get(i);
            String at = path + ".legalBases[" + i + "]";
            if (!seen.add(ground.basis())) {
                problems.add(new RegisterProblem(at + ".basis", "The basis " + ground.basis().code() + " is listed twice."));
            }
            if (ground.basis().needsJustification() && blank(ground.justification())) {
                problems.add(new RegisterProblem(at + ".justification", switch (ground.basis()) {
                    case LEGAL_OBLIGATION -> "Cite the law that obliges you to process this data (Art. 6(3) GDPR), "
                            + "such as \"French Commercial Code, art. L123-22: accounting records kept 10 years\".";
                    case LEGITIMATE_INTERESTS -> "Say which legitimate interest you pursue and why it is not overridden "
                            + "by the person's interests and rights: the balancing test of Art. 6(1)(f) GDPR.";
                    default -> "Say which task in the public interest or official authority this serves (Art. 6(3) GDPR).";
                }));
            }
            length(problems, at + ".justification", ground.justification(), MAX_TEXT);
        }
        for (int i = 0; i < a.recipientKeys().size(); i++) {
            String key = a.recipientKeys().get(i);
            if (!recipientKeys.contains(key)) {
                problems.add(new RegisterProblem(path + ".recipients[" + i + "]", "There is no recipient with the key '"
                        + key + "': add it to the recipients first, or remove it here."));
            }
        }
        duplicates(problems, path + ".recipients", a.recipientKeys(), key -> key);
        RetentionRule rule = a.retention();
        if (rule != null) {
            String at = path + ".retention";
            if (rule.startsAt() == RetentionRule.Start.HOST_EVENT) {
                if (blank(rule.hostEvent())) {
                    problems.add(new RegisterProblem(at + ".hostEvent", "Name the host event that starts the period, "
                            + "as the host fires it (ProcessingFact.hostEvent), such as \"subscription-cancelled\"."));
                } else {
                    key(problems, at + ".hostEvent", rule.hostEvent());
                }
            } else if (!blank(rule.hostEvent())) {
                problems.add(new RegisterProblem(at + ".hostEvent", "A host event name only applies when the period "
                        + "starts at a host event (startsAt: host-event); remove it or change startsAt."));
            }
            if (rule.period().isNegative()) {
                problems.add(new RegisterProblem(at + ".period", "A retention period cannot be negative."));
            }
            if (rule.archivePeriod() != null && (rule.archivePeriod().isNegative() || rule.archivePeriod().isZero())) {
                problems.add(new RegisterProblem(at + ".archivePeriod", "An archive period must be longer than zero; "
                        + "leave it out when there is no archive stage."));
            }
            if (rule.period().isZero() && rule.archivePeriod() == null) {
                problems.add(new RegisterProblem(at + ".period", "A period of zero with no archive stage would delete "
                        + "the data as soon as the clock starts: give the period or an archive period."));
            }
            length(problems, at + ".description", rule.description(), MAX_TEXT);
        }
        return problems;
    }

    /** The problems of one recipient. */
    public static List<RegisterProblem> recipientProblems(Recipient r, String path) {
        List<RegisterProblem> problems = new ArrayList<>();
        key(problems, path + ".key", r.key());
        required(problems, path + ".name", r.name(), "Give the recipient's name, such as \"Clever Cloud SAS\".");
        length(problems, path + ".name", r.name(), MAX_NAME);
        length(problems, path + ".service", r.service(), MAX_TEXT);
        if (r.country() != null && !COUNTRY.matcher(r.country()).matches()) {
            problems.add(new RegisterProblem(path + ".country", "Give the country as its two-letter ISO code, such as "
                    + "FR or US (found '" + r.country() + "')."));
        } else if (r.country() != null && !EEA.contains(r.country()) && r.transfer() == null) {
            problems.add(new RegisterProblem(path + ".transfer", r.country() + " is outside the EU/EEA: say what "
                    + "safeguards the transfer (Chapter V GDPR): an adequacy decision, the EU-US Data Privacy "
                    + "Framework, standard contractual clauses, binding corporate rules or a derogation."));
        } else if (r.transfer() != null && (r.country() == null || EEA.contains(r.country()))) {
            problems.add(new RegisterProblem(path + ".transfer", r.country() == null
                    ? "Give the country the data goes to, so the transfer safeguard has a transfer to cover."
                    : r.country() + " is in the EU/EEA: no transfer safeguard applies; remove it."));
        }
        if (r.transfer() != null) {
            length(problems, path + ".transfer.reference", r.transfer().reference(), MAX_TEXT);
        }
        return problems;
    }

    /** Whether data sent to this recipient leaves the EU/EEA (Chapter V GDPR). */
    public static boolean outsideEea(Recipient r) {
        return r.country() != null && !EEA.contains(r.country());
    }

    private static String controllerPath(String formField) {
        return switch (formField) {
            case "dpoEmail" -> "dataProtectionOfficer.email";
            case "dpoName" -> "dataProtectionOfficer.name";
            case "authorityName" -> "supervisoryAuthority.name";
            case "authorityAddress" -> "supervisoryAuthority.postalAddress";
            case "authorityWebsite" -> "supervisoryAuthority.website";
            default -> formField;
        };
    }

    private static void key(List<RegisterProblem> problems, String path, String key) {
        if (blank(key)) {
            problems.add(new RegisterProblem(path, "Give a key: lower-case letters, digits and hyphens, such as "
                    + "\"customer-account\"."));
        } else if (key.length() > MAX_KEY || !KEY.matcher(key).matches()) {
            problems.add(new RegisterProblem(path, "'" + key + "' is not a valid key: use lower-case letters, digits and "
                    + "single hyphens, at most " + MAX_KEY + " characters, such as \"customer-account\"."));
        }
    }

    private static void required(List<RegisterProblem> problems, String path, String value, String message) {
        if (blank(value)) {
            problems.add(new RegisterProblem(path, message));
        }
    }

    /** Also refuses control characters: a name is one line, a longer text may have line breaks and tabs. */
    private static void length(List<RegisterProblem> problems, String path, String value, int max) {
        String control = max <= MAX_NAME ? TextRules.oneLine(value) : TextRules.multiLine(value);
        if (control != null) {
            problems.add(new RegisterProblem(path, control));
        } else if (value != null && value.length() > max) {
            problems.add(new RegisterProblem(path, "This text is " + value.length() + " characters long; at most "
                    + max + " are kept. Shorten it."));
        }
    }

    private static <T> void duplicates(List<RegisterProblem> problems, String path, List<T> values,
            Function<T, String> code) {
        Set<T> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                problems.add(new RegisterProblem(path + "[" + i + "]", "'" + code.apply(values.get(i)) + "' is listed twice."));
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

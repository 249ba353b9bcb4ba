package eu.gdprmodule.register;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.ControllerIdentity.DataProtectionOfficer;
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
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and writes the register file, {@code docs/register-file.md}: JSON with
 * {@code "format": "gdpr-register/1"}. Reading reports every problem with the path of the
 * offending field ({@code activities[2].retention.period}) instead of stopping at the first, and
 * refuses fields it does not know, so a typo is not silently dropped; the rules between fields
 * (a recipient outside the EU/EEA needs a safeguard, ...) are {@link RegisterRules}'.
 */
public final class RegisterFile {

    /** The value of {@code format} this version reads and writes. */
    public static final String FORMAT = "gdpr-register/1";

    /** Parsson's option: a key given twice in one object is an error, not "the last one wins". */
    private static final JsonParserFactory STRICT = Json.createParserFactory(
            Map.of("org.eclipse.parsson.rejectDuplicateKeys", true));

    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private RegisterFile() {
    }

    /**
     * Reads a register file and checks it completely.
     *
     * @throws InvalidRegister with every problem found, when the file is not a valid register
     */
    public static RegisterDocument read(String json) {
        JsonObject root;
        try (JsonParser parser = STRICT.createParser(new StringReader(json == null ? "" : json))) {
            if (!parser.hasNext()) {
                throw new InvalidRegister("$", "The file is empty: a register file is a JSON object with \"format\": \""
                        + FORMAT + "\".");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                // "{...} {...}" or trailing text: which part was meant cannot be known
                var at = parser.getLocation();
                throw new InvalidRegister("$", "Unexpected content after the end of the JSON object (line "
                        + at.getLineNumber() + ", column " + at.getColumnNumber() + ").");
            }
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidRegister("$", "A register file is a JSON object with \"format\": \"" + FORMAT + "\".");
            }
            root = value.asJsonObject();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new InvalidRegister("$", "This is not valid JSON (line " + at.getLineNumber() + ", column "
                    + at.getColumnNumber() + "): " + e.getMessage());
        } catch (JsonException e) {
            throw new InvalidRegister("$", "This is not valid JSON: check that it is a whole file saved as UTF-8.");
        } catch (IllegalStateException e) {
            // how Parsson refuses a key given twice in one object ("Duplicate key 'x' is not allowed")
            throw new InvalidRegister("$", e.getMessage() + ": each field may appear once in an object.");
        }
        Fields in = new Fields(new ArrayList<>());
        RegisterDocument document = in.document(root);
        List<RegisterProblem> problems = new ArrayList<>(in.problems);
        if (problems.isEmpty()) {
            problems.addAll(RegisterRules.problems(document));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegister(problems);
        }
        return document;
    }

    /** Reads one processing activity as the register file writes it; problems' paths start at {@code path}. */
    public static ProcessingActivity readActivity(JsonObject json, String path, List<RegisterProblem> problems) {
        return new Fields(problems).activity(json, path);
    }

    /** Reads one recipient as the register file writes it; problems' paths start at {@code path}. */
    public static Recipient readRecipient(JsonObject json, String path, List<RegisterProblem> problems) {
        return new Fields(problems).recipient(json, path);
    }

    /** The register file for this register, indented for people and version control. */
    public static String write(RegisterDocument document) {
        JsonObjectBuilder root = Json.createObjectBuilder().add("format", FORMAT);
        if (document.controller() != null) {
            root.add("controller", controller(document.controller()));
        }
        root.add("securityMeasures", strings(document.securityMeasures()));
        JsonArrayBuilder recipients = Json.createArrayBuilder();
        document.recipients().forEach(r -> recipients.add(recipient(r)));
        root.add("recipients", recipients);
        JsonArrayBuilder activities = Json.createArrayBuilder();
        document.activities().forEach(a -> activities.add(activity(a)));
        root.add("activities", activities);
        return pretty(root.build());
    }

    static String pretty(JsonObject object) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = PRETTY.createWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString().strip() + "\n";
    }

    /** One activity as the register file writes it. */
    public static JsonObject activity(ProcessingActivity a) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("key", a.key()).add("name", a.name());
        optional(o, "description", a.description());
        o.add("purposes", strings(a.purposes()));
        o.add("dataCategories", strings(a.dataCategories().stream().map(DataCategory::code).toList()));
        optional(o, "personalData", a.personalData());
        o.add("dataSubjects", strings(a.dataSubjects().stream().map(DataSubjectCategory::code).toList()));
        JsonArrayBuilder bases = Json.createArrayBuilder();
        for (LegalGround ground : a.legalBases()) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("basis", ground.basis().code());
            optional(b, "justification", ground.justification());
            bases.add(b);
        }
        o.add("legalBases", bases);
        optional(o, "source", a.source());
        o.add("recipients", strings(a.recipientKeys()));
        if (a.retention() != null) {
            RetentionRule r = a.retention();
            JsonObjectBuilder rule = Json.createObjectBuilder().add("period", r.period().toString())
                    .add("startsAt", r.startsAt().code());
            optional(rule, "hostEvent", r.hostEvent());
            optional(rule, "archivePeriod", r.archivePeriod() == null ? null : r.archivePeriod().toString());
            rule.add("endAction", r.endAction().code());
            optional(rule, "description", r.description());
            o.add("retention", rule);
        }
        optional(o, "securityMeasures", a.securityMeasures());
        return o.build();
    }

    /** One recipient as the register file writes it. */
    public static JsonObject recipient(Recipient r) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("key", r.key()).add("name", r.name())
                .add("kind", r.kind().code());
        optional(o, "service", r.service());
        optional(o, "country", r.country());
        if (r.transfer() != null) {
            JsonObjectBuilder t = Json.createObjectBuilder().add("mechanism", r.transfer().mechanism().code());
            optional(t, "reference", r.transfer().reference());
            o.add("transfer", t);
        }
        optional(o, "dpaSignedOn", r.dpaSignedOn() == null ? null : r.dpaSignedOn().toString());
        return o.build();
    }

    static JsonObject controller(ControllerIdentity c) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        optional(o, "name", c.name());
        optional(o, "postalAddress", c.postalAddress());
        optional(o, "privacyContactEmail", c.privacyContactEmail());
        optional(o, "legalRepresentative", c.legalRepresentative());
        if (c.dataProtectionOfficer() != null) {
            JsonObjectBuilder dpo = Json.createObjectBuilder();
            optional(dpo, "name", c.dataProtectionOfficer().name());
            optional(dpo, "email", c.dataProtectionOfficer().email());
            o.add("dataProtectionOfficer", dpo);
        }
        if (c.supervisoryAuthority() != null) {
            JsonObjectBuilder sa = Json.createObjectBuilder();
            optional(sa, "name", c.supervisoryAuthority().name());
            optional(sa, "postalAddress", c.supervisoryAuthority().postalAddress());
            optional(sa, "website", c.supervisoryAuthority().website());
            o.add("supervisoryAuthority", sa);
        }
        return o.build();
    }

    private static void optional(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    /** Reads fields, collecting problems rather than throwing, so one pass reports them all. */
    private record Fields(List<RegisterProblem> problems) {

        RegisterDocument document(JsonObject root) {
            known(root, "$", "format", "controller", "securityMeasures", "recipients", "activities");
            JsonValue format = root.get("format");
            if (format == null || !(format instanceof JsonString s) || !FORMAT.equals(s.getString())) {
                problem("format", "Say which format this file uses: \"format\": \"" + FORMAT + "\""
                        + (format == null ? "." : " (found " + format + ")."));
            }
            ControllerIdentity controller = root.containsKey("controller")
                    ? controller(object(root, "controller", "controller"), "controller") : null;
            List<String> measures = stringList(root, "securityMeasures", "securityMeasures", false);
            List<Recipient> recipients = new ArrayList<>();
            JsonArray r = array(root, "recipients", "recipients");
            for (int i = 0; r != null && i < r.size(); i++) {
                String path = "recipients[" + i + "]";
                JsonObject item = element(r, i, path);
                if (item != null) {
                    Recipient recipient = recipient(item, path);
                    if (recipient != null) {
                        recipients.add(recipient);
                    }
                }
            }
            List<ProcessingActivity> activities = new ArrayList<>();
            JsonArray a = array(root, "activities", "activities");
            for (int i = 0; a != null && i < a.size(); i++) {
                String path = "activities[" + i + "]";
                JsonObject item = element(a, i, path);
                if (item != null) {
                    ProcessingActivity activity = activity(item, path);
                    if (activity != null) {
                        activities.add(activity);
                    }
                }
            }
            return new RegisterDocument(controller, measures, recipients, activities);
        }

        ControllerIdentity controller(JsonObject o, String path) {
            if (o == null) {
                return null;
            }
            known(o, path, "name", "postalAddress", "privacyContactEmail", "legalRepresentative",
                    "dataProtectionOfficer", "supervisoryAuthority");
            DataProtectionOfficer dpo = null;
            if (o.containsKey("dataProtectionOfficer")) {
                JsonObject d = object(o, "dataProtectionOfficer", path + ".dataProtectionOfficer");
                if (d != null) {
                    known(d, path + ".dataProtectionOfficer", "name", "email");
                    dpo = new DataProtectionOfficer(text(d, "name", path + ".dataProtectionOfficer.name", false),
                            text(d, "email", path + ".dataProtectionOfficer.email", false));
                }
            }
            SupervisoryAuthority authority = null;
            if (o.containsKey("supervisoryAuthority")) {
                String at = path + ".supervisoryAuthority";
                JsonObject s = object(o, "supervisoryAuthority", at);
                if (s != null) {
                    known(s, at, "name", "postalAddress", "website");
                    authority = new SupervisoryAuthority(text(s, "name", at + ".name", false),
                            text(s, "postalAddress", at + ".postalAddress", false), text(s, "website", at + ".website", false));
                }
            }
            return new ControllerIdentity(text(o, "name", path + ".name", false),
                    text(o, "postalAddress", path + ".postalAddress", false),
                    text(o, "privacyContactEmail", path + ".privacyContactEmail", false),
                    text(o, "legalRepresentative", path + ".legalRepresentative", false), dpo, authority);
        }

        Recipient recipient(JsonObject o, String path) {
            int before = problems.size();
            known(o, path, "key", "name", "kind", "service", "country", "transfer", "dpaSignedOn");
            String key = text(o, "key", path + ".key", true);
            String name = text(o, "name", path + ".name", true);
            Recipient.Kind kind = code(o, "kind", path + ".kind", Recipient.Kind.values(), Recipient.Kind::code, true);
            String service = text(o, "service", path + ".service", false);
            String country = text(o, "country", path + ".country", false);
            TransferSafeguard transfer = null;
            if (o.containsKey("transfer") && o.get("transfer").getValueType() != JsonValue.ValueType.NULL) {
                String at = path + ".transfer";
                JsonObject t = object(o, "transfer", at);
                if (t != null) {
                    known(t, at, "mechanism", "reference");
                    TransferMechanism mechanism = code(t, "mechanism", at + ".mechanism", TransferMechanism.values(),
                            TransferMechanism::code, true);
                    String reference = text(t, "reference", at + ".reference", false);
                    transfer = mechanism == null ? null : new TransferSafeguard(mechanism, reference);
                }
            }
            LocalDate dpa = null;
            String dpaText = text(o, "dpaSignedOn", path + ".dpaSignedOn", false);
            if (dpaText != null) {
                try {
                    dpa = LocalDate.parse(dpaText);
                } catch (DateTimeParseException e) {
                    problem(path + ".dpaSignedOn", "Give the date the processing agreement was signed as YYYY-MM-DD, "
                            + "such as 2024-03-31 (found '" + dpaText + "').");
                }
            }
            if (problems.size() > before || key == null || name == null || kind == null) {
                return null;
            }
            return new Recipient(key, name, kind, service, country == null ? null : country.toUpperCase(java.util.Locale.ROOT),
                    transfer, dpa);
        }

        ProcessingActivity activity(JsonObject o, String path) {
            int before = problems.size();
            known(o, path, "key", "name", "description", "purposes", "dataCategories", "personalData", "dataSubjects",
                    "legalBases", "source", "recipients", "retention", "securityMeasures");
            String key = text(o, "key", path + ".key", true);
            String name = text(o, "name", path + ".name", true);
            String description = text(o, "description", path + ".description", false);
            List<String> purposes = stringList(o, "purposes", path + ".purposes", true);
            List<DataCategory> categories = codes(o, "dataCategories", path + ".dataCategories", DataCategory.values(),
                    DataCategory::code);
            String personalData = text(o, "personalData", path + ".personalData", false);
            List<DataSubjectCategory> subjects = codes(o, "dataSubjects", path + ".dataSubjects",
                    DataSubjectCategory.values(), DataSubjectCategory::code);
            List<LegalGround> bases = new ArrayList<>();
            JsonArray b = array(o, "legalBases", path + ".legalBases");
            for (int i = 0; b != null && i < b.size(); i++) {
                String at = path + ".legalBases[" + i + "]";
                JsonObject ground = element(b, i, at);
                if (ground != null) {
                    known(ground, at, "basis", "justification");
                    LegalBasis basis = code(ground, "basis", at + ".basis", LegalBasis.values(), LegalBasis::code, true);
                    String justification = text(ground, "justification", at + ".justification", false);
                    if (basis != null) {
                        bases.add(new LegalGround(basis, justification));
                    }
                }
            }
            String source = text(o, "source", path + ".source", false);
            List<String> recipients = stringList(o, "recipients", path + ".recipients", false);
            RetentionRule retention = null;
            if (o.containsKey("retention") && o.get("retention").getValueType() != JsonValue.ValueType.NULL) {
                retention = retention(object(o, "retention", path + ".retention"), path + ".retention");
            }
            String measures = text(o, "securityMeasures", path + ".securityMeasures", false);
            if (problems.size() > before || key == null || name == null) {
                return null;
            }
            return new ProcessingActivity(key, name, description, purposes, categories, personalData, subjects, bases,
                    source, recipients, retention, measures);
        }

        RetentionRule retention(JsonObject o, String path) {
            if (o == null) {
                return null;
            }
            known(o, path, "period", "startsAt", "hostEvent", "archivePeriod", "endAction", "description");
            Period period = period(o, "period", path + ".period", true);
            RetentionRule.Start start = code(o, "startsAt", path + ".startsAt", RetentionRule.Start.values(),
                    RetentionRule.Start::code, true);
            String hostEvent = text(o, "hostEvent", path + ".hostEvent", false);
            Period archive = period(o, "archivePeriod", path + ".archivePeriod", false);
            RetentionRule.EndAction end = code(o, "endAction", path + ".endAction", RetentionRule.EndAction.values(),
                    RetentionRule.EndAction::code, true);
            String description = text(o, "description", path + ".description", false);
            if (period == null || start == null || end == null) {
                return null;
            }
            return new RetentionRule(period, start, hostEvent, archive, end, description);
        }

        private Period period(JsonObject o, String name, String path, boolean required) {
            String text = text(o, name, path, required);
            if (text == null) {
                return null;
            }
            try {
                return RegisterRules.period(text);
            } catch (IllegalArgumentException e) {
                problem(path, e.getMessage());
                return null;
            }
        }

        private void known(JsonObject o, String path, String... names) {
            Set<String> allowed = Set.of(names);
            for (String field : o.keySet()) {
                if (!allowed.contains(field)) {
                    problem(path.equals("$") ? field : path + "." + field, "Unknown field '" + field + "'; the fields here are "
                            + String.join(", ", names) + ".");
                }
            }
        }

        private String text(JsonObject o, String name, String path, boolean required) {
            JsonValue value = o.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                if (required) {
                    problem(path, "This field is required.");
                }
                return null;
            }
            if (!(value instanceof JsonString s)) {
                problem(path, "Expected text in quotes, found " + value.getValueType().name().toLowerCase() + ".");
                return null;
            }
            String text = s.getString().strip();
            if (text.isEmpty()) {
                if (required) {
                    problem(path, "This field is required and may not be blank.");
                }
                return null;
            }
            return text;
        }

        private JsonObject object(JsonObject o, String name, String path) {
            JsonValue value = o.get(name);
            if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
                problem(path, value == null ? "This field is required." : "Expected an object { ... }.");
                return null;
            }
            return value.asJsonObject();
        }

        private JsonArray array(JsonObject o, String name, String path) {
            JsonValue value = o.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                problem(path, "This field is required: a list [ ... ], possibly empty.");
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                problem(path, "Expected a list [ ... ].");
                return null;
            }
            return value.asJsonArray();
        }

        private JsonObject element(JsonArray array, int i, String path) {
            JsonValue value = array.get(i);
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                problem(path, "Expected an object { ... }.");
                return null;
            }
            return value.asJsonObject();
        }

        private List<String> stringList(JsonObject o, String name, String path, boolean required) {
            boolean absent = !o.containsKey(name) || o.get(name).getValueType() == JsonValue.ValueType.NULL;
            JsonArray array = !absent || required ? array(o, name, path) : null;
            List<String> values = new ArrayList<>();
            for (int i = 0; array != null && i < array.size(); i++) {
                JsonValue value = array.get(i);
                if (!(value instanceof JsonString s) || s.getString().isBlank()) {
                    problem(path + "[" + i + "]", "Expected non-blank text in quotes.");
                } else {
                    values.add(s.getString().strip());
                }
            }
            if (required && array != null && values.isEmpty() && array.isEmpty()) {
                problem(path, "Give at least one.");
            }
            return values;
        }

        private <E> List<E> codes(JsonObject o, String name, String path, E[] values, Function<E, String> code) {
            JsonArray array = array(o, name, path);
            List<E> result = new ArrayList<>();
            for (int i = 0; array != null && i < array.size(); i++) {
                // each problem names the entry's own index, also after an entry that is not text
                if (!(array.get(i) instanceof JsonString s) || s.getString().isBlank()) {
                    problem(path + "[" + i + "]", "Expected one of " + Arrays.stream(values).map(code)
                            .collect(Collectors.joining(", ")) + ", in quotes.");
                    continue;
                }
                E value = lookup(s.getString().strip(), path + "[" + i + "]", values, code);
                if (value != null) {
                    result.add(value);
                }
            }
            if (array != null && array.isEmpty()) {
                problem(path, "Give at least one.");
            }
            return result;
        }

        private <E> E code(JsonObject o, String name, String path, E[] values, Function<E, String> code, boolean required) {
            String text = text(o, name, path, required);
            return text == null ? null : lookup(text, path, values, code);
        }

        private <E> E lookup(String text, String path, E[] values, Function<E, String> code) {
            for (E value : values) {
                if (code.apply(value).equals(text)) {
                    return value;
                }
            }
            problem(path, "'" + text + "' is not one of " + Arrays.stream(values).map(code)
                    .collect(Collectors.joining(", ")) + ".");
            return null;
        }

        private void problem(String path, String message) {
            problems.add(new RegisterProblem(path, message));
        }
    }
}

package eu.gdprmodule.register;

import eu.gdprmodule.api.AuditedChange;
import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.Recipient;
import eu.gdprmodule.api.RegisterChanged;
import eu.gdprmodule.api.RegisterChanged.Action;
import eu.gdprmodule.api.RegisterChanged.Change;
import eu.gdprmodule.api.RegisterChanged.Item;
import eu.gdprmodule.audit.AuditChain;
import eu.gdprmodule.audit.StateDiff;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the register: reads it whole, changes one item or replaces everything from a register
 * file, each change checked against {@link RegisterRules}, audited with the fields that changed,
 * and announced after commit ({@link RegisterChanged}). Every change first locks the register's
 * state row, so checks across items (a recipient still used by an activity) see no concurrent
 * change, also with several servers on one database.
 */
@Stateless
public class RegisterStore {

    public static final String ACTIVITY_TYPE = "register-activity";
    public static final String RECIPIENT_TYPE = "register-recipient";
    public static final String MEASURES_TYPE = "register-security-measures";
    public static final String REGISTER_TYPE = "register";
    static final String MEASURES_KEY = "global";

    @PersistenceContext(unitName = "gdpr")
    private EntityManager em;

    @EJB
    private AuditChain audit;

    @EJB
    private ControllerIdentitySettings identitySettings;

    @Inject
    private ControllerIdentityConfiguration identity;

    @Inject
    private Event<PendingRegisterChange> pending;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** The register as committed. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RegisterSnapshot snapshot() {
        long revision = revision();
        List<RegisterEntry> entries = em.createQuery("SELECT e FROM RegisterEntry e", RegisterEntry.class)
                .getResultList();
        List<RegisterItem<ProcessingActivity>> activities = new ArrayList<>();
        List<RegisterItem<Recipient>> recipients = new ArrayList<>();
        RegisterItem<List<String>> measures = new RegisterItem<>(List.of(), 0, null, null);
        for (RegisterEntry entry : entries) {
            switch (entry.getKind()) {
                case ACTIVITY -> activities.add(item(entry, parseActivity(entry)));
                case RECIPIENT -> recipients.add(item(entry, parseRecipient(entry)));
                case SECURITY_MEASURES -> measures = item(entry, parseMeasures(entry));
            }
        }
        activities.sort(Comparator.comparing((RegisterItem<ProcessingActivity> a) -> a.value().name(),
                String.CASE_INSENSITIVE_ORDER).thenComparing(a -> a.value().key()));
        recipients.sort(Comparator.comparing((RegisterItem<Recipient> r) -> r.value().name(),
                String.CASE_INSENSITIVE_ORDER).thenComparing(r -> r.value().key()));
        return new RegisterSnapshot(revision, List.copyOf(activities), List.copyOf(recipients), measures);
    }

    /** The register's revision as committed; cheap, for caches. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long revision() {
        return ((Number) em.createNativeQuery("SELECT REVISION FROM GDPR_REGISTER_STATE WHERE ID = 1")
                .getSingleResult()).longValue();
    }

    /** The whole register as a register file, with the controller identity in force. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String export() {
        return RegisterFile.write(snapshot().document(identity.identity()));
    }

    /**
     * Adds an activity.
     *
     * @throws InvalidRegister when it breaks a rule or its key is taken
     */
    public RegisterItem<ProcessingActivity> createActivity(ProcessingActivity activity) {
        Writer writer = new Writer();
        if (writer.before.activity(activity.key()).isPresent()) {
            throw new InvalidRegister("activity.key", "An activity with the key '" + activity.key()
                    + "' already exists: choose another key, or edit that activity.");
        }
        writer.checkActivity(activity);
        writer.putActivity(activity);
        writer.finish();
        return itemOf(RegisterEntry.Kind.ACTIVITY, activity.key(), activity);
    }

    /**
     * Replaces an activity (its key never changes: host code and facts refer to it).
     *
     * @param version the version the editor started from
     * @throws RegisterConflict when someone saved it since
     */
    public RegisterItem<ProcessingActivity> updateActivity(ProcessingActivity activity, int version) {
        Writer writer = new Writer();
        writer.expect(RegisterEntry.Kind.ACTIVITY, activity.key(), version);
        writer.checkActivity(activity);
        writer.putActivity(activity);
        writer.finish();
        return itemOf(RegisterEntry.Kind.ACTIVITY, activity.key(), activity);
    }

    public void deleteActivity(String key, int version) {
        Writer writer = new Writer();
        writer.expect(RegisterEntry.Kind.ACTIVITY, key, version);
        writer.remove(RegisterEntry.Kind.ACTIVITY, key);
        writer.finish();
    }

    public RegisterItem<Recipient> createRecipient(Recipient recipient) {
        Writer writer = new Writer();
        if (writer.before.recipient(recipient.key()).isPresent()) {
            throw new InvalidRegister("recipient.key", "A recipient with the key '" + recipient.key()
                    + "' already exists: choose another key, or edit that recipient.");
        }
        writer.checkRecipient(recipient);
        writer.putRecipient(recipient);
        writer.finish();
        return itemOf(RegisterEntry.Kind.RECIPIENT, recipient.key(), recipient);
    }

    public RegisterItem<Recipient> updateRecipient(Recipient recipient, int version) {
        Writer writer = new Writer();
        writer.expect(RegisterEntry.Kind.RECIPIENT, recipient.key(), version);
        writer.checkRecipient(recipient);
        writer.putRecipient(recipient);
        writer.finish();
        return itemOf(RegisterEntry.Kind.RECIPIENT, recipient.key(), recipient);
    }

    /** Removes a recipient no activity names any more. */
    public void deleteRecipient(String key, int version) {
        Writer writer = new Writer();
        writer.expect(RegisterEntry.Kind.RECIPIENT, key, version);
        List<String> users = writer.before.activitiesUsing(key);
        if (!users.isEmpty()) {
            throw new InvalidRegister("recipient.key", "The activities " + String.join(", ", users) + " still send "
                    + "data to this recipient: remove it from them first.");
        }
        writer.remove(RegisterEntry.Kind.RECIPIENT, key);
        writer.finish();
    }

    public RegisterItem<List<String>> saveSecurityMeasures(List<String> measures, int version) {
        Writer writer = new Writer();
        writer.expect(RegisterEntry.Kind.SECURITY_MEASURES, MEASURES_KEY, version);
        List<String> cleaned = measures.stream().filter(Objects::nonNull).map(String::strip)
                .filter(m -> !m.isEmpty()).toList();
        List<RegisterProblem> problems = RegisterRules.problems(new RegisterDocument(null, cleaned, List.of(), List.of()));
        if (!problems.isEmpty()) {
            throw new InvalidRegister(problems);
        }
        writer.putMeasures(cleaned);
        writer.finish();
        return itemOf(RegisterEntry.Kind.SECURITY_MEASURES, MEASURES_KEY, cleaned);
    }

    /**
     * Replaces the whole register with a register file's content, in this transaction: items
     * absent from it are removed, unchanged ones are left alone.
     *
     * @param source where the file came from, for the audit log (a file name, "console upload")
     * @throws InvalidRegister with every problem, nothing changed
     */
    public ImportOutcome importDocument(RegisterDocument document, String source) {
        List<RegisterProblem> problems = RegisterRules.problems(document);
        if (!problems.isEmpty()) {
            throw new InvalidRegister(problems);
        }
        Writer writer = new Writer();
        Set<String> activityKeys = document.activities().stream().map(ProcessingActivity::key).collect(Collectors.toSet());
        Set<String> recipientKeys = document.recipients().stream().map(Recipient::key).collect(Collectors.toSet());
        for (RegisterItem<ProcessingActivity> old : writer.before.activities()) {
            if (!activityKeys.contains(old.value().key())) {
                writer.remove(RegisterEntry.Kind.ACTIVITY, old.value().key());
            }
        }
        for (RegisterItem<Recipient> old : writer.before.recipients()) {
            if (!recipientKeys.contains(old.value().key())) {
                writer.remove(RegisterEntry.Kind.RECIPIENT, old.value().key());
            }
        }
        document.recipients().forEach(writer::putRecipient);
        document.activities().forEach(writer::putActivity);
        writer.putMeasures(document.securityMeasures());
        boolean controllerChanged = false;
        if (document.controller() != null && !ControllerIdentitySettings.normalised(document.controller())
                .equals(ControllerIdentitySettings.normalised(identity.identity()))) {
            controllerChanged = identitySettings.save(document.controller());
        }
        ImportOutcome outcome = writer.outcome(controllerChanged);
        audit.record(AuditedChange.of(REGISTER_TYPE, "register", "imported")
                .to("source=" + abbreviate(source, 500) + "; " + outcome));
        writer.finish();
        return outcome;
    }

    /**
     * What an import changed.
     *
     * @param created           items added
     * @param changed           items replaced
     * @param deleted           items removed
     * @param unchanged         items the file left as they were
     * @param controllerChanged whether the controller identity was saved from the file
     */
    public record ImportOutcome(int created, int changed, int deleted, int unchanged, boolean controllerChanged) {
        @Override
        public String toString() {
            return "created=" + created + "; changed=" + changed + "; deleted=" + deleted + "; unchanged=" + unchanged
                    + "; controllerChanged=" + controllerChanged;
        }
    }

    /** Whether the start-up import of {@code gdpr.register.initial-file} was done, locking the state row. */
    public Optional<Instant> initialImportLocked() {
        lockState();
        Object at = em.createNativeQuery("SELECT INITIAL_IMPORTED_AT FROM GDPR_REGISTER_STATE WHERE ID = 1")
                .getSingleResult();
        return at == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(((Number) at).longValue()));
    }

    public void markInitialImport(String file) {
        em.createNativeQuery("UPDATE GDPR_REGISTER_STATE SET INITIAL_FILE = ?, INITIAL_IMPORTED_AT = ? WHERE ID = 1")
                .setParameter(1, abbreviate(file, 1000)).setParameter(2, clock.millis()).executeUpdate();
    }

    private void lockState() {
        // Changes nothing, but holds the row lock until the transaction ends (Derby and PostgreSQL alike).
        em.createNativeQuery("UPDATE GDPR_REGISTER_STATE SET REVISION = REVISION WHERE ID = 1").executeUpdate();
    }

    /** The item as just stored, with its new version (a list of measures never saved has version 0). */
    private <T> RegisterItem<T> itemOf(RegisterEntry.Kind kind, String key, T value) {
        RegisterEntry entry = em.find(RegisterEntry.class, RegisterEntry.id(kind, key));
        return entry == null ? new RegisterItem<>(value, 0, null, null) : item(entry, value);
    }

    private static <T> RegisterItem<T> item(RegisterEntry entry, T value) {
        return new RegisterItem<>(value, entry.getVersion(), entry.getChangedAt(), entry.getChangedBy());
    }

    private static ProcessingActivity parseActivity(RegisterEntry entry) {
        List<RegisterProblem> problems = new ArrayList<>();
        ProcessingActivity activity = RegisterFile.readActivity(json(entry), "activity", problems);
        if (activity == null) {
            throw new IllegalStateException("Stored activity " + entry.getKey() + " no longer reads: " + problems);
        }
        return activity;
    }

    private static Recipient parseRecipient(RegisterEntry entry) {
        List<RegisterProblem> problems = new ArrayList<>();
        Recipient recipient = RegisterFile.readRecipient(json(entry), "recipient", problems);
        if (recipient == null) {
            throw new IllegalStateException("Stored recipient " + entry.getKey() + " no longer reads: " + problems);
        }
        return recipient;
    }

    private static List<String> parseMeasures(RegisterEntry entry) {
        JsonArray array = json(entry).getJsonArray("securityMeasures");
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject json(RegisterEntry entry) {
        try (var reader = Json.createReader(new StringReader(entry.getDocument()))) {
            return reader.readObject();
        }
    }

    /** A register file JSON value flattened to {@code path=value} for the audit diff. */
    static Map<String, String> flatten(JsonValue value) {
        Map<String, String> fields = new LinkedHashMap<>();
        flatten("", value, fields);
        return fields;
    }

    private static void flatten(String path, JsonValue value, Map<String, String> fields) {
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().forEach((name, v) -> flatten(path.isEmpty() ? name : path + "." + name, v, fields));
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    flatten(path + "[" + i + "]", array.get(i), fields);
                }
            }
            case STRING -> fields.put(path, ((JsonString) value).getString());
            case NULL -> fields.put(path, null);
            default -> fields.put(path, value.toString());
        }
    }

    static String abbreviate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        String marker = " …(shortened)";
        return text.substring(0, max - marker.length()) + marker;
    }

    /** One change to the register: locks the state, collects the item changes, audits and announces them. */
    private final class Writer {

        final RegisterSnapshot before;
        private final List<Change> changes = new ArrayList<>();
        private int unchanged;
        private final String actor = actor();
        private final Instant now = clock.instant();

        Writer() {
            lockState();
            before = snapshot();
        }

        void expect(RegisterEntry.Kind kind, String key, int version) {
            RegisterEntry entry = em.find(RegisterEntry.class, RegisterEntry.id(kind, key));
            if (entry == null) {
                if (kind == RegisterEntry.Kind.SECURITY_MEASURES && version == 0) {
                    return;
                }
                throw new UnknownRegisterItem("There is no " + label(kind) + " with the key '" + key
                        + "' (any more): reload the register.");
            }
            if (entry.getVersion() != version) {
                throw new RegisterConflict("This " + label(kind) + " was changed by " + entry.getChangedBy() + " at "
                        + entry.getChangedAt() + " since you opened it: reload it and make your change again.");
            }
        }

        void checkActivity(ProcessingActivity activity) {
            Set<String> recipientKeys = before.recipients().stream().map(r -> r.value().key()).collect(Collectors.toSet());
            List<RegisterProblem> problems = RegisterRules.activityProblems(activity, "activity", recipientKeys);
            if (!problems.isEmpty()) {
                throw new InvalidRegister(problems);
            }
        }

        void checkRecipient(Recipient recipient) {
            List<RegisterProblem> problems = RegisterRules.recipientProblems(recipient, "recipient");
            if (!problems.isEmpty()) {
                throw new InvalidRegister(problems);
            }
        }

        void putActivity(ProcessingActivity activity) {
            put(RegisterEntry.Kind.ACTIVITY, activity.key(), activity.name(), RegisterFile.activity(activity));
        }

        void putRecipient(Recipient recipient) {
            put(RegisterEntry.Kind.RECIPIENT, recipient.key(), recipient.name(), RegisterFile.recipient(recipient));
        }

        void putMeasures(List<String> measures) {
            JsonObject json = Json.createObjectBuilder()
                    .add("securityMeasures", Json.createArrayBuilder(measures)).build();
            put(RegisterEntry.Kind.SECURITY_MEASURES, MEASURES_KEY, "Security measures", json);
        }

        private void put(RegisterEntry.Kind kind, String key, String name, JsonObject json) {
            String document = json.toString();
            if (document.length() > RegisterEntry.MAX_DOCUMENT) {
                throw new InvalidRegister(label(kind), "This " + label(kind) + " is " + document.length()
                        + " characters long as JSON; at most " + RegisterEntry.MAX_DOCUMENT + " are kept. Shorten its texts.");
            }
            RegisterEntry entry = em.find(RegisterEntry.class, RegisterEntry.id(kind, key));
            Map<String, String> old = entry == null ? Map.of() : flatten(json(entry));
            Map<String, String> now = flatten(json);
            StateDiff diff = StateDiff.between(old, now);
            if (entry != null && diff.isEmpty()) {
                unchanged++;
                return;
            }
            if (entry == null && kind == RegisterEntry.Kind.SECURITY_MEASURES && now.isEmpty()) {
                unchanged++;
                return;
            }
            boolean created = entry == null;
            if (created) {
                entry = new RegisterEntry(kind, key);
                entry.update(name, document, this.now, actor);
                em.persist(entry);
            } else {
                entry.update(name, document, this.now, actor);
            }
            List<String> fields = created ? List.of() : changedFields(old, now);
            changes.add(new Change(item(kind), key, created ? Action.CREATED : Action.CHANGED, fields));
            audit.record(AuditedChange.of(auditType(kind), key, created ? "created" : "changed")
                    .from(abbreviate(diff.before(), AuditedChange.MAX_SUMMARY))
                    .to(abbreviate(diff.after(), AuditedChange.MAX_SUMMARY)));
        }

        void remove(RegisterEntry.Kind kind, String key) {
            RegisterEntry entry = em.find(RegisterEntry.class, RegisterEntry.id(kind, key));
            if (entry == null) {
                return;
            }
            StateDiff diff = StateDiff.between(flatten(json(entry)), Map.of());
            em.remove(entry);
            changes.add(new Change(item(kind), key, Action.DELETED, List.of()));
            audit.record(AuditedChange.of(auditType(kind), key, "deleted")
                    .from(abbreviate(diff.before(), AuditedChange.MAX_SUMMARY)));
        }

        ImportOutcome outcome(boolean controllerChanged) {
            int created = (int) changes.stream().filter(c -> c.action() == Action.CREATED).count();
            int changed = (int) changes.stream().filter(c -> c.action() == Action.CHANGED).count();
            int deleted = (int) changes.stream().filter(c -> c.action() == Action.DELETED).count();
            return new ImportOutcome(created, changed, deleted, unchanged, controllerChanged);
        }

        /** Raises the revision and announces the change, when there was one. */
        void finish() {
            if (changes.isEmpty()) {
                return;
            }
            em.flush();
            em.createNativeQuery("UPDATE GDPR_REGISTER_STATE SET REVISION = REVISION + 1 WHERE ID = 1").executeUpdate();
            pending.fire(new PendingRegisterChange(new RegisterChanged(revision(), changes, actor, now)));
        }

        private List<String> changedFields(Map<String, String> old, Map<String, String> now) {
            Set<String> paths = new LinkedHashSet<>(old.keySet());
            paths.addAll(now.keySet());
            // report the top-level field ("retention", "purposes"), not every nested path
            return paths.stream().filter(p -> !Objects.equals(old.get(p), now.get(p)))
                    .map(p -> p.split("[.\\[]", 2)[0]).distinct().toList();
        }
    }

    private String actor() {
        return AuditChain.actorOf(session);
    }

    private static Item item(RegisterEntry.Kind kind) {
        return switch (kind) {
            case ACTIVITY -> Item.ACTIVITY;
            case RECIPIENT -> Item.RECIPIENT;
            case SECURITY_MEASURES -> Item.SECURITY_MEASURES;
        };
    }

    private static String auditType(RegisterEntry.Kind kind) {
        return switch (kind) {
            case ACTIVITY -> ACTIVITY_TYPE;
            case RECIPIENT -> RECIPIENT_TYPE;
            case SECURITY_MEASURES -> MEASURES_TYPE;
        };
    }

    private static String label(RegisterEntry.Kind kind) {
        return switch (kind) {
            case ACTIVITY -> "processing activity";
            case RECIPIENT -> "recipient";
            case SECURITY_MEASURES -> "list of security measures";
        };
    }
}

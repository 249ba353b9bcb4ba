package eu.gdprmodule.bench.audit;

import eu.gdprmodule.audit.EntryHash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates the GDPR module's embedded Derby database under a data directory, as the module would
 * on its first start, and fills its audit log with N entries chained exactly as
 * {@code AuditChain} chains them ({@link EntryHash#of}, starting from {@link EntryHash#GENESIS}),
 * so the module's chain verification finds the log intact.
 *
 * <pre>
 * java -cp target/audit-loader.jar:target/lib/* eu.gdprmodule.bench.audit.AuditLoader DATA_DIR N
 * </pre>
 *
 * <p>The entries are made up, the same for the same N (fixed seed): about 50 actors (one of them
 * {@code system}), 10 entity types with N/50 ids each (so an entity has about 10 entries), 8
 * actions, summaries of about 60 characters, times spread
 * evenly (with jitter) over the 3 years before {@link #END}, increasing with the sequence number
 * as in a real log. The file {@code DATA_DIR/bench.properties} tells the bench which filters to
 * time and how many entries each one matches, to check the API's totals against.
 *
 * <p>The data directory must be new or empty: the loader refuses to add to an existing log.
 * Run it while no server uses the data directory (embedded Derby allows one JVM at a time).
 */
public final class AuditLoader {

    /** The last entry's time; fixed, so the same N always gives the same database. */
    static final Instant END = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant START = END.atZone(ZoneOffset.UTC).minusYears(3).toInstant();

    /** What {@code SchemaMigration} configures: the module's migrations and history table. */
    private static final String MIGRATIONS = "classpath:eu/gdprmodule/migration";
    private static final String HISTORY_TABLE = "GDPR_SCHEMA_HISTORY";

    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 50_000;

    // The filters bench/audit times; their match counts are written to bench.properties.
    static final String FILTER_ACTOR = "camille";
    static final String FILTER_TYPE = "order";
    static final String FILTER_ACTION = "updated";
    /** The entity whose history bench/audit looks up: an order in the middle of the id range. */
    static final int FILTER_ENTITY_TYPE = 1;

    private static final String[] FIRST_NAMES = {"camille", "louis", "emma", "gabriel", "jade", "raphael", "louise",
        "arthur", "alice", "jules", "chloe", "adam", "lina", "hugo", "rose", "leo", "mia", "lucas", "anna", "nathan",
        "lea", "ethan", "manon", "noah", "ines", "paul", "julia", "tom", "zoe", "victor", "clara", "mathis", "sarah",
        "theo", "eva", "sacha", "lou", "axel", "nina", "maxime", "elsa", "simon", "agathe", "antoine", "margaux",
        "martin", "juliette", "oscar", "romane"};
    private static final String[] LAST_NAMES = {"martin", "bernard", "dubois", "thomas", "robert", "richard", "petit",
        "durand", "leroy", "moreau", "simon", "laurent", "lefebvre", "michel", "garcia", "david", "bertrand", "roux",
        "vincent", "fournier", "morel", "girard", "andre", "mercier", "dupont"};
    private static final String[] ENTITY_TYPES = {"customer", "order", "consent", "invoice", "shipment",
        "newsletter-subscription", "support-ticket", "data-subject-request", "processing-activity", "staff-account"};
    private static final String[] ID_PREFIXES = {"cus", "ord", "cns", "inv", "shp", "nls", "tkt", "dsr", "pra", "stf"};
    private static final int[] TYPE_WEIGHTS = {15, 20, 10, 12, 10, 8, 10, 5, 3, 7};
    private static final String[] ACTIONS = {"created", "updated", "viewed", "deleted", "exported", "consent-given",
        "consent-withdrawn", "anonymised"};
    private static final int[] ACTION_WEIGHTS = {20, 35, 15, 5, 5, 10, 5, 5};
    private static final String[] STATUSES = {"NEW", "PAID", "SHIPPED", "DELIVERED", "CANCELLED", "REFUNDED",
        "OPEN", "CLOSED"};
    private static final String[] PURPOSES = {"newsletter", "order-tracking", "product-reviews", "analytics",
        "partner-offers"};
    private static final String[] CITIES = {"Paris", "Lyon", "Lille", "Nantes", "Rennes", "Poitiers", "Bordeaux",
        "Toulouse", "Marseille", "Strasbourg"};

    private final Random random;
    private final String[] actors;
    /** Ids per entity type: one entity has about 10 entries on average, as a real history would. */
    private final int idsPerType;

    AuditLoader(long seed, long entries) {
        random = new Random(seed);
        idsPerType = (int) Math.max(100, Math.min(Integer.MAX_VALUE, entries / 50));
        actors = new String[FIRST_NAMES.length + 1];
        actors[0] = "system";
        for (int i = 0; i < FIRST_NAMES.length; i++) {
            String domain = i % 3 == 0 ? "demo-shop.example" : "staff.demo-shop.example";
            actors[i + 1] = FIRST_NAMES[i] + "." + LAST_NAMES[i % LAST_NAMES.length] + "@" + domain;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !args[1].matches("[0-9]+")) {
            System.err.println("usage: java -cp audit-loader.jar:lib/* " + AuditLoader.class.getName()
                    + " DATA_DIR ENTRIES");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath().normalize();
        long entries = Long.parseLong(args[1]);
        Files.createDirectories(dataDir);
        if (Files.exists(dataDir.resolve("gdprdb"))) {
            System.err.println("audit-loader: " + dataDir.resolve("gdprdb") + " exists: give a new data directory");
            System.exit(1);
        }
        // Derby's log next to the database, as the module puts it; a larger page cache for the load only.
        System.setProperty("derby.stream.error.file", dataDir.resolve("derby.log").toString());
        System.setProperty("derby.storage.pageCacheSize", "20000");
        new AuditLoader(42, entries).load(dataDir, entries);
    }

    void load(Path dataDir, long entries) throws SQLException, IOException {
        // The URL the module builds from gdpr.data.dir (DatabaseSettings).
        String url = "jdbc:derby:" + dataDir.resolve("gdprdb") + ";create=true";
        long t0 = System.nanoTime();
        MigrateResult migrated = Flyway.configure(AuditLoader.class.getClassLoader())
                .dataSource(url, null, null)
                .locations(MIGRATIONS)
                .table(HISTORY_TABLE)
                .cleanDisabled(true)
                .load()
                .migrate();
        log("schema migrated to version %s (%d migrations) in %.1f s", migrated.targetSchemaVersion,
                migrated.migrationsExecuted, seconds(t0));

        Counts counts = new Counts(entityId(FILTER_ENTITY_TYPE, idsPerType / 2));
        long t1 = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                    ResultSet head = statement.executeQuery("SELECT LAST_SEQ FROM GDPR_AUDIT_HEAD WHERE ID = 1")) {
                if (!head.next() || head.getLong(1) != 0) {
                    throw new IllegalStateException("the audit log is not empty: give a new data directory");
                }
            }
            String previous = EntryHash.GENESIS;
            long span = END.toEpochMilli() - START.toEpochMilli();
            long recordedAt = START.toEpochMilli();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO GDPR_AUDIT_ENTRY (SEQ, "
                    + "RECORDED_AT, ACTOR, ENTITY_TYPE, ENTITY_ID, ACTION, BEFORE_STATE, AFTER_STATE, PREVIOUS_HASH, "
                    + "ENTRY_HASH) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (long seq = 1; seq <= entries; seq++) {
                    // evenly spread with jitter, never going back in time
                    long target = START.toEpochMilli() + span * seq / Math.max(1, entries);
                    long jitter = span / Math.max(1, entries) / 2;
                    recordedAt = Math.max(recordedAt, target - (jitter > 0 ? (long) (random.nextDouble() * jitter) : 0));
                    int type = weighted(TYPE_WEIGHTS);
                    int action = weighted(ACTION_WEIGHTS);
                    String actor = actor();
                    String entityType = ENTITY_TYPES[type];
                    String entityId = entityId(type, random.nextInt(idsPerType));
                    String actionName = ACTIONS[action];
                    String before = before(actionName, type);
                    String after = after(actionName, type);
                    String hash = EntryHash.of(seq, recordedAt, actor, entityType, entityId, actionName, before, after,
                            previous);
                    insert.setLong(1, seq);
                    insert.setLong(2, recordedAt);
                    insert.setString(3, actor);
                    insert.setString(4, entityType);
                    insert.setString(5, entityId);
                    insert.setString(6, actionName);
                    insert.setString(7, before);
                    insert.setString(8, after);
                    insert.setString(9, previous);
                    insert.setString(10, hash);
                    insert.addBatch();
                    previous = hash;
                    counts.add(actor, entityType, entityId, actionName, recordedAt, before, after);
                    if (seq % BATCH == 0 || seq == entries) {
                        insert.executeBatch();
                    }
                    if (seq % COMMIT_EVERY == 0) {
                        connection.commit();
                    }
                    if (seq % 100_000 == 0) {
                        log("  %,d entries (%.0f s)", seq, seconds(t1));
                    }
                }
            }
            try (PreparedStatement head = connection.prepareStatement(
                    "UPDATE GDPR_AUDIT_HEAD SET LAST_SEQ = ?, LAST_HASH = ? WHERE ID = 1")) {
                head.setLong(1, entries);
                head.setString(2, previous);
                head.executeUpdate();
            }
            connection.commit();
            double insertSeconds = seconds(t1);
            log("%,d entries inserted in %.1f s (%,.0f a second)", entries, insertSeconds,
                    entries / Math.max(insertSeconds, 0.001));

            // Index statistics, as Derby's own statistics daemon keeps them on a log that grew to
            // this size (it would otherwise compute them in the background during the bench,
            // and plans compiled before and after would differ).
            long t2 = System.nanoTime();
            try (CallableStatement statistics = connection.prepareCall(
                    "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'GDPR_AUDIT_ENTRY', NULL)")) {
                statistics.execute();
            }
            connection.commit();
            log("index statistics updated in %.1f s", seconds(t2));
        }
        shutdownDerby();
        double total = seconds(t0);
        log("loaded %,d entries in %.1f s (migrations, inserts, statistics, shutdown)", entries, total);
        counts.write(dataDir.resolve("bench.properties"), entries, total);
    }

    private static String entityId(int type, int number) {
        return ID_PREFIXES[type] + "-" + String.format(Locale.ROOT, "%07d", number);
    }

    private String actor() {
        // one entry in five by the system (timers, start-up work); the staff share the rest, unevenly
        if (random.nextInt(5) == 0) {
            return actors[0];
        }
        int staff = actors.length - 1;
        int pick = (int) (staff * Math.pow(random.nextDouble(), 1.5));
        return actors[1 + Math.min(pick, staff - 1)];
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private String before(String action, int type) {
        return switch (action) {
            case "created", "viewed", "exported" -> null;
            case "consent-given" -> "purpose=" + pick(PURPOSES) + "; state=none; source=account-settings";
            case "consent-withdrawn" -> "purpose=" + pick(PURPOSES) + "; state=given; since=" + day();
            default -> state(type);
        };
    }

    private String after(String action, int type) {
        return switch (action) {
            case "deleted" -> null;
            case "anonymised" -> "name=<anonymised>; email=<anonymised>; address=<anonymised>";
            case "viewed" -> "fields=name,email,postalAddress,orders; reason=support ticket " + random.nextInt(99_999);
            case "exported" -> "format=json; fields=all; bytes=" + (10_000 + random.nextInt(90_000)) + "; for=subject";
            case "consent-given" -> "purpose=" + pick(PURPOSES) + "; state=given; text=v" + (1 + random.nextInt(9))
                    + "; ip=203.0.113." + random.nextInt(256);
            case "consent-withdrawn" -> "purpose=" + pick(PURPOSES) + "; state=withdrawn; channel=email-link";
            default -> state(type);
        };
    }

    /** About 60 characters of "field=value" pairs, as a host would summarise an entity. */
    private String state(int type) {
        return switch (type) {
            case 0, 9 -> "name=" + cap(pick(FIRST_NAMES)) + " " + cap(pick(LAST_NAMES)) + "; email=" + pick(FIRST_NAMES)
                    .charAt(0) + "***@example.com; city=" + pick(CITIES);
            case 1, 3 -> String.format(Locale.ROOT, "status=%s; total=%d.%02d EUR; items=%d; paid=%s", pick(STATUSES),
                    random.nextInt(900) + 10, random.nextInt(100), 1 + random.nextInt(9), day());
            case 4 -> "carrier=colissimo; tracking=6A" + (100_000_000 + random.nextInt(899_999_999)) + "; status="
                    + pick(STATUSES);
            default -> "status=" + pick(STATUSES) + "; owner=" + pick(FIRST_NAMES) + "; updated=" + day()
                    + "; priority=" + (1 + random.nextInt(4));
        };
    }

    private String day() {
        return LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365)).toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String cap(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static void shutdownDerby() {
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
            throw new IllegalStateException("Derby did not confirm its shutdown");
        } catch (SQLException e) {
            if (!"XJ015".equals(e.getSQLState())) {
                throw new IllegalStateException("Derby did not shut down cleanly: " + e.getMessage(), e);
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.err.println("audit-loader: " + String.format(Locale.ROOT, format, args));
    }

    /** How many entries each timed filter matches, and the sizes, for the bench to check. */
    private static final class Counts {
        private final String entityId;
        private final YearMonth month = YearMonth.from(
                START.plusMillis((END.toEpochMilli() - START.toEpochMilli()) / 2).atZone(ZoneOffset.UTC));
        private final long monthFrom = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        private final long monthTo = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                .toEpochMilli();
        private long actor;
        private long typeAndAction;
        private long entity;
        private long inMonth;
        private long summaryChars;
        private long summaries;

        Counts(String entityId) {
            this.entityId = entityId;
        }

        void add(String actorName, String type, String id, String action, long recordedAt, String before,
                String after) {
            if (entityId.equals(id)) {
                entity++; // ids carry their type's prefix, so the id alone finds the same entries
            }
            if (actorName.startsWith(FILTER_ACTOR)) {
                actor++;
            }
            if (FILTER_TYPE.equals(type) && FILTER_ACTION.equals(action)) {
                typeAndAction++;
            }
            if (recordedAt >= monthFrom && recordedAt < monthTo) {
                inMonth++;
            }
            for (String summary : new String[] {before, after}) {
                if (summary != null) {
                    summaries++;
                    summaryChars += summary.length();
                }
            }
        }

        void write(Path file, long entries, double loadSeconds) throws IOException {
            // key=value lines in a fixed order, for bench/audit to read with grep
            Map<String, String> values = new LinkedHashMap<>();
            values.put("entries", Long.toString(entries));
            values.put("load.seconds", String.format(Locale.ROOT, "%.1f", loadSeconds));
            values.put("first.recorded", START.toString());
            values.put("last.recorded", END.toString());
            values.put("summary.average.chars",
                    Long.toString(summaries == 0 ? 0 : Math.round((double) summaryChars / summaries)));
            values.put("filter.actor", FILTER_ACTOR);
            values.put("filter.actor.matches", Long.toString(actor));
            values.put("filter.entityType", FILTER_TYPE);
            values.put("filter.action", FILTER_ACTION);
            values.put("filter.entityType+action.matches", Long.toString(typeAndAction));
            values.put("filter.entity.type", ENTITY_TYPES[FILTER_ENTITY_TYPE]);
            values.put("filter.entity.id", entityId);
            values.put("filter.entity.matches", Long.toString(entity));
            values.put("filter.month.from", month.atDay(1).toString());
            values.put("filter.month.to", month.atEndOfMonth().toString());
            values.put("filter.month.matches", Long.toString(inMonth));
            StringBuilder text = new StringBuilder("# written by bench/audit-loader, read by bench/audit\n");
            values.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }
}

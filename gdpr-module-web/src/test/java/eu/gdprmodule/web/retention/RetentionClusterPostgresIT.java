package eu.gdprmodule.web.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro servers on one PostgreSQL database, both with the retention timer firing every
 * 5 seconds: each slot of the schedule is run exactly once, by one of them, and runs never
 * overlap (the database lease and the slot recorded once, not a timer on every node purging in
 * parallel). Only in the postgres profile (the module's database is the build's PostgreSQL schema).
 */
class RetentionClusterPostgresIT {

    private static final long SLOT = 5_000;
    private static final String[] SETTINGS = {"-Dgdpr.retention.schedule=PT5S"};

    @Test
    void twoServersMakeOneRunPerSlot() throws Exception {
        File war = MicroProcess.war("retention-cluster");
        Path build = Path.of(System.getProperty("it.build.dir", "target"));
        MicroProcess a = MicroProcess.start(war, "retention-cluster-a", Files.createTempDirectory(build, "cluster-a-").toString(), SETTINGS);
        MicroProcess b = null;
        try {
            b = MicroProcess.start(war, "retention-cluster-b", Files.createTempDirectory(build, "cluster-b-").toString(), SETTINGS);
            long bothUp = System.currentTimeMillis();
            Thread.sleep(30_000); // five or six slots of the schedule, in real time: that is what is tested
            long until = System.currentTimeMillis();

            JsonObject fromA = a.get("runs?since=" + bothUp);
            JsonObject fromB = b.get("runs?since=" + bothUp);
            List<JsonObject> runs = fromA.getJsonArray("runs").stream().map(JsonObject.class::cast)
                    .filter(r -> r.containsKey("slot")).sorted(Comparator.comparingLong(r -> r.getJsonNumber("startedAt").longValue())).toList();
            Map<Long, Long> perSlot = runs.stream().collect(Collectors.groupingBy(r -> r.getJsonNumber("slot").longValue(), Collectors.counting()));
            long fullSlots = perSlot.keySet().stream().filter(slot -> slot > bothUp + 1000 && slot < until - SLOT).count();
            assertTrue(fullSlots >= 3, "slots run while both servers were up: " + runs);
            perSlot.forEach((slot, count) -> assertEquals(1, count, "slot " + slot + " run once: " + runs));
            for (int i = 1; i < runs.size(); i++) {
                assertTrue(runs.get(i - 1).getJsonNumber("endedAt").longValue() <= runs.get(i).getJsonNumber("startedAt").longValue(),
                        "runs do not overlap: " + runs.get(i - 1) + " " + runs.get(i));
            }
            for (long slot = firstSlotAfter(bothUp + 1000); slot < until - SLOT; slot += SLOT) {
                assertTrue(perSlot.containsKey(slot), "no slot is missed: " + slot + " in " + perSlot.keySet());
            }
            JsonObject tallyA = fromA.getJsonObject("tally");
            JsonObject tallyB = fromB.getJsonObject("tally");
            assertTrue(tallyA.getInt("fired", 0) >= 3 && tallyB.getInt("fired", 0) >= 3, "both timers fire: " + tallyA + " " + tallyB);
            assertTrue(tallyA.getInt("already-recorded", 0) + tallyA.getInt("busy", 0) + tallyB.getInt("already-recorded", 0)
                    + tallyB.getInt("busy", 0) >= 3, "and one of them stands back each time: " + tallyA + " " + tallyB);
            long nodes = runs.stream().map(r -> r.getString("node")).distinct().count();
            assertTrue(nodes >= 1 && nodes <= 2, runs.toString());
        } finally {
            a.stop();
            if (b != null) {
                b.stop();
            }
        }
    }

    private static long firstSlotAfter(long millis) {
        return (millis / SLOT + 1) * SLOT;
    }
}

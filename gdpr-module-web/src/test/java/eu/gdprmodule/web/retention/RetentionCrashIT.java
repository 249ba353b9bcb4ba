package eu.gdprmodule.web.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Killing the server (SIGKILL) in the middle of a retention run leaves consistent data and an
 * exact log, and the next start finishes the work: its catch-up waits for the dead server's lease
 * to expire and resumes the run. Running again afterwards changes nothing. A Payara Micro started
 * by the test, on its own data directory.
 */
class RetentionCrashIT {

    private static final int OLD = 20_000;
    private static final int RECENT = 100;

    @Test
    void aRunKilledHalfwayIsResumedAtTheNextStartAndTheCountsAddUp() throws Exception {
        File war = MicroProcess.war("retention-crash");
        Path data = Files.createTempDirectory(Path.of(System.getProperty("it.build.dir", "target")), "retention-crash-");
        String[] settings = {"-Dgdpr.retention.lease=PT4S", "-Dgdpr.retention.batch-size=25"};

        // the first server only runs by hand: its start's catch-up would purge part of the seeded proofs in a run of its own
        MicroProcess first = MicroProcess.start(war, "retention-crash-1", data.toString(), settings[0], settings[1],
                "-Dgdpr.retention.enabled=false");
        String runId;
        try {
            first.post("seed?old=" + OLD + "&recent=" + RECENT);
            JsonObject started = null;
            while (started == null) {
                started = first.post("start"); // null while another run holds the lease
                if (started == null) {
                    Thread.sleep(200);
                }
            }
            runId = started.getString("id");
            long old = OLD;
            while (old == OLD) { // until the first batches committed: the real progress of the run
                Thread.sleep(20);
                old = first.get("counts").getJsonNumber("old").longValue();
            }
            assertTrue(old > 0, "the run ended before it could be interrupted; use more rows");
        } finally {
            first.kill();
        }

        MicroProcess second = MicroProcess.start(war, "retention-crash-2", data.toString(), settings);
        try {
            // the start's catch-up may already be resuming the run: read the log first, then the rows
            JsonObject crashed = second.get("run?id=" + runId);
            JsonObject halfway = second.get("counts");
            assertEquals(RECENT, halfway.getJsonNumber("recent").longValue(), "nothing recent was touched");
            long left = halfway.getJsonNumber("old").longValue();
            assertTrue(crashed.getJsonNumber("deleted").longValue() <= OLD - left,
                    "the log never counts a proof that is not deleted: a batch and its count commit together");

            JsonObject run = crashed;
            long deadline = System.nanoTime() + 180_000_000_000L;
            while (!"COMPLETED".equals(run.getString("status")) && System.nanoTime() < deadline) {
                Thread.sleep(250); // the lease of the killed server expires in real time
                run = second.get("run?id=" + runId);
            }
            assertEquals("COMPLETED", run.getString("status"), "the next start resumed the run: " + run);
            assertEquals(2, run.getInt("attempts"), run.toString());
            assertEquals(OLD, run.getJsonNumber("deleted").longValue(),
                    "every expired proof counted exactly once, before and after the kill: " + run);
            JsonObject after = second.get("counts");
            assertEquals(0, after.getJsonNumber("old").longValue());
            assertEquals(RECENT, after.getJsonNumber("recent").longValue());

            JsonObject again = null;
            while (again == null) {
                again = second.post("run");
                if (again == null) {
                    Thread.sleep(200);
                }
            }
            assertNotNull(again.getString("id"));
            assertEquals(0, again.getJsonNumber("deleted").longValue(), "running again changes nothing");
            assertEquals(RECENT, second.get("counts").getJsonNumber("recent").longValue());
        } finally {
            second.stop();
        }
    }
}

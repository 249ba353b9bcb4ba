import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load client of bench/retention (a single-file program): CONNECTIONS threads write consents
 * (POST /gdpr/api/consents, one request after the other) for BASELINE seconds alone, then while
 * POST /bench/retention/run purges; it stops the writers when the purge answers.
 *
 * <pre>java PurgeLoad.java BASE ORIGIN CONNECTIONS BASELINE_SECONDS</pre>
 *
 * Prints two lines: {@code baseline writes=N p50=ms p99=ms max=ms errors=N} and
 * {@code purge millis=N deleted=N status=S wall=ms writes=N p50=ms p99=ms max=ms errors=N}.
 */
public class PurgeLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String origin = args[1];
        int connections = Integer.parseInt(args[2]);
        double baseline = Double.parseDouble(args[3]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest write = HttpRequest.newBuilder(URI.create(base + "/gdpr/api/consents")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Origin", origin)
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) bench/retention")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"accept-all\"}")).build();

        AtomicBoolean stop = new AtomicBoolean();
        long deadline = System.nanoTime() + (long) (baseline * 1e9);
        System.out.println("baseline " + writers(client, write, connections, () -> System.nanoTime() > deadline));

        AtomicLong purgeWall = new AtomicLong();
        String[] purge = new String[1];
        Thread purger = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                purge[0] = client.send(HttpRequest.newBuilder(URI.create(base + "/bench/retention/run")).timeout(Duration.ofMinutes(30))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body();
            } catch (Exception e) {
                purge[0] = "{\"error\":\"" + e + "\"}";
            }
            purgeWall.set((System.nanoTime() - t0) / 1_000_000);
            stop.set(true);
        });
        purger.start();
        String during = writers(client, write, connections, stop::get);
        purger.join();
        String p = purge[0];
        System.out.println("purge millis=" + field(p, "millis") + " deleted=" + field(p, "deleted") + " status=" + field(p, "status")
                + " wall=" + purgeWall.get() + " " + during);
    }

    private static String writers(HttpClient client, HttpRequest write, int connections, java.util.function.BooleanSupplier done)
            throws InterruptedException {
        List<long[]> all = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        Thread[] threads = new Thread[connections];
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        for (int t = 0; t < connections; t++) {
            int me = t;
            latencies[me] = new long[1 << 16];
            threads[t] = new Thread(() -> {
                while (!done.getAsBoolean()) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = client.send(write, HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 201) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (counts[me] == latencies[me].length) {
                        latencies[me] = Arrays.copyOf(latencies[me], counts[me] * 2);
                    }
                    latencies[me][counts[me]++] = System.nanoTime() - t0;
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        long[] merged = new long[n];
        int at = 0;
        for (int t = 0; t < connections; t++) {
            System.arraycopy(latencies[t], 0, merged, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(merged);
        return "writes=" + n + " p50=" + ms(merged, 0.50) + " p99=" + ms(merged, 0.99) + " max=" + ms(merged, 1.0) + " errors=" + errors.get();
    }

    private static String ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return "NaN";
        }
        int i = Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1);
        return String.format("%.1f", sorted[Math.max(0, i)] / 1e6);
    }

    private static String field(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":\"?([^,\"}]+)").matcher(json == null ? "" : json);
        return m.find() ? m.group(1) : "?";
    }
}

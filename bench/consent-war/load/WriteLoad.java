import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load client of bench/consent-writes (run as a single-file program, {@code java
 * WriteLoad.java ...}): CONNECTIONS threads each POST the same JSON body to URL, one request
 * after the other on a kept-alive HTTP/1.1 connection, for SECONDS. A thread finishes the request
 * it has in flight when the time is up, so every request sent is answered and counted: the number
 * of 201 answers can be compared with the rows the server committed.
 *
 * <pre>java WriteLoad.java URL ORIGIN CONNECTIONS SECONDS BODY [ERRORS_FILE]</pre>
 *
 * Prints one line: {@code requests=N created=N other=N errors=N seconds=S rate=R p50=ms p99=ms
 * max=ms statuses=CODE:N,...}; rate is 201 answers per second. The first bodies of answers
 * other than 201 go to ERRORS_FILE.
 */
public class WriteLoad {

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: java WriteLoad.java URL ORIGIN CONNECTIONS SECONDS BODY [ERRORS_FILE]");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        String origin = args[1];
        int connections = Integer.parseInt(args[2]);
        double seconds = Double.parseDouble(args[3]);
        String body = args[4];
        Path errorsFile = args.length > 5 ? Path.of(args[5]) : null;

        // No cookie handler: every request is a new visitor, as a crowd of first visits.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Origin", origin)
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) bench/consent-writes")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();

        AtomicLong errors = new AtomicLong();
        List<String> errorSamples = new ArrayList<>();
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        Map<Integer, AtomicLong> statuses = new TreeMap<>();
        for (int code : new int[] {201}) {
            statuses.put(code, new AtomicLong());
        }
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        Thread[] threads = new Thread[connections];
        for (int i = 0; i < connections; i++) {
            int me = i;
            threads[i] = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        int code = response.statusCode();
                        synchronized (statuses) {
                            statuses.computeIfAbsent(code, c -> new AtomicLong()).incrementAndGet();
                            if (code != 201 && errorSamples.size() < 5) {
                                errorSamples.add(code + " " + response.body());
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        synchronized (statuses) {
                            if (errorSamples.size() < 5) {
                                errorSamples.add("error " + e);
                            }
                        }
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = System.nanoTime() - t0;
                }
                latencies[me] = mine;
                counts[me] = n;
            }, "load-" + i);
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        long[] all = new long[total];
        int at = 0;
        for (int i = 0; i < connections; i++) {
            System.arraycopy(latencies[i], 0, all, at, counts[i]);
            at += counts[i];
        }
        Arrays.sort(all);
        long created = statuses.get(201).get();
        long other = total - created - errors.get();
        StringBuilder codes = new StringBuilder();
        statuses.forEach((code, n) -> {
            if (n.get() > 0) {
                codes.append(codes.length() == 0 ? "" : ",").append(code).append(':').append(n.get());
            }
        });
        System.out.printf(java.util.Locale.ROOT,
                "requests=%d created=%d other=%d errors=%d seconds=%.3f rate=%.1f p50=%.2f p99=%.2f max=%.2f statuses=%s%n",
                total, created, other, errors.get(), elapsed, created / elapsed, pct(all, 0.50), pct(all, 0.99),
                all.length == 0 ? 0.0 : all[all.length - 1] / 1e6, codes.length() == 0 ? "-" : codes);
        if (errorsFile != null && !errorSamples.isEmpty()) {
            Files.write(errorsFile, errorSamples, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}

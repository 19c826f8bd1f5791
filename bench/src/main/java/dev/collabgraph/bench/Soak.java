package dev.collabgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A mixed overload against a running server in this JVM: {@code clients} connections each cycle through the
 * requests (search, details, neighbours, paths, a gap, the console …) for a fixed time. It records per request its
 * count, p99 and status classes, then what the server is left with: heap after a collection and live threads against
 * the same before the run, and how long until it answers normally again.
 */
public final class Soak {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private Soak() {
    }

    /**
     * One request of the mix: a GET, or a POST with a JSON body (the console). With {@code givesUpAfter} the client
     * leaves when no answer came by then, as an impatient user closing the tab does.
     */
    public record Request(String name, String path, String jsonBody, Duration givesUpAfter) {
        public Request(String name, String path, String jsonBody) {
            this(name, path, jsonBody, null);
        }

        public static Request get(String name, String path) {
            return new Request(name, path, null);
        }
    }

    /**
     * Per request: answers, p99 in ms, 5xx other than 503, 503 shed, transport failures (refused, reset), requests
     * without an answer within the client's 30 s, and requests whose client gave up waiting on purpose (only for
     * requests with {@link Request#givesUpAfter()}).
     */
    public record Line(String name, long requests, double p99Millis, long errors5xx, long shed503, long failures,
                       long timedOut, long gaveUp) {
    }

    /** The whole run. Heap in MB after a collection; threads live in this JVM; recovery in ms. */
    public record Report(int clients, Duration duration, List<Line> lines, long heapBeforeMb, long heapAfterMb,
                         int threadsBefore, int threadsAfter, String threadsAfterByName, long recoveryMillis,
                         String firstFailure) {
        public long requests() {
            return lines.stream().mapToLong(Line::requests).sum();
        }

        public long errors() {
            return lines.stream().mapToLong(l -> l.errors5xx() + l.failures() + l.timedOut()).sum();
        }
    }

    public static Report run(URI base, List<Request> mix, int clients, Duration duration) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long heapBefore = heapAfterCollectionMb();
        int threadsBefore = Thread.activeCount();
        int k = mix.size();
        AtomicLongArray errors = new AtomicLongArray(k);
        AtomicLongArray shed = new AtomicLongArray(k);
        AtomicLongArray failures = new AtomicLongArray(k);
        AtomicLongArray gaveUp = new AtomicLongArray(k);
        AtomicLongArray timedOut = new AtomicLongArray(k);
        java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<List<long[]>>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            work.add(pool.submit(() -> {
                long[][] latencies = new long[k][256];
                int[] counts = new int[k];
                for (int i = first; System.nanoTime() < deadline; i++) {
                    int r = i % k;
                    long t0 = System.nanoTime();
                    try {
                        int status = http.send(build(base, mix.get(r)), HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status == 503) {
                            shed.incrementAndGet(r);
                        } else if (status >= 500) {
                            errors.incrementAndGet(r);
                        }
                    } catch (HttpTimeoutException e) {
                        (mix.get(r).givesUpAfter() != null ? gaveUp : timedOut).incrementAndGet(r);
                    } catch (IOException e) {
                        failures.incrementAndGet(r);
                        firstFailure.compareAndSet(null, mix.get(r).name() + ": " + e);
                    }
                    if (counts[r] == latencies[r].length) {
                        latencies[r] = Arrays.copyOf(latencies[r], counts[r] * 2);
                    }
                    latencies[r][counts[r]++] = System.nanoTime() - t0;
                }
                List<long[]> out = new ArrayList<>();
                for (int r = 0; r < k; r++) {
                    out.add(Arrays.copyOf(latencies[r], counts[r]));
                }
                return out;
            }));
        }
        List<List<long[]>> parts = new ArrayList<>();
        try {
            for (Future<List<long[]>> f : work) {
                parts.add(f.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("soak client failed", e);
        } finally {
            pool.shutdownNow();
        }
        long recovery = recoveryMillis(http, base);
        List<Line> lines = new ArrayList<>();
        for (int r = 0; r < k; r++) {
            int index = r;
            long[] all = parts.stream().flatMapToLong(p -> Arrays.stream(p.get(index))).sorted().toArray();
            lines.add(new Line(mix.get(r).name(), all.length, LoadGenerator.percentile(all, 0.99), errors.get(r),
                    shed.get(r), failures.get(r), timedOut.get(r), gaveUp.get(r)));
        }
        pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        int threadsAfter = settledThreads(threadsBefore);
        return new Report(clients, duration, lines, heapBefore, heapAfterCollectionMb(), threadsBefore,
                threadsAfter, threadsByName(), recovery, firstFailure.get());
    }

    /** Time from the end of the overload until the stats answer 200 again. */
    private static long recoveryMillis(HttpClient http, URI base) throws InterruptedException {
        long start = System.nanoTime();
        HttpRequest stats = HttpRequest.newBuilder(base.resolve("/api/stats")).timeout(REQUEST_TIMEOUT).build();
        while (System.nanoTime() - start < Duration.ofSeconds(60).toNanos()) {
            try {
                if (http.send(stats, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
            } catch (IOException e) {
                // not yet
            }
        }
        return -1;
    }

    /** Live threads once idle ones had a few seconds to end (the server's pool shrinks after its idle timeout). */
    private static int settledThreads(int before) throws InterruptedException {
        int now = Thread.activeCount();
        for (int i = 0; i < 100 && now > before; i++) {
            Thread.sleep(1000); // the server ends idle request threads after 30 s; a busy machine delays that
            now = Thread.activeCount();
        }
        return now;
    }

    /** Live threads by name with digits dropped, largest groups first: "qtp-: 41, HttpClient--Worker-: 6". */
    static String threadsByName() {
        java.util.Map<String, Long> groups = Thread.getAllStackTraces().keySet().stream()
                .collect(java.util.stream.Collectors.groupingBy(t -> t.getName().replaceAll("[0-9]+", ""),
                        java.util.stream.Collectors.counting()));
        return groups.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(6).map(e -> e.getKey() + ": " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Statements whose text contains {@code marker} running in the database now (the soak's own query left out). */
    public static long runningStatements(dev.collabgraph.store.GraphStore store, String marker) {
        return store.readAdHoc("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker"
                        + " AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*) AS running",
                java.util.Map.of("marker", marker), Duration.ofSeconds(10), 1).rows().get(0).get(0).asLong();
    }

    private static HttpRequest build(URI base, Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(request.path()))
                .timeout(request.givesUpAfter() != null ? request.givesUpAfter() : REQUEST_TIMEOUT);
        return request.jsonBody() == null ? builder.GET().build()
                : builder.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.jsonBody())).build();
    }

    private static long heapAfterCollectionMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}

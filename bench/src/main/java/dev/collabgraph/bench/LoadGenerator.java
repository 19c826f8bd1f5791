package dev.collabgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-JVM HTTP load generator: {@code clients} threads each send GET requests one after another (keep-alive) for
 * a fixed time, and every latency is kept, so percentiles are exact rather than estimated.
 */
public final class LoadGenerator {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private LoadGenerator() {
    }

    /** What a run measured: requests per second, latency percentiles, status classes, bytes per answer. */
    public record Result(int clients, long requests, double perSecond, double p50Millis, double p99Millis,
                         double maxMillis, long errors5xx, long shed503, long failures, long bytesPerResponse) {
    }

    public static Result run(URI uri, int clients, Duration duration) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
        AtomicLong bytes = new AtomicLong(-1);
        AtomicLong errors = new AtomicLong();
        AtomicLong shed = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        List<Future<long[]>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            work.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() == 503) {
                            shed.incrementAndGet();
                        } else if (response.statusCode() >= 500) {
                            errors.incrementAndGet();
                        }
                        bytes.compareAndSet(-1, response.body().length);
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> parts = new ArrayList<>();
        try {
            for (Future<long[]> f : work) {
                parts.add(f.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("load generator failed", e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(clients, all.length, all.length / seconds, percentile(all, 0.50), percentile(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors.get(), shed.get(), failures.get(), bytes.get());
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}

package dev.collabgraph.app.analysis;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * How many rows each gap finds, counted in the background and kept while the graph's version stays (at most
 * {@link #MAX_AGE}): the gap list answers from these counts at once instead of running every gap query per request,
 * and a load starts a new round. A count still being made is absent (the list shows it as unknown); one that failed or ran past its time
 * limit is {@link #FAILED}.
 */
final class GapCounts {
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final int FAILED = -1;

    private final List<NamedQuery> gaps;
    private final ToIntFunction<NamedQuery> counter;
    private final Supplier<Object> version;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "gap-counts");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private CompletableFuture<Void> round;
    private long roundStarted;
    private Object roundVersion;

    GapCounts(List<NamedQuery> gaps, ToIntFunction<NamedQuery> counter, Supplier<Object> version) {
        this.gaps = List.copyOf(gaps);
        this.counter = counter;
        this.version = version;
    }

    /** The counts known now, waiting at most {@code wait} for a round under way (or started now) to finish. */
    Map<String, Integer> current(Duration wait) {
        CompletableFuture<Void> pending = refreshIfStale();
        try {
            pending.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // answered with what is known; the round goes on
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Map.copyOf(counts);
    }

    private synchronized CompletableFuture<Void> refreshIfStale() {
        Object now = version.get();
        boolean stale = round == null || (round.isDone()
                && (!now.equals(roundVersion) || System.nanoTime() - roundStarted > MAX_AGE.toNanos()));
        if (stale) {
            if (round != null && !now.equals(roundVersion)) {
                counts.clear();
            }
            roundStarted = System.nanoTime();
            roundVersion = now;
            round = CompletableFuture.runAsync(this::countAll, worker);
        }
        return round;
    }

    private void countAll() {
        for (NamedQuery gap : gaps) {
            int count;
            try {
                count = counter.applyAsInt(gap);
            } catch (RuntimeException e) {
                count = FAILED;
            }
            counts.put(gap.shortName(), count);
        }
    }
}

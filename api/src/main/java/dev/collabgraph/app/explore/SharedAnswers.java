package dev.collabgraph.app.explore;

import dev.collabgraph.store.Cancellation;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers that are the same for every user (the overview), kept while the graph stays as it was: each is made once
 * per graph version and reused until the version changes or {@code maxAge} passes (an edit that leaves the counts
 * as they were is seen within that time). Requests arriving while an answer is being made wait for it instead of
 * making it again, so a crowd of clients after a load costs one query. At most {@code capacity} answers are kept,
 * the least recently used going first.
 *
 * @param <K> what the answer depends on besides the graph (the request's parameters)
 */
public final class SharedAnswers<K, V> {
    private final int capacity;
    private final long maxAgeNanos;
    private final LongSupplier clock;
    private final Map<K, Entry<V>> entries;

    private record Entry<V>(Object version, long madeAt, CompletableFuture<V> answer) {
    }

    public SharedAnswers(int capacity, Duration maxAge) {
        this(capacity, maxAge, System::nanoTime);
    }

    SharedAnswers(int capacity, Duration maxAge, LongSupplier clock) {
        this.capacity = capacity;
        this.maxAgeNanos = maxAge.toNanos();
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > SharedAnswers.this.capacity;
            }
        };
    }

    /** The answer for {@code key} at {@code version}: the kept one, or one made now by {@code make}. */
    public V get(K key, Object version, Supplier<V> make) {
        CompletableFuture<V> answer;
        boolean mine = false;
        synchronized (entries) {
            Entry<V> entry = entries.get(key);
            long now = clock.getAsLong();
            if (entry == null || !entry.version().equals(version) || now - entry.madeAt() > maxAgeNanos
                    || entry.answer().isCompletedExceptionally()) {
                entry = new Entry<>(version, now, new CompletableFuture<>());
                entries.put(key, entry);
                mine = true;
            }
            answer = entry.answer();
        }
        if (mine) {
            // one answer for every caller waiting: it must not stop because the caller that makes it leaves
            try (Cancellation.Binding shared = Cancellation.unbind()) {
                answer.complete(make.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
                synchronized (entries) {
                    entries.remove(key);
                }
                throw e;
            }
        }
        try {
            return answer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}

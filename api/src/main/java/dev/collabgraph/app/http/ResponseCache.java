package dev.collabgraph.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Read answers as sent (their bytes, content type and headers: JSON, a page with its {@code X-Next-Skip}, a CSV
 * download), kept per graph version: a request for the same path, query string and language while the graph is as it
 * was gets what was made for the first one, without a query or JSON. The whole cache is
 * dropped when the version changes (every committed write, see {@code GraphVersion}); besides, it holds at most
 * {@code maxEntries} answers and {@code maxBytes} bytes (the least recently used go first), an answer larger than a
 * tenth of the bytes is never kept, and none is kept longer than {@code maxAge} (the version over a driver misses an
 * edit by another client that keeps the graph's size). Only answers that were made are kept: an error is thrown past
 * the cache to the error mapper, every time.
 */
public final class ResponseCache {
    /** How much is kept; {@link #OFF} keeps nothing (every answer is made, as without the cache). */
    public record Limits(int maxEntries, long maxBytes, Duration maxAge) {
        public static final Limits DEFAULT = new Limits(20_000, 64L << 20, Duration.ofMinutes(1));
        public static final Limits OFF = new Limits(0, 0, Duration.ZERO);

        public boolean off() {
            return maxEntries == 0 || maxBytes == 0;
        }
    }

    /**
     * A made answer: its bytes, content type and the headers that go with it (a page's {@code X-Next-Skip}, a
     * download's {@code Content-Disposition}), kept together so that a kept answer is sent as the first one was.
     */
    public record Answer(byte[] body, String contentType, Map<String, String> headers) {
    }

    private record Entry(Answer answer, long madeAt) {
    }

    private final Limits limits;
    private final ObjectMapper json;
    private final Supplier<Object> version;
    private final LongSupplier clock;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private Object entriesVersion;
    private long bytes;
    private long hits;
    private long misses;

    public ResponseCache(Limits limits, ObjectMapper json, Supplier<Object> version) {
        this(limits, json, version, System::nanoTime);
    }

    ResponseCache(Limits limits, ObjectMapper json, Supplier<Object> version, LongSupplier clock) {
        this.limits = limits;
        this.json = json;
        this.version = version;
        this.clock = clock;
    }

    /** A GET handler answering with the JSON of {@code answer}, kept as bytes for the next identical request. */
    public Handler json(Function<Context, Object> answer) {
        return answer(ctx -> json(answer.apply(ctx), Map.of()));
    }

    /** A GET handler sending what {@code make} answers, kept for the next identical request. */
    public Handler answer(Function<Context, Answer> make) {
        return ctx -> {
            if (limits.off()) {
                send(ctx, make.apply(ctx));
                return;
            }
            String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString()) + "#" + Language.of(ctx);
            Object current = version.get();
            Answer kept = find(key, current);
            if (kept == null) {
                kept = make.apply(ctx);
                keep(key, current, kept);
            }
            send(ctx, kept);
        };
    }

    /** {@code value} as a JSON answer with {@code headers}. */
    public Answer json(Object value, Map<String, String> headers) {
        return new Answer(serialize(value), "application/json", headers);
    }

    private static void send(Context ctx, Answer answer) {
        ctx.contentType(answer.contentType());
        answer.headers().forEach(ctx::header);
        ctx.result(answer.body());
    }

    private byte[] serialize(Object answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }

    synchronized Answer find(String key, Object current) {
        if (!current.equals(entriesVersion)) {
            clear(current);
        }
        Entry entry = entries.get(key);
        if (entry == null || clock.getAsLong() - entry.madeAt() > limits.maxAge().toNanos()) {
            misses++;
            return null;
        }
        hits++;
        return entry.answer();
    }

    synchronized void keep(String key, Object madeAt, Answer answer) {
        int size = answer.body().length;
        // made while the graph changed: it may hold the old graph, so it is not kept for the new one
        if (!madeAt.equals(entriesVersion) || size > limits.maxBytes() / 10) {
            return;
        }
        Entry old = entries.put(key, new Entry(answer, clock.getAsLong()));
        bytes += size - (old == null ? 0 : old.answer().body().length);
        Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
        while ((entries.size() > limits.maxEntries() || bytes > limits.maxBytes()) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().answer().body().length;
            eldest.remove();
        }
    }

    private void clear(Object current) {
        entries.clear();
        bytes = 0;
        entriesVersion = current;
    }

    /** What the cache holds and how it answered, for tests and benchmarks. */
    public record Stats(int entries, long bytes, long hits, long misses) {
    }

    public synchronized Stats stats() {
        return new Stats(entries.size(), bytes, hits, misses);
    }
}

package dev.collabgraph.app.load;

import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.store.WriteSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Extracts and writes many documents on several threads, each document still through {@link GraphWriter} in its
 * own transaction, so every document keeps the writer's contract (all or nothing, idempotent). Documents sharing
 * entities lock the same nodes: the store's write plan sorts entity rows by id so that transactions take those locks
 * in one order and cannot deadlock each other, and the driver retries the rare transient failure. The graph
 * after a parallel load equals the graph after loading the same documents one by one.
 */
public final class ParallelLoader {
    private ParallelLoader() {
    }

    /**
     * One document's outcome: its graph and summary, or the failure that skipped it (graph unchanged).
     *
     * @param failure a {@link BadDocumentException} from extraction or an {@link IllegalArgumentException} from the
     *                writer; null on success
     */
    public record Outcome<S>(S source, ExtractedGraph graph, WriteSummary summary, RuntimeException failure) {
    }

    /**
     * Loads {@code sources} on {@code threads} threads and returns the outcomes in the order of {@code sources}.
     * {@code onDone} sees each outcome as it completes, one at a time. Any other failure (the database is down)
     * stops the load and is thrown once the running documents have finished.
     */
    public static <S> List<Outcome<S>> load(GraphStore store, List<S> sources, Function<S, ExtractedGraph> extract,
                                            int threads, Consumer<Outcome<S>> onDone) {
        return load(store, sources, extract, threads, GraphWriter.OnConflict.REFUSE, onDone);
    }

    /** As above, treating a document whose id another file's text holds as {@code onConflict} says. */
    public static <S> List<Outcome<S>> load(GraphStore store, List<S> sources, Function<S, ExtractedGraph> extract,
                                            int threads, GraphWriter.OnConflict onConflict,
                                            Consumer<Outcome<S>> onDone) {
        return load(store, sources, extract, threads, onConflict, () -> { }, onDone);
    }

    /**
     * As above, running {@code beforeEachWrite} before each document is written: a guard (free disk space) whose
     * exception stops the load like a database failure.
     */
    public static <S> List<Outcome<S>> load(GraphStore store, List<S> sources, Function<S, ExtractedGraph> extract,
                                            int threads, GraphWriter.OnConflict onConflict, Runnable beforeEachWrite,
                                            Consumer<Outcome<S>> onDone) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, sources.size())));
        try {
            List<Future<Outcome<S>>> futures = new ArrayList<>(sources.size());
            for (S source : sources) {
                futures.add(pool.submit(() -> report(loadOne(store, source, extract, onConflict, beforeEachWrite), onDone)));
            }
            List<Outcome<S>> outcomes = new ArrayList<>(sources.size());
            for (Future<Outcome<S>> future : futures) {
                outcomes.add(await(future, pool));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <S> Outcome<S> loadOne(GraphStore store, S source, Function<S, ExtractedGraph> extract,
                                          GraphWriter.OnConflict onConflict, Runnable beforeWrite) {
        ExtractedGraph graph = null;
        try {
            graph = extract.apply(source);
            beforeWrite.run();
            return new Outcome<>(source, graph, GraphWriter.write(store, graph, onConflict), null);
        } catch (BadDocumentException | IllegalArgumentException e) {
            return new Outcome<>(source, graph, null, e);
        }
    }

    private static <S> Outcome<S> report(Outcome<S> outcome, Consumer<Outcome<S>> onDone) {
        synchronized (onDone) {
            onDone.accept(outcome);
        }
        return outcome;
    }

    private static <T> T await(Future<T> future, ExecutorService pool) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            pool.shutdownNow();
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        }
    }
}

package dev.collabgraph.bench;

import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.app.load.ParallelLoader;
import dev.collabgraph.store.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Load throughput in relationships per second into embedded Neo4j, every method on a fresh store in a temporary
 * folder and through the same Bolt connection type: one statement per row (on a sample, it is slow), bare batched
 * {@code UNWIND … MERGE} on one thread, and our loader ({@link GraphWriter} per document) on one thread and on
 * several. Each store first takes a warm-up document, untimed, so that query planning is not measured.
 */
public final class LoadBench {
    static final int BATCH = 1_000;
    private static final CypherStatement NODE = CypherFiles.load("bench/mergeNode");
    private static final CypherStatement RELATIONSHIP = CypherFiles.load("bench/mergeRelationship");
    private static final CypherStatement NODES = CypherFiles.load("bench/mergeNodes");
    private static final CypherStatement RELATIONSHIPS = CypherFiles.load("bench/mergeRelationships");

    private LoadBench() {
    }

    /** Rates in relationships per second; {@code *Relationships} are the relationship rows each method wrote. */
    public record Result(int documents, int sampleDocuments, int threads, double perRow, long perRowRelationships,
                         double batched, long relationships, double ours, double oursParallel, Growth growth) {
    }

    /**
     * Whether a document's cost grows with the store: our 1-thread writer's median milliseconds per document over the
     * first and the last tenth of the documents, and the relationships each store holds at the end (the MERGE
     * baseline merges a pair stated by many documents into one relationship; ours keeps one per document).
     */
    public record Growth(double firstTenthMs, double lastTenthMs, long batchedStored, long oursStored) {
        public double ratio() {
            return lastTenthMs / firstTenthMs;
        }
    }

    /**
     * @param graphs  the measured documents; {@code warmUp} is written first to every store, untimed
     * @param sample  how many of the documents the per-row baseline writes
     * @param log     progress messages
     */
    public static Result run(List<ExtractedGraph> graphs, ExtractedGraph warmUp, int sample, int threads, Path work,
                             Consumer<String> log) {
        BaselineRows sampled = BaselineRows.of(graphs.subList(0, Math.min(sample, graphs.size())));
        BaselineRows warm = BaselineRows.of(List.of(warmUp));

        log.accept("per-row baseline on " + sampled.nodes().size() + " nodes, " + sampled.relationships().size()
                + " relationships");
        double perRow = onFreshStore(work.resolve("per-row"), store -> perRow(store, warm),
                store -> perRow(store, sampled), sampled.relationships().size());
        Measured batchedRun = batched(graphs, warm, work, log);
        double batched = batchedRun.rate();
        long relationships = batchedRun.relationships();
        log.accept("our loader, 1 thread");
        long[] perDocument = new long[graphs.size()];
        long[] oursStored = {0};
        double ours = onFreshStore(work.resolve("ours-1"), store -> GraphWriter.write(store, warmUp), store -> {
            for (int i = 0; i < graphs.size(); i++) {
                long started = System.nanoTime();
                GraphWriter.write(store, graphs.get(i));
                perDocument[i] = System.nanoTime() - started;
            }
            oursStored[0] = storedRelationships(store);
        }, relationships);
        log.accept("our loader, " + threads + " threads");
        double parallel = onFreshStore(work.resolve("ours-" + threads), store -> GraphWriter.write(store, warmUp),
                store -> parallel(store, graphs, threads), relationships);
        int tenth = Math.max(1, graphs.size() / 10);
        Growth growth = new Growth(medianMs(perDocument, 0, tenth), medianMs(perDocument, graphs.size() - tenth,
                graphs.size()), batchedRun.stored(), oursStored[0]);
        return new Result(graphs.size(), Math.min(sample, graphs.size()), threads, perRow,
                sampled.relationships().size(), batched, relationships, ours, parallel, growth);
    }

    private static double medianMs(long[] nanos, int from, int to) {
        long[] part = Arrays.copyOfRange(nanos, from, to);
        Arrays.sort(part);
        return part[part.length / 2] / 1e6;
    }

    /** The relationships the store holds, from Neo4j's count store. */
    private static long storedRelationships(GraphStore store) {
        return store.readAdHoc("MATCH ()-[r]->() RETURN count(r) AS stored", Map.of(), Duration.ofSeconds(30), 1)
                .rows().get(0).get(0).asLong();
    }

    /**
     * The bare batched baseline, its rows built here and dropped on return: the rows of every document beside the
     * graphs doubled the heap a 2,000-document run needs.
     */
    private static Measured batched(List<ExtractedGraph> graphs, BaselineRows warm, Path work, Consumer<String> log) {
        BaselineRows all = BaselineRows.of(graphs);
        long relationships = all.relationships().size();
        log.accept("bare batched baseline on " + relationships + " relationships");
        long[] stored = {0};
        double rate = onFreshStore(work.resolve("batched"), store -> batched(store, warm), store -> {
            batched(store, all);
            stored[0] = storedRelationships(store);
        }, relationships);
        return new Measured(rate, relationships, stored[0]);
    }

    /** A rate in relationships per second, the relationship rows it was measured on and those its store holds. */
    private record Measured(double rate, long relationships, long stored) {
    }

    private static double onFreshStore(Path dir, Consumer<GraphStore> warmUp, Consumer<GraphStore> measured,
                                       long relationships) {
        try (EmbeddedNeo4j dbms = EmbeddedNeo4j.start(dir, EmbeddedSettings.defaults());
             GraphStore store = dbms.openStore()) {
            Schema.apply(store);
            warmUp.accept(store);
            long started = System.nanoTime();
            measured.accept(store);
            return relationships / ((System.nanoTime() - started) / 1e9);
        } finally {
            delete(dir);
        }
    }

    private static void perRow(GraphStore store, BaselineRows rows) {
        for (Map<String, Object> row : rows.nodes()) {
            store.write(tx -> tx.run(NODE, row, r -> r));
        }
        for (Map<String, Object> row : rows.relationships()) {
            store.write(tx -> tx.run(RELATIONSHIP, row, r -> r));
        }
    }

    private static void batched(GraphStore store, BaselineRows rows) {
        for (List<Map<String, Object>> batch : batches(rows.nodes())) {
            store.write(tx -> tx.run(NODES, Map.of("rows", batch), r -> r));
        }
        for (List<Map<String, Object>> batch : batches(rows.relationships())) {
            store.write(tx -> tx.run(RELATIONSHIPS, Map.of("rows", batch), r -> r));
        }
    }

    private static void parallel(GraphStore store, List<ExtractedGraph> graphs, int threads) {
        for (ParallelLoader.Outcome<ExtractedGraph> outcome : ParallelLoader.load(store, graphs, g -> g, threads,
                o -> { })) {
            if (outcome.failure() != null) {
                throw outcome.failure();
            }
        }
    }

    private static <T> List<List<T>> batches(List<T> rows) {
        return Stream.iterate(0, from -> from < rows.size(), from -> from + BATCH)
                .map(from -> rows.subList(from, Math.min(rows.size(), from + BATCH))).toList();
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}

package dev.collabgraph.app.recommend;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The recommender's projection of the graph, read once and reused for {@link #MAX_AGE}: reading it means reading
 * every link among tasks and entities (hundreds of thousands of rows on a corpus of thousands of documents), far too
 * much per request. One reader at a time; the others wait for its result instead of reading too.
 */
final class CachedEntityGraph {
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final Supplier<EntityGraph> reader;
    private EntityGraph graph;
    private Scorer scorer;
    private long readAt;

    CachedEntityGraph(Supplier<EntityGraph> reader) {
        this.reader = reader;
    }

    /** The projection and its scorer (whose industry profiles are then made once, not per request). */
    record Snapshot(EntityGraph graph, Scorer scorer) {
    }

    synchronized Snapshot get() {
        if (graph == null || System.nanoTime() - readAt > MAX_AGE.toNanos()) {
            graph = reader.get();
            scorer = new Scorer(graph);
            readAt = System.nanoTime();
        }
        return new Snapshot(graph, scorer);
    }
}

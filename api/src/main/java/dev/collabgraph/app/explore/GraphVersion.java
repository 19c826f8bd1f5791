package dev.collabgraph.app.explore;

import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;

import java.util.List;
import java.util.Map;

/**
 * The version of the graph as far as shared answers care: its node and relationship counts, read from Neo4j's count
 * store in well under a millisecond. Every load, revision and removal changes them (an edit that keeps both is
 * caught by the answers' maximum age).
 */
public final class GraphVersion {
    private static final CypherStatement GRAPH_SIZE = CypherFiles.load("queries/stats/countGraph");

    private final GraphStore store;

    public GraphVersion(GraphStore store) {
        this.store = store;
    }

    /** The current version: equal objects mean the graph's size has not changed. */
    public Object current() {
        return List.copyOf(store.read(GRAPH_SIZE, Map.of(), r -> r.get("count").asLong()));
    }
}

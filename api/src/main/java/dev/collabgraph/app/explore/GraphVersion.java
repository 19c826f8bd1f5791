package dev.collabgraph.app.explore;

import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The version of the graph as far as kept answers care. In process it is Neo4j's last closed transaction, which every
 * committed write moves (a rename too, and a write over Bolt) and which costs nothing to read. Over a driver it is the
 * writes made through this store together with the node and relationship counts of the count store (read in well
 * under a millisecond), which a load or removal by another client changes; an edit by another client that keeps
 * both is caught by the answers' maximum age.
 */
public final class GraphVersion {
    private static final CypherStatement GRAPH_SIZE = CypherFiles.load("queries/stats/countGraph");

    private final GraphStore store;

    public GraphVersion(GraphStore store) {
        this.store = store;
    }

    /** The current version: equal objects mean the graph has not changed (as far as this store can tell). */
    public Object current() {
        if (store.seesEveryWrite()) {
            return store.lastWrite();
        }
        List<Long> version = new ArrayList<>(store.read(GRAPH_SIZE, Map.of(), r -> r.get("count").asLong()));
        version.add(store.lastWrite());
        return List.copyOf(version);
    }
}

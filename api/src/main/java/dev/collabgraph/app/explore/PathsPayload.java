package dev.collabgraph.app.explore;

import java.util.List;

/**
 * A few paths between two nodes, shortest first, each through other nodes than the ones before it, each as its node
 * ids in order and its links, plus the union as a graph; through names the labels the paths' intermediate nodes
 * were allowed to carry, relaxed says that the default labels gave no path, so every label was allowed, and
 * truncated that another route was found beyond the number asked for.
 */
public record PathsPayload(List<Path> paths, List<GraphNode> nodes, List<GraphLink> links, List<String> through,
                           boolean relaxed, boolean truncated) {

    /** One path. */
    public record Path(List<String> nodes, List<GraphLink> links) {
    }
}

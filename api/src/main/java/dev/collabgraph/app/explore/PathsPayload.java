package dev.collabgraph.app.explore;

import java.util.List;

/**
 * Shortest paths between two nodes, each as its node ids in order and its links, plus the union as a graph;
 * through names the labels the paths' intermediate nodes were allowed to carry, and relaxed says that the default
 * labels gave no path, so every label was allowed.
 */
public record PathsPayload(List<Path> paths, List<GraphNode> nodes, List<GraphLink> links, List<String> through,
                           boolean relaxed) {

    /** One path. */
    public record Path(List<String> nodes, List<GraphLink> links) {
    }
}

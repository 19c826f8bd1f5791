package dev.collabgraph.app.explore;

import java.util.List;

/** Shortest paths between two nodes, each as its node ids in order and its links, plus the union as a graph. */
public record PathsPayload(List<Path> paths, List<GraphNode> nodes, List<GraphLink> links) {

    /** One path. */
    public record Path(List<String> nodes, List<GraphLink> links) {
    }
}

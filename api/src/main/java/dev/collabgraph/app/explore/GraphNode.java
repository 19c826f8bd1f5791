package dev.collabgraph.app.explore;

/** A node as the explorer draws it. */
public record GraphNode(String id, String label, String name, long degree) {
}

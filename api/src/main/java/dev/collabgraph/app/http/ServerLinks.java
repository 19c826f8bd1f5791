package dev.collabgraph.app.http;

/**
 * Where analysts reach the graph with their own tools, shown by the explorer: the Bolt URI for cypher-shell and
 * the Neo4j Browser URL (each null when not offered).
 */
public record ServerLinks(String bolt, String neo4jBrowser) {
    public static ServerLinks none() {
        return new ServerLinks(null, null);
    }
}

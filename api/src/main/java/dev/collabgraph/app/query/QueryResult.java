package dev.collabgraph.app.query;

import dev.collabgraph.app.explore.GraphPayload;

import java.util.List;

/**
 * What a read-only query returned: column names, rows of JSON-ready values, the graph of the nodes, relationships
 * and paths in them (null when there are none), whether the row cap cut the result, and the limits in force.
 */
public record QueryResult(List<String> columns, List<List<Object>> rows, GraphPayload graph, boolean truncated,
                          int maxRows, long timeoutMs, long elapsedMs) {
}

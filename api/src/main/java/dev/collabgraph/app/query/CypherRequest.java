package dev.collabgraph.app.query;

import java.util.Map;

/** The console's request: the statement, its parameters, and optional row and time limits (seconds). */
public record CypherRequest(String query, Map<String, Object> params, Integer limit, Integer timeout) {
}

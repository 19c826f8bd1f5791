package dev.collabgraph.store;

/** A parameter declared in a Cypher file header: {@code // @param $name Type — meaning}. */
public record CypherParam(String name, String type, String meaning) {
}

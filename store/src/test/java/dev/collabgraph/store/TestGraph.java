package dev.collabgraph.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A real embedded DBMS on a temporary directory, with the schema applied, and queries that inspect it. */
final class TestGraph implements AutoCloseable {
    final EmbeddedNeo4j neo4j;
    final GraphStore store;

    private TestGraph(EmbeddedNeo4j neo4j, GraphStore store) {
        this.neo4j = neo4j;
        this.store = store;
    }

    static TestGraph start(Path directory) {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(directory, EmbeddedSettings.defaults().withBoltPort(0));
        GraphStore store = neo4j.openStore();
        Schema.apply(store);
        return new TestGraph(neo4j, store);
    }

    Map<String, Long> nodeCounts() {
        return counts(store.read(CypherFiles.load("test/countNodesByLabel"), Map.of(),
                row -> Map.entry(row.get("label").asString(), row.get("count").asLong())));
    }

    Map<String, Long> relationshipCounts() {
        return counts(store.read(CypherFiles.load("test/countRelationshipsByType"), Map.of(),
                row -> Map.entry(row.get("type").asString(), row.get("count").asLong())));
    }

    /** Properties of the node, plus its labels under the key {@code labels}; empty when there is no such node. */
    Map<String, Object> node(String id) {
        List<Map<String, Object>> nodes = store.read(CypherFiles.load("test/findNode"), Map.of("id", id), row -> {
            Map<String, Object> node = new TreeMap<>(row.get("properties").asMap());
            node.put("labels", row.get("labels").asList());
            return node;
        });
        return nodes.isEmpty() ? Map.of() : nodes.get(0);
    }

    /** Ids of the documents that name the entity, in id order. */
    List<String> namingDocuments(String id) {
        return store.read(CypherFiles.load("test/findNamingDocuments"), Map.of("id", id),
                row -> row.get("document").asString());
    }

    /** Type and properties of each relationship from one node to another. */
    List<Map<String, Object>> relationships(String from, String to) {
        return store.read(CypherFiles.load("test/findRelationships"), Map.of("from", from, "to", to), row -> {
            Map<String, Object> relationship = new TreeMap<>(row.get("properties").asMap());
            relationship.put("type", row.get("type").asString());
            return relationship;
        });
    }

    private static Map<String, Long> counts(List<Map.Entry<String, Long>> entries) {
        Map<String, Long> counts = new TreeMap<>();
        entries.forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    void clear() {
        store.write(tx -> tx.run(CypherFiles.load("test/deleteEverything"), Map.of(), row -> row));
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            neo4j.close();
        }
    }
}

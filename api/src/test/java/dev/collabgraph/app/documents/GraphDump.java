package dev.collabgraph.app.documents;

import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.GraphStore;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A whole graph as sorted lines (nodes with labels and properties, relationships between ids), to compare graphs. */
public final class GraphDump {
    private GraphDump() {
    }

    public static List<String> of(GraphStore store) {
        List<String> lines = new ArrayList<>();
        lines.addAll(store.read(CypherFiles.load("test/dumpNodes"), Map.of(),
                r -> "node " + r.get("labels").asList(Value::asString).stream().sorted().toList() + " "
                        + sorted(r.get("properties").asMap())));
        lines.addAll(store.read(CypherFiles.load("test/dumpRelationships"), Map.of(),
                r -> "rel " + r.get("from").asString(null) + " -" + r.get("type").asString() + "-> "
                        + r.get("to").asString(null) + " " + sorted(r.get("properties").asMap())));
        lines.sort(null);
        return lines;
    }

    private static String sorted(Map<String, Object> properties) {
        Map<String, Object> sorted = new TreeMap<>();
        properties.forEach((key, value) -> sorted.put(key, value instanceof List<?> list ? List.copyOf(list) : value));
        return sorted.toString();
    }
}

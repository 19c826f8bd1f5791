package dev.collabgraph.bench;

import dev.collabgraph.model.Evidence;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.Relationship;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows the baselines write, from the same extracted graphs our loader writes: every node (id, label, name,
 * aliases, scalar properties) and every relationship (type, ends, document, evidence quotes). Map-valued
 * properties are left out, so the baselines carry slightly less than our loader does.
 */
record BaselineRows(List<Map<String, Object>> nodes, List<Map<String, Object>> relationships) {
    static BaselineRows of(List<ExtractedGraph> graphs) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> relationships = new ArrayList<>();
        for (ExtractedGraph graph : graphs) {
            graph.nodes().forEach(node -> nodes.add(node(node)));
            graph.relationships().forEach(r -> relationships.add(relationship(r, graph.document().id())));
        }
        return new BaselineRows(nodes, relationships);
    }

    private static Map<String, Object> node(Node node) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", node.id());
        row.put("label", node.label().name());
        row.put("name", node.name());
        row.put("aliases", node.aliases());
        row.put("properties", scalars(node.properties()));
        return row;
    }

    private static Map<String, Object> relationship(Relationship r, String document) {
        Map<String, Object> row = new HashMap<>();
        row.put("type", r.type().name());
        row.put("from", r.from());
        row.put("to", r.to());
        row.put("document", document);
        row.put("quotes", r.evidence().stream().map(Evidence::quote).toList());
        return row;
    }

    private static Map<String, Object> scalars(Map<String, Object> properties) {
        Map<String, Object> out = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                out.put(key, value);
            } else if (value instanceof Collection<?> list && list.stream().allMatch(String.class::isInstance)) {
                out.put(key, List.copyOf(list));
            }
        });
        return out;
    }
}

package dev.collabgraph.app.query;

import dev.collabgraph.app.explore.GraphLink;
import dev.collabgraph.app.explore.GraphNode;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns driver values into JSON-ready values and collects the nodes and relationships met on the way, so that a
 * result can be shown as a table and as a graph. Nodes are named by the model's {@code id} property (what the
 * explorer selects and expands by), falling back to the element id for nodes that have none.
 */
final class ValueJson {
    private static final Set<String> HIDDEN = Set.of("aliasNames", "aliasDocuments", "pinyin", "text",
            "namedEntities", "givenAliasIds", "givenAliases");
    private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    private final Map<String, String> idsByElementId = new LinkedHashMap<>();
    private final List<Relationship> relationships = new ArrayList<>();

    Object convert(Value value) {
        TypeSystem types = TypeSystem.getDefault();
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.hasType(types.NODE())) {
            return node(value.asNode());
        }
        if (value.hasType(types.RELATIONSHIP())) {
            return relationship(value.asRelationship());
        }
        if (value.hasType(types.PATH())) {
            Path path = value.asPath();
            List<Object> nodesOnPath = new ArrayList<>();
            path.nodes().forEach(n -> nodesOnPath.add(node(n)));
            List<Object> links = new ArrayList<>();
            path.relationships().forEach(r -> links.add(relationship(r)));
            return Map.of("nodes", nodesOnPath, "relationships", links);
        }
        if (value.hasType(types.LIST())) {
            List<Object> out = new ArrayList<>();
            value.values().forEach(v -> out.add(convert(v)));
            return out;
        }
        if (value.hasType(types.MAP())) {
            Map<String, Object> out = new LinkedHashMap<>();
            value.keys().forEach(k -> out.put(k, convert(value.get(k))));
            return out;
        }
        if (value.hasType(types.INTEGER()) || value.hasType(types.FLOAT()) || value.hasType(types.BOOLEAN())
                || value.hasType(types.STRING())) {
            return value.asObject();
        }
        return value.toString();
    }

    private Map<String, Object> node(Node node) {
        String id = node.containsKey("id") ? node.get("id").asString(node.elementId()) : node.elementId();
        String label = "";
        for (String l : node.labels()) {
            if (!l.equals("Node")) {
                label = l;
            }
        }
        String name = node.containsKey("name") ? String.valueOf(node.get("name").asObject()) : label;
        idsByElementId.put(node.elementId(), id);
        nodes.putIfAbsent(id, new GraphNode(id, label, name, 0));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("label", label);
        out.put("name", name);
        Map<String, Object> properties = new LinkedHashMap<>();
        node.asMap().forEach((k, v) -> {
            if (!HIDDEN.contains(k)) {
                properties.put(k, v);
            }
        });
        out.put("properties", properties);
        return out;
    }

    private Map<String, Object> relationship(Relationship r) {
        relationships.add(r);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", r.type());
        out.put("source", idsByElementId.getOrDefault(r.startNodeElementId(), r.startNodeElementId()));
        out.put("target", idsByElementId.getOrDefault(r.endNodeElementId(), r.endNodeElementId()));
        out.put("properties", r.asMap());
        return out;
    }

    List<GraphNode> nodes() {
        return List.copyOf(nodes.values());
    }

    /** Element ids of relationship ends that were not themselves in the result. */
    Set<String> missingEnds() {
        Set<String> missing = new java.util.LinkedHashSet<>();
        for (Relationship r : relationships) {
            for (String end : List.of(r.startNodeElementId(), r.endNodeElementId())) {
                if (!idsByElementId.containsKey(end)) {
                    missing.add(end);
                }
            }
        }
        return missing;
    }

    void addNode(String elementId, GraphNode node) {
        idsByElementId.put(elementId, node.id());
        nodes.putIfAbsent(node.id(), node);
    }

    List<GraphLink> links() {
        Map<String, GraphLink> out = new LinkedHashMap<>();
        for (Relationship r : relationships) {
            String source = idsByElementId.get(r.startNodeElementId());
            String target = idsByElementId.get(r.endNodeElementId());
            if (source != null && target != null) {
                out.putIfAbsent(r.elementId(), new GraphLink(source, target, r.type(), List.of()));
            }
        }
        return List.copyOf(out.values());
    }
}

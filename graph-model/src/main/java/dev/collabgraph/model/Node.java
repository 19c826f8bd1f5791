package dev.collabgraph.model;

import java.util.List;
import java.util.Map;

/** A graph node with a stable string id, its canonical name, other names, and typed properties. */
public record Node(String id, Label label, String name, List<String> aliases, Map<String, Object> properties) {
    public Node {
        aliases = List.copyOf(aliases);
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }
}

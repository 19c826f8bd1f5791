package dev.collabgraph.model;

import java.util.List;
import java.util.Map;

/** A typed relationship between two node ids, with the evidence for it (never empty). */
public record Relationship(RelType type, String from, String to, Map<String, Object> properties,
                           List<Evidence> evidence) {
    public Relationship {
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException(type + " " + from + " -> " + to + " has no evidence");
        }
    }
}

package dev.collabgraph.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A typed relationship between two node ids, with the evidence for it (never empty). */
public record Relationship(RelType type, String from, String to, Map<String, Object> properties,
                           List<Evidence> evidence) {
    public Relationship {
        // sorted by key: the output is then the same on every run whatever map the caller built (Map.of iterates
        // in an order that changes between JVM runs)
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException(type + " " + from + " -> " + to + " has no evidence");
        }
    }
}

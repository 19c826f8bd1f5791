package dev.collabgraph.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A graph node with a stable string id, its canonical name, other names, and typed properties. */
public record Node(String id, Label label, String name, List<String> aliases, Map<String, Object> properties) {
    public Node {
        aliases = List.copyOf(aliases);
        // sorted by key: the output is then the same on every run whatever map the caller built (Map.of iterates
        // in an order that changes between JVM runs)
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
    }
}

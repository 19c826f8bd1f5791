package dev.collabgraph.store;

import dev.collabgraph.model.Evidence;
import dev.collabgraph.model.Relationship;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relationship rows for {@code write/createRelationships}: relationships with the same type, ends and properties
 * are one fact stated several times, so they become one row whose evidence lists hold every statement.
 */
final class RelationshipRows {
    static final Set<String> RESERVED_KEYS = Set.of("document", "quotes", "starts", "ends", "rules");

    private RelationshipRows() {
    }

    /** Rows {type, from, to, properties, quotes, starts, ends, rules} in first-seen order. */
    static List<Map<String, Object>> of(List<Relationship> relationships) {
        Map<List<Object>, List<Evidence>> evidence = new LinkedHashMap<>();
        for (Relationship r : relationships) {
            String owner = r.type() + " " + r.from() + " -> " + r.to();
            if (r.type() == null || r.from() == null || r.to() == null) {
                throw new IllegalArgumentException("a relationship needs a type and both ends: " + owner);
            }
            Map<String, Object> properties = PropertyValues.storable(owner, r.properties(), RESERVED_KEYS);
            for (Evidence e : r.evidence()) {
                if (e.quote() == null || e.rule() == null) {
                    throw new IllegalArgumentException(owner + ": evidence needs a quote and a rule: " + e);
                }
            }
            evidence.computeIfAbsent(List.of(r.type().name(), r.from(), r.to(), properties), k -> new ArrayList<>())
                    .addAll(r.evidence());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        evidence.forEach((key, list) -> {
            Map<String, Object> row = new HashMap<>();
            row.put("type", key.get(0));
            row.put("from", key.get(1));
            row.put("to", key.get(2));
            row.put("properties", key.get(3));
            row.put("quotes", list.stream().map(Evidence::quote).toList());
            row.put("starts", list.stream().map(e -> (long) e.start()).toList());
            row.put("ends", list.stream().map(e -> (long) e.end()).toList());
            row.put("rules", list.stream().map(Evidence::rule).toList());
            rows.add(row);
        });
        return List.copyOf(rows);
    }
}

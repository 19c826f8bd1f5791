package dev.collabgraph.store;

import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What writing one document changed. {@code unchanged}: that exact revision (same sha256) was already loaded and
 * nothing was written. Relationships of the previous revision count as deleted even when the new revision states
 * them again; entity nodes count as updated when they existed, also from other documents. Maps are in enum order.
 */
public record WriteSummary(String documentId, boolean unchanged, Map<Label, Integer> nodesCreated,
                           Map<Label, Integer> nodesUpdated, Map<Label, Integer> nodesDeleted,
                           Map<RelType, Integer> relationshipsCreated, Map<RelType, Integer> relationshipsDeleted,
                           List<String> warnings) {
    public WriteSummary {
        nodesCreated = inOrder(Label.class, nodesCreated);
        nodesUpdated = inOrder(Label.class, nodesUpdated);
        nodesDeleted = inOrder(Label.class, nodesDeleted);
        relationshipsCreated = inOrder(RelType.class, relationshipsCreated);
        relationshipsDeleted = inOrder(RelType.class, relationshipsDeleted);
        warnings = List.copyOf(warnings);
    }

    static WriteSummary unchanged(String documentId, List<String> warnings) {
        return new WriteSummary(documentId, true, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), warnings);
    }

    private static <K extends Enum<K>> Map<K, Integer> inOrder(Class<K> type, Map<K, Integer> counts) {
        EnumMap<K, Integer> copy = new EnumMap<>(type);
        copy.putAll(counts);
        return Collections.unmodifiableMap(copy);
    }
}

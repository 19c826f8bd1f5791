package dev.collabgraph.store;

import dev.collabgraph.model.RelType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rows for {@code write/mergePairSummaries}: a document's share of each pair summary, one row per entity pair and
 * relation type it states, with how many of its relationship rows (one per set of properties) and quotes that is.
 * Sorted by (from, to, type): concurrent writers then lock the summaries they share in the same order.
 */
final class PairRows {
    /** The relations between named entities: the types the summaries (and the per-type document indexes) cover. */
    static final Set<RelType> SUMMARISED = EnumSet.range(RelType.HOSTS, RelType.CO_PARTICIPATES);

    private PairRows() {
    }

    static List<Map<String, Object>> of(List<Map<String, Object>> relationshipRows) {
        Map<List<String>, long[]> pairs = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(1))
                .thenComparing(k -> k.get(2)).thenComparing(k -> k.get(0)));
        for (Map<String, Object> row : relationshipRows) {
            String type = (String) row.get("type");
            if (!SUMMARISED.contains(RelType.valueOf(type))) {
                continue;
            }
            long[] counts = pairs.computeIfAbsent(List.of(type, (String) row.get("from"), (String) row.get("to")),
                    k -> new long[2]);
            counts[0]++;
            counts[1] += ((List<?>) row.get("quotes")).size();
        }
        List<Map<String, Object>> rows = new ArrayList<>(pairs.size());
        pairs.forEach((key, counts) -> rows.add(Map.of("type", key.get(0), "from", key.get(1), "to", key.get(2),
                "relationships", counts[0], "quoteCount", counts[1])));
        return List.copyOf(rows);
    }
}

package dev.collabgraph.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extract contract counts offsets in characters (Unicode code points), as Python and most readers of the JSON
 * index a string; inside the loader and the store they are Java string indices (UTF-16 units), which the explorer's
 * JavaScript counts too. The two differ only in a text holding characters beyond the Basic Multilingual Plane (an
 * emoji in a WeChat article): then every offset after one is a unit smaller here.
 */
public final class CodePointOffsets {
    private static final List<String> OFFSET_PROPERTIES = List.of("start", "end");

    private CodePointOffsets() {
    }

    /** {@code graph} with its offsets into {@code text} counted in code points; the same graph when they agree. */
    public static ExtractedGraph of(ExtractedGraph graph, String text) {
        int[] before = surrogatePairsBefore(text);
        if (before == null) {
            return graph;
        }
        List<Node> nodes = new ArrayList<>(graph.nodes().size());
        for (Node n : graph.nodes()) {
            nodes.add(new Node(n.id(), n.label(), n.name(), n.aliases(), converted(n.properties(), before)));
        }
        List<Relationship> relationships = new ArrayList<>(graph.relationships().size());
        for (Relationship r : graph.relationships()) {
            List<Evidence> evidence = new ArrayList<>(r.evidence().size());
            for (Evidence e : r.evidence()) {
                evidence.add(new Evidence(e.quote(), at(e.start(), before), at(e.end(), before), e.rule()));
            }
            relationships.add(new Relationship(r.type(), r.from(), r.to(), converted(r.properties(), before),
                    evidence));
        }
        return new ExtractedGraph(graph.document(), nodes, relationships, graph.warnings());
    }

    private static Map<String, Object> converted(Map<String, Object> properties, int[] before) {
        if (OFFSET_PROPERTIES.stream().noneMatch(k -> properties.get(k) instanceof Integer)) {
            return properties;
        }
        Map<String, Object> out = new LinkedHashMap<>(properties);
        for (String key : OFFSET_PROPERTIES) {
            if (properties.get(key) instanceof Integer offset) {
                out.put(key, at(offset, before));
            }
        }
        return out;
    }

    private static int at(int utf16, int[] before) {
        return utf16 - before[Math.max(0, Math.min(before.length - 1, utf16))];
    }

    /** For each UTF-16 index, the surrogate pairs that end before it; null when the text has none. */
    private static int[] surrogatePairsBefore(String text) {
        int[] before = null;
        int pairs = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (before == null) {
                    before = new int[text.length() + 1]; // zero up to here: no pair before this one
                }
                pairs++;
            }
            if (before != null) {
                before[i + 1] = pairs;
            }
        }
        return before;
    }
}

package dev.collabgraph.bench.hanlp;

import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HanLP as an extra candidate source: its organisation names that end in one of our type suffixes (University,
 * Enterprise, Platform, Park) join our nodes, unless one of our names or aliases already covers them (contains
 * them or is contained in them: a longer or shorter form of a name we have is not a new entity).
 */
final class CandidateMerge {
    static final Set<Label> SUFFIX_TYPES = Set.of(Label.University, Label.Enterprise, Label.Platform, Label.Park);

    private CandidateMerge() {
    }

    static ExtractedGraph apply(ExtractedGraph ours, List<Recognition> recognitions) {
        List<String> known = new ArrayList<>();
        for (Node n : ours.nodes()) {
            known.add(n.name());
            known.addAll(n.aliases());
        }
        Map<String, Node> added = new LinkedHashMap<>();
        for (Recognition r : recognitions) {
            if (SUFFIX_TYPES.contains(r.label()) && !added.containsKey(r.name()) && !covered(r.name(), known)) {
                added.put(r.name(), node(r));
            }
        }
        List<Node> nodes = new ArrayList<>(ours.nodes());
        nodes.addAll(added.values());
        return new ExtractedGraph(ours.document(), nodes, ours.relationships(), ours.warnings());
    }

    static Node node(Recognition r) {
        return new Node("hanlp:" + r.label() + ":" + r.name(), r.label(), r.name(), List.of(), Map.of());
    }

    private static boolean covered(String name, List<String> known) {
        for (String k : known) {
            if (!k.isEmpty() && (k.contains(name) || name.contains(k))) {
                return true;
            }
        }
        return false;
    }
}

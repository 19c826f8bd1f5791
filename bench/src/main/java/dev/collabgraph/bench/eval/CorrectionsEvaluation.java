package dev.collabgraph.bench.eval;

import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.loader.text.SourceText;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.Relationship;
import dev.collabgraph.store.Correction;
import dev.collabgraph.store.CorrectionLayer;
import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Corrections as gold: each document editors corrected is extracted again from its stored text, and the raw
 * extraction is scored against the same extraction with the corrections laid over it — what the graph holds. The
 * figures say how far extraction is from what editors accepted, per entity type and relationship type.
 */
public final class CorrectionsEvaluation {
    private static final CypherStatement DOCUMENTS = CypherFiles.load("queries/corrections/listCorrectedDocuments");
    private static final CypherStatement SOURCE = CypherFiles.load("queries/corrections/findDocumentSource");
    private static final CypherStatement CORRECTIONS = CypherFiles.load("write/findCorrections");
    /** Documents scored at most: corrections are made by hand, so this is far above any real count. */
    static final int MAX_DOCUMENTS = 10_000;

    private CorrectionsEvaluation() {
    }

    /** Tallies by entity label and relationship type (keys like "Enterprise", "PARTNERS_WITH"), over the documents. */
    public record Report(int documents, Map<String, Tally> entities, Map<String, Tally> relationships) {
    }

    public static Report run(GraphStore store) {
        List<Correction> corrections = store.read(CORRECTIONS, Map.of(), r -> Correction.of(r.get("correction")));
        List<String> documents = store.read(DOCUMENTS, Map.of("limit", MAX_DOCUMENTS),
                r -> r.get("document").asString());
        Map<String, Tally> entities = new TreeMap<>();
        Map<String, Tally> relationships = new TreeMap<>();
        for (String id : documents) {
            SourceText source = store.read(SOURCE, Map.of("id", id), r -> new SourceText(r.get("source").asString(id),
                    r.get("text").asString(""), r.get("charset").asString(""), r.get("sha256").asString(""))).get(0);
            ExtractedGraph raw = Extractor.extract(source);
            ExtractedGraph corrected = CorrectionLayer.apply(raw, corrections).graph();
            tally(entityKeys(raw), entityKeys(corrected), entities);
            tally(relationshipKeys(raw), relationshipKeys(corrected), relationships);
        }
        return new Report(documents.size(), entities, relationships);
    }

    /** The report as a Markdown table, one row per type that either side has. */
    public static String render(Report report) {
        StringBuilder out = new StringBuilder("Raw extraction scored against the corrected graph of "
                + report.documents() + (report.documents() == 1 ? " document" : " documents") + "\n\n"
                + "| type | corrected (gold) | extracted | precision | recall | F1 |\n|---|---|---|---|---|---|\n");
        Map<String, Tally> all = new TreeMap<>(report.entities());
        report.relationships().forEach(all::put);
        all.forEach((type, t) -> out.append(String.format("| %s | %d | %d | %.3f | %.3f | %.3f |%n", type,
                t.expected(), t.returned(), t.precision(), t.recall(), t.f1())));
        return out.toString();
    }

    /** Entities by label, keyed by name: a renamed entity's raw name is then an error, as it should be. */
    private static Map<String, Set<String>> entityKeys(ExtractedGraph graph) {
        Map<String, Set<String>> keys = new HashMap<>();
        for (Node n : graph.nodes()) {
            if (n.label().isEntity()) {
                keys.computeIfAbsent(n.label().name(), k -> new HashSet<>()).add(n.name());
            }
        }
        return keys;
    }

    /** Relationships between named entities by type, keyed by the names of their ends. */
    private static Map<String, Set<String>> relationshipKeys(ExtractedGraph graph) {
        Map<String, Node> nodes = new HashMap<>();
        graph.nodes().forEach(n -> nodes.put(n.id(), n));
        Map<String, Set<String>> keys = new HashMap<>();
        for (Relationship r : graph.relationships()) {
            Node from = nodes.get(r.from());
            Node to = nodes.get(r.to());
            if (from != null && to != null && from.label().isEntity() && to.label().isEntity()) {
                keys.computeIfAbsent(r.type().name(), k -> new HashSet<>()).add(label(from) + " → " + label(to));
            }
        }
        return keys;
    }

    private static String label(Node node) {
        return node.label() + ":" + node.name();
    }

    private static void tally(Map<String, Set<String>> extracted, Map<String, Set<String>> gold,
                              Map<String, Tally> into) {
        Set<String> types = new HashSet<>(extracted.keySet());
        types.addAll(gold.keySet());
        for (String type : types) {
            Set<String> e = extracted.getOrDefault(type, Set.of());
            Set<String> g = gold.getOrDefault(type, Set.of());
            int matched = (int) e.stream().filter(g::contains).count();
            into.merge(type, new Tally(g.size(), matched, e.size(), matched), Tally::plus);
        }
    }
}

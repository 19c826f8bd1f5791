package dev.collabgraph.app.cli;

import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;
import dev.collabgraph.store.WriteSummary;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Totals over a load: per document a line, then nodes and relationships per label and type, then warnings. */
final class LoadReport {
    private final List<String> lines = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<Label, int[]> nodes = new EnumMap<>(Label.class);
    private final Map<RelType, int[]> relationships = new EnumMap<>(RelType.class);
    private int failures;

    void add(String source, ExtractedGraph graph, WriteSummary summary) {
        String what = summary.unchanged() ? "unchanged (this revision is already loaded)"
                : "loaded: " + graph.nodes().size() + " nodes, " + graph.relationships().size() + " relationships; "
                + ReadSummary.of(graph);
        lines.add(String.format("  %s  %s  %s", summary.documentId(), source, what));
        summary.nodesCreated().forEach((l, n) -> nodes.computeIfAbsent(l, k -> new int[3])[0] += n);
        summary.nodesUpdated().forEach((l, n) -> nodes.computeIfAbsent(l, k -> new int[3])[1] += n);
        summary.nodesDeleted().forEach((l, n) -> nodes.computeIfAbsent(l, k -> new int[3])[2] += n);
        summary.relationshipsCreated().forEach((t, n) -> relationships.computeIfAbsent(t, k -> new int[2])[0] += n);
        summary.relationshipsDeleted().forEach((t, n) -> relationships.computeIfAbsent(t, k -> new int[2])[1] += n);
        // the writer's summary repeats the extraction warnings and adds its own
        summary.warnings().stream().distinct().forEach(w -> warnings.add(source + ": " + w));
    }

    void failed(String source) {
        failures++;
        lines.add(String.format("  %s  FAILED (see the error above)", source));
    }

    int failures() {
        return failures;
    }

    void print(PrintWriter out) {
        out.println("Documents:");
        lines.forEach(out::println);
        if (!nodes.isEmpty()) {
            out.println("Nodes (created / updated / deleted):");
            nodes.forEach((label, n) -> out.printf("  %-12s %6d %6d %6d%n", label, n[0], n[1], n[2]));
        }
        if (!relationships.isEmpty()) {
            out.println("Relationships (created / deleted):");
            relationships.forEach((type, n) -> out.printf("  %-16s %6d %6d%n", type, n[0], n[1]));
        }
        if (!warnings.isEmpty()) {
            out.println("Warnings (" + warnings.size() + "):");
            warnings.forEach(w -> out.println("  " + w));
        }
        out.printf("%d loaded, %d failed%n", lines.size() - failures, failures);
    }
}

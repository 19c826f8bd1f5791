package dev.collabgraph.app.cli;

import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.RelType;
import dev.collabgraph.model.Relationship;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One line saying what was read from a document, so that a user sees at once when a layout was not understood
 * (no tasks with units, no annex rows): tasks and how many have responsible units, annex rows, indicators, targets,
 * entities by type.
 */
final class ReadSummary {
    private ReadSummary() {
    }

    static String of(ExtractedGraph graph) {
        Map<Label, Integer> counts = new EnumMap<>(Label.class);
        for (Node node : graph.nodes()) {
            counts.merge(node.label(), 1, Integer::sum);
        }
        Set<String> tasksWithUnits = new HashSet<>();
        Set<String> rowsWithUnits = new HashSet<>();
        Map<String, Label> labels = new HashMap<>();
        graph.nodes().forEach(n -> labels.put(n.id(), n.label()));
        for (Relationship r : graph.relationships()) {
            if (r.type() == RelType.RESPONSIBLE_FOR) {
                Label to = labels.get(r.to());
                (to == Label.AnnexTask ? rowsWithUnits : tasksWithUnits).add(r.to());
            }
        }
        int tasks = counts.getOrDefault(Label.Task, 0);
        int rows = counts.getOrDefault(Label.AnnexTask, 0);
        StringJoiner entities = new StringJoiner(", ");
        for (Label label : Label.values()) {
            if (label.isEntity()) {
                entities.add(counts.getOrDefault(label, 0) + " " + label);
            }
        }
        return tasks + " tasks (" + tasksWithUnits.size() + " with responsible units), " + rows + " annex rows ("
                + rowsWithUnits.size() + " with units), " + counts.getOrDefault(Label.Indicator, 0) + " indicators, "
                + counts.getOrDefault(Label.Target, 0) + " targets; " + entities
                + (tasks > 0 && tasksWithUnits.isEmpty() && rowsWithUnits.isEmpty()
                ? "; no responsibility note was recognised: is the layout one the loader reads?" : "");
    }
}

package dev.collabgraph.app.documents;

import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.RelType;
import dev.collabgraph.model.Relationship;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What was read from one document: tasks and how many have responsible units, annex rows (and with units),
 * indicators, targets, relationships and entities by type. A layout the loader did not understand shows at once
 * (tasks without any units, no annex rows).
 */
public record DocumentCounts(int sections, int tasks, int tasksWithUnits, int annexRows, int annexRowsWithUnits,
                             int indicators, int targets, int relationships, Map<String, Integer> entities) {
    public DocumentCounts {
        entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    }

    public static DocumentCounts of(ExtractedGraph graph) {
        Map<Label, Integer> counts = new HashMap<>();
        Map<String, Label> labels = new HashMap<>();
        for (Node node : graph.nodes()) {
            counts.merge(node.label(), 1, Integer::sum);
            labels.put(node.id(), node.label());
        }
        Set<String> tasksWithUnits = new HashSet<>();
        Set<String> rowsWithUnits = new HashSet<>();
        for (Relationship r : graph.relationships()) {
            if (r.type() == RelType.RESPONSIBLE_FOR) {
                (labels.get(r.to()) == Label.AnnexTask ? rowsWithUnits : tasksWithUnits).add(r.to());
            }
        }
        Map<String, Integer> entities = new LinkedHashMap<>();
        for (Label label : Label.values()) {
            if (label.isEntity()) {
                entities.put(label.name(), counts.getOrDefault(label, 0));
            }
        }
        return new DocumentCounts(counts.getOrDefault(Label.Section, 0), counts.getOrDefault(Label.Task, 0),
                tasksWithUnits.size(), counts.getOrDefault(Label.AnnexTask, 0), rowsWithUnits.size(),
                counts.getOrDefault(Label.Indicator, 0), counts.getOrDefault(Label.Target, 0),
                graph.relationships().size(), entities);
    }

    /** Tasks were found but no responsibility note was recognised anywhere: most likely an unread layout. */
    public boolean noNoteRecognised() {
        return tasks > 0 && tasksWithUnits == 0 && annexRowsWithUnits == 0;
    }
}

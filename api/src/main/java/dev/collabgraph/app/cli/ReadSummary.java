package dev.collabgraph.app.cli;

import dev.collabgraph.app.documents.DocumentCounts;
import dev.collabgraph.model.ExtractedGraph;

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
        DocumentCounts counts = DocumentCounts.of(graph);
        StringJoiner entities = new StringJoiner(", ");
        counts.entities().forEach((label, n) -> entities.add(n + " " + label));
        return counts.tasks() + " tasks (" + counts.tasksWithUnits() + " with responsible units), "
                + counts.annexRows() + " annex rows (" + counts.annexRowsWithUnits() + " with units), "
                + counts.indicators() + " indicators, " + counts.targets() + " targets; " + entities
                + (counts.noNoteRecognised() ? "; no responsibility note was recognised: is the layout one the loader reads?" : "");
    }
}

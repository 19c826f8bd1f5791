package dev.collabgraph.loader.hostile;

import dev.collabgraph.model.Evidence;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.Relationship;

import java.util.ArrayList;
import java.util.List;

/**
 * What every extracted graph owes its source text, whatever the text: each evidence's [start, end) lies inside the
 * original and {@code original.substring(start, end)} is its quote exactly; a task's [start, end) lies inside it too
 * and is at least as long as the task's cleaned text (cleaning only drops characters, never adds any).
 */
final class GraphOffsets {
    private GraphOffsets() {
    }

    /** The broken promises, empty when there are none. */
    static List<String> problems(ExtractedGraph graph, String original) {
        List<String> problems = new ArrayList<>();
        for (Relationship r : graph.relationships()) {
            for (Evidence e : r.evidence()) {
                String where = r.type() + " " + r.from() + " -> " + r.to() + " [" + e.start() + ", " + e.end() + ")";
                if (e.start() < 0 || e.end() < e.start() || e.end() > original.length()) {
                    problems.add(where + " outside the text (length " + original.length() + ")");
                } else if (!original.substring(e.start(), e.end()).equals(e.quote())) {
                    problems.add(where + " quote '" + e.quote() + "' is not the text there: '"
                            + original.substring(e.start(), e.end()) + "'");
                }
            }
        }
        for (Node n : graph.nodes()) {
            if (n.label() == Label.Document && !original.equals(n.properties().get("text"))) {
                problems.add("document node " + n.id() + " does not hold the original text");
            }
            if (n.label() != Label.Task) {
                continue;
            }
            int start = (Integer) n.properties().get("start");
            int end = (Integer) n.properties().get("end");
            String text = (String) n.properties().get("text");
            if (start < 0 || end < start || end > original.length()) {
                problems.add("task " + n.id() + " [" + start + ", " + end + ") outside the text (length "
                        + original.length() + ")");
            } else if (lengthWithoutBreaks(text) > end - start) {
                // the cleaner may start a task number glued to the previous note on a line of its own: a line
                // break it adds; every other character of the text comes from the span
                problems.add("task " + n.id() + " text is longer than its span [" + start + ", " + end + ")");
            }
        }
        return problems;
    }

    private static long lengthWithoutBreaks(String text) {
        return text.chars().filter(c -> c != '\n').count();
    }
}

package dev.collabgraph.loader.text;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The column lines of a table that stores each row's cells by their right edges (Word 97–2003 and RTF, in twips): a
 * cell as wide as several columns of other rows spans them, since these formats write a horizontal merge as one wider
 * cell. Readers keep the columns after such a cell, empty, so that a row's cells stay under their header's.
 */
final class ColumnLines {
    /** How close two cell edges may be and still be one column line: a row's widths are rounded. */
    private static final int EDGE_SLACK = 30;
    private static final int MAX_SPAN = 64;

    private final int[] lines;

    /** The lines of the table whose cells end at {@code rightEdges} (all rows together). */
    ColumnLines(Iterable<Integer> rightEdges) {
        TreeSet<Integer> edges = new TreeSet<>();
        rightEdges.forEach(edges::add);
        List<Integer> kept = new ArrayList<>();
        for (int edge : edges) {
            if (kept.isEmpty() || edge - kept.get(kept.size() - 1) > EDGE_SLACK) {
                kept.add(edge);
            }
        }
        lines = kept.stream().mapToInt(Integer::intValue).toArray();
    }

    /** How many columns the cell from {@code left} to {@code right} covers: 1 for a cell of one column. */
    int span(int left, int right) {
        int crossed = 0;
        for (int line : lines) {
            if (line > left + EDGE_SLACK && line <= right + EDGE_SLACK) {
                crossed++;
            }
        }
        return Math.max(1, Math.min(MAX_SPAN, crossed));
    }
}

package dev.collabgraph.loader.text;

/**
 * Tables drawn with box-drawing characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘), as text exported from a word processor or typed
 * in a fixed-width font: the rules between rows are dropped and each line of cells reaches the table reader as a
 * row of tab-separated cells, a line that only wraps its cells having an empty first cell like any continuation row.
 */
final class BoxTables {
    private BoxTables() {
    }

    /** A vertical bar that parts two cells: │ or ┃ (║ in a double-lined table). */
    static boolean isBar(char c) {
        return c == '│' || c == '┃' || c == '║';
    }

    /** Whether [start, end) of {@code text} is a rule: box-drawing characters and spaces only, a corner or joint among them. */
    static boolean isRule(String text, int start, int end) {
        boolean joint = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u3000') {
                continue;
            }
            if (c < '\u2500' || c > '\u257F') {
                return false;
            }
            joint |= !isBar(c) && c != '─' && c != '━' && c != '═';
        }
        return joint;
    }

    /** Whether a line is a row of a box table: it opens with a bar and has another one after a cell. */
    static boolean isRow(String line) {
        if (line.isEmpty() || !isBar(line.charAt(0))) {
            return false;
        }
        for (int i = 1; i < line.length(); i++) {
            if (isBar(line.charAt(i))) {
                return i + 1 < line.length();
            }
        }
        return false;
    }
}

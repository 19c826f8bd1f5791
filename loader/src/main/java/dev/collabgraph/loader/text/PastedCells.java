package dev.collabgraph.loader.text;

import java.util.Optional;

/**
 * A spreadsheet range pasted into a text as tab-separated rows: a cell that holds a line break, a tab or a quote comes
 * in quotes (Excel's own copy format), its line breaks kept, its quotes doubled. Such a cell is read as one cell: the
 * quotes dropped, a doubled quote one, a line break inside it a blank, so that its row stays one line of the table.
 */
final class PastedCells {
    /** A quoted cell runs over at most this many lines; a quote left open longer is no cell's. */
    private static final int MAX_CELL_LINES = 8;

    private PastedCells() {
    }

    /** {@code text} with its quoted cells joined, or empty when it has none. */
    static Optional<Rewrite.Rearranged> join(String text) {
        if (text.indexOf('\t') < 0 || text.indexOf('"') < 0) {
            return Optional.empty(); // most documents: two scans, no rewrite
        }
        Rewrite out = new Rewrite(text);
        int i = 0;
        while (i < text.length()) {
            int close = text.charAt(i) == '"' && opensField(text, i) ? closing(text, i + 1) : -1;
            if (close < 0) {
                i++;
                continue;
            }
            int from = i;
            out.replace(from, close + 1, () -> writeInner(text, from + 1, close, out));
            i = close + 1;
        }
        return out.finish();
    }

    /** Whether a field of a tab row starts at {@code i}: after a tab, or at a line's start on a line with a tab. */
    private static boolean opensField(String text, int i) {
        if (i > 0 && text.charAt(i - 1) == '\t') {
            return true;
        }
        if (i > 0 && text.charAt(i - 1) != '\n') {
            return false;
        }
        int lineEnd = text.indexOf('\n', i);
        int tab = text.indexOf('\t', i);
        return tab >= 0 && (lineEnd < 0 || tab < lineEnd);
    }

    /**
     * The closing quote of a field opened before {@code from}: the first quote not doubled, which must end the field
     * (a tab, a line break or the text's end after it); -1 when there is none within {@link #MAX_CELL_LINES} lines.
     */
    private static int closing(String text, int from) {
        int lines = 1;
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n' && ++lines > MAX_CELL_LINES) {
                return -1;
            }
            if (c != '"') {
                continue;
            }
            if (k + 1 < text.length() && text.charAt(k + 1) == '"') {
                k++; // a doubled quote inside the cell
                continue;
            }
            boolean ends = k + 1 == text.length() || "\t\r\n".indexOf(text.charAt(k + 1)) >= 0;
            // a cell on one line needs no quotes unless it holds one: a quote closing on the same line is a cell's
            // own quotation mark ("科技贷"产品) when no tab follows it
            return ends && k > from ? k : -1;
        }
        return -1;
    }

    /** The cell's characters [from, to) as one line: a line break a blank, a doubled quote one. */
    private static void writeInner(String text, int from, int to, Rewrite out) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\r') {
                continue;
            }
            if (c == '\n') {
                out.add(" ", k);
            } else {
                out.copy(k, k + 1);
                if (c == '"' && k + 1 < to && text.charAt(k + 1) == '"') {
                    k++;
                }
            }
        }
    }
}

package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.DisplayWidth;
import dev.collabgraph.loader.text.MappedText;
import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts the cells of a row under the header's columns. The cleaner trims a line's leading blanks, so a wrapped
 * line whose first cells are empty (\t\t大科技专项) loses its place; the printed line still has it: leading tabs
 * count empty cells, and in a table laid out with spaces a cell belongs to the header cell printed nearest
 * above it (a Han character is two columns wide).
 */
final class TableColumns {
    private TableColumns() {
    }

    /** The cells of {@code row} by header column; missing cells are empty. */
    static List<Table.Cell> place(Paragraph row, List<Table.Cell> header, MappedText text) {
        List<Table.Cell> cells = Table.cells(row);
        String source = text.source().text();
        int start = text.originalStart(row.start());
        // a table printed with an empty first column throughout: the header lost its leading tab too
        int leadingTabs = leadingTabs(source, start)
                - (header.isEmpty() ? 0 : leadingTabs(source, text.originalStart(header.get(0).span().start())));
        if (leadingTabs > 0) {
            List<Table.Cell> placed = new ArrayList<>();
            for (int i = 0; i < leadingTabs; i++) {
                placed.add(empty(row));
            }
            placed.addAll(cells);
            return placed;
        }
        if (tabLaid(row, text) || cells.size() >= header.size()) {
            return cells;
        }
        if (cells.size() == header.size() - 1 && MERGED_FIRST.matcher(header.get(0).text()).matches()) {
            // a category cell merged over its rows is printed once, on one of them: a row one cell short lacks it
            List<Table.Cell> placed = new ArrayList<>();
            placed.add(empty(row));
            placed.addAll(cells);
            return placed;
        }
        return byPosition(row, cells, header, text);
    }

    /** A first column whose cells a table merges over the rows of a group. */
    private static final Pattern MERGED_FIRST = Pattern.compile("^(?:类别|分类|领域|类型)$");

    /** Whether the printed line of {@code row} separates its cells with tabs. */
    static boolean tabLaid(Paragraph row, MappedText text) {
        String source = text.source().text();
        int start = text.originalStart(row.start());
        // scanned within its own line only: a document without tabs must not be scanned to its end per row
        int lineEnd = lineEnd(source, start);
        for (int i = source.lastIndexOf('\n', start - 1) + 1; i < lineEnd; i++) {
            if (source.charAt(i) == '\t') {
                return true;
            }
        }
        return false;
    }

    private static int leadingTabs(String source, int start) {
        int tabs = 0;
        for (int i = source.lastIndexOf('\n', start - 1) + 1; i < start; i++) {
            if (source.charAt(i) == '\t') {
                tabs++;
            }
        }
        return tabs;
    }

    private static List<Table.Cell> byPosition(Paragraph row, List<Table.Cell> cells, List<Table.Cell> header,
                                               MappedText text) {
        int[] headerColumns = header.stream().mapToInt(c -> displayColumn(text, c.span().start())).toArray();
        List<Table.Cell> placed = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            placed.add(empty(row));
        }
        int next = 0;
        // the cleaner closes a cell's line of its own with a tab: an empty last cell holds no column
        int last = cells.size();
        while (last > 1 && cells.get(last - 1).text().isEmpty()) {
            last--;
        }
        cells = cells.subList(0, last);
        for (Table.Cell cell : cells) {
            int at = displayColumn(text, cell.span().start());
            int best = -1;
            for (int c = next; c < headerColumns.length; c++) {
                if (best < 0 || Math.abs(headerColumns[c] - at) < Math.abs(headerColumns[best] - at)) {
                    best = c;
                }
            }
            if (best < 0) {
                placed.add(cell);
                continue;
            }
            // more cells left than columns: keep the rest in order
            best = Math.min(best, headerColumns.length - (cells.size() - cells.indexOf(cell)));
            best = Math.max(best, next);
            placed.set(best, cell);
            next = best + 1;
        }
        return placed;
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    /** The printed column of the logical offset {@code at}: display width of its line before it. */
    static int displayColumn(MappedText text, int at) {
        String source = text.source().text();
        int original = text.originalStart(at);
        int width = 0;
        for (int i = source.lastIndexOf('\n', original - 1) + 1; i < original; i++) {
            width += wide(source.charAt(i)) ? 2 : 1;
        }
        return width;
    }

    private static boolean wide(char c) {
        return DisplayWidth.wide(c);
    }

    private static Table.Cell empty(Paragraph row) {
        return new Table.Cell("", new Span(row.start(), row.start()));
    }
}

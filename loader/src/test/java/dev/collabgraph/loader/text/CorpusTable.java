package dev.collabgraph.loader.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A corpus text file's tab-separated table as a word processor or a web page holds it: page numbers and the header
 * repeated on each printed page gone, each wrapped line back in its row's cells. An empty lead unit under a filled
 * one is a merged cell ({@link #mergedWithAbove}); a line of one cell, a section row across the table.
 */
record CorpusTable(List<String[]> rows, int columns) {
    static final Pattern PAGE_NUMBER = Pattern.compile("^— \\d+ —$");
    /** The lead unit column of the corpus's division tables (序号, 重点任务, 具体措施, 牵头单位, …). */
    static final int LEAD_COLUMN = 3;

    static CorpusTable of(List<String> lines) {
        String header = lines.get(0);
        int columns = header.split("\t", -1).length;
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (PAGE_NUMBER.matcher(line.strip()).matches() || line.equals(header) && !rows.isEmpty()) {
                continue;
            }
            String[] cells = Arrays.copyOf(line.split("\t", -1), columns);
            Arrays.setAll(cells, c -> cells[c] == null ? "" : cells[c]);
            if (cells[0].isEmpty() && !rows.isEmpty()) {
                String[] previous = rows.get(rows.size() - 1);
                for (int c = 1; c < columns; c++) {
                    previous[c] += cells[c];
                }
            } else {
                rows.add(cells);
            }
        }
        return new CorpusTable(rows, columns);
    }

    /** Lines from {@code from} up to the first blank one: a table of the corpus runs without blank lines. */
    static int end(String[] lines, int from) {
        int end = from;
        while (end < lines.length && !lines[end].isBlank()) {
            end++;
        }
        return end;
    }

    boolean isSection(int r) {
        String first = rows.get(r)[0];
        return r > 0 && !first.isEmpty() && !Character.isDigit(first.charAt(0));
    }

    /** A numbered row's empty lead unit under a row that names one: the lead unit's cell merged over both. */
    boolean mergedWithAbove(int r, int c) {
        return c == LEAD_COLUMN && r > 1 && !isSection(r) && !isSection(r - 1) && rows.get(r)[c].isEmpty()
                && (!rows.get(r - 1)[c].isEmpty() || mergedWithAbove(r - 1, c));
    }
}

package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of tab-separated rows, with the paragraphs just before it (its caption, an 附件 line) and just after
 * it (a 注： line under the table). Short lines without tabs between rows (a section row whose empty cells were
 * lost, a cell wrapped onto a line of its own) stay inside the block.
 */
record Table(List<Paragraph> rows, List<Paragraph> before, List<Paragraph> after) {
    /** A cell of a row, with its span in the logical text. */
    record Cell(String text, Span span) {
    }

    private static final int MAX_LOOSE_ROW = 30;
    private static final int AROUND = 3;

    /** Every table of {@code paragraphs}, in order. */
    static List<Table> find(List<Paragraph> paragraphs) {
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < paragraphs.size()) {
            if (!paragraphs.get(i).isTableRow()) {
                i++;
                continue;
            }
            List<Paragraph> rows = new ArrayList<>();
            int j = i;
            while (j < paragraphs.size()) {
                Paragraph p = paragraphs.get(j);
                boolean loose = !p.isTableRow() && p.text().length() <= MAX_LOOSE_ROW && p.text().indexOf('。') < 0
                        && j + 1 < paragraphs.size() && paragraphs.get(j + 1).isTableRow();
                if (!p.isTableRow() && !loose) {
                    break;
                }
                rows.add(p);
                j++;
            }
            tables.add(new Table(rows, paragraphs.subList(Math.max(0, i - 2), i),
                    paragraphs.subList(j, Math.min(paragraphs.size(), j + AROUND))));
            i = j;
        }
        return tables;
    }

    /** The cells of {@code row}, trimmed, with their spans. */
    static List<Cell> cells(Paragraph row) {
        List<Cell> cells = new ArrayList<>();
        int start = 0;
        String text = row.text();
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\t') {
                int s = start;
                int e = i;
                while (s < e && text.charAt(s) == ' ') {
                    s++;
                }
                while (e > s && text.charAt(e - 1) == ' ') {
                    e--;
                }
                cells.add(new Cell(text.substring(s, e), new Span(row.start() + s, row.start() + e)));
                start = i + 1;
            }
        }
        return cells;
    }
}

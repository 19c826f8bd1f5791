package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
    /** A header cell or a wrapped name printed over a few lines of their own: at most this many between rows. */
    private static final int MAX_LOOSE_RUN = 3;

    /**
     * Whether the line at {@code at} is short, ends no sentence, and a table row follows it after at most a few more
     * such lines: a cell's wrapped part (2025年 / （基期） above 2026年 | 2028年) inside the table.
     */
    private static boolean looseRunBeforeRow(List<Paragraph> paragraphs, int at) {
        for (int k = at; k < paragraphs.size() && k <= at + MAX_LOOSE_RUN; k++) {
            Paragraph p = paragraphs.get(k);
            if (p.isTableRow()) {
                return k > at;
            }
            if (p.text().length() > MAX_LOOSE_ROW || p.text().indexOf('。') >= 0) {
                return false;
            }
        }
        return false;
    }
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
                boolean loose = !p.isTableRow() && looseRunBeforeRow(paragraphs, j);
                if (!p.isTableRow() && !loose) {
                    break;
                }
                rows.add(p);
                j++;
            }
            addStacked(tables, paragraphs, i, j);
            i = j;
        }
        return tables;
    }

    /**
     * The tables of the rows {@code [from, to)}. A worksheet saved whole stacks several tables in one grid: an empty row
     * (or a blank line) followed by a row of one filled cell (表一　…) and then a header opens a new table, that row and
     * any like it being its caption; the sheet's own title rows above the first header are captions too. A grid without such parts is one table, as
     * printed.
     */
    private static void addStacked(List<Table> tables, List<Paragraph> paragraphs, int from, int to) {
        List<Integer> starts = new ArrayList<>();
        starts.add(from);
        Paragraph firstHeader = paragraphs.get(from);
        for (int k = from; k < to; k++) {
            if (filledCells(paragraphs.get(k)) >= 2) {
                firstHeader = paragraphs.get(k); // the captions above it are no header
                break;
            }
        }
        for (int k = from + 1; k < to; k++) {
            boolean parted = isEmptyRow(paragraphs.get(k - 1)) || paragraphs.get(k).start() > paragraphs.get(k - 1).end() + 1
                    || CAPTION.matcher(cells(paragraphs.get(k)).get(0).text()).find()
                    || filledCells(paragraphs.get(k)) == 1 && anotherHeaderFollows(paragraphs, k, to, firstHeader);
            if (parted && !isEmptyRow(paragraphs.get(k)) && filledCells(paragraphs.get(k)) == 1 && headed(paragraphs, k, to)) {
                starts.add(k);
            }
        }
        if (starts.size() == 1) {
            tables.add(new Table(paragraphs.subList(from, to), paragraphs.subList(Math.max(0, from - 2), from),
                    paragraphs.subList(to, Math.min(paragraphs.size(), to + AROUND))));
            return;
        }
        starts.add(to);
        for (int p = 0; p + 1 < starts.size(); p++) {
            int first = starts.get(p);
            int end = starts.get(p + 1);
            while (end > first && isEmptyRow(paragraphs.get(end - 1))) {
                end--;
            }
            while (first < end && filledCells(paragraphs.get(first)) <= 1) {
                first++; // the part's caption
            }
            if (end - first >= 2) {
                tables.add(new Table(paragraphs.subList(first, end), paragraphs.subList(Math.max(0, first - 2), first),
                        paragraphs.subList(end, Math.min(paragraphs.size(), end + AROUND))));
            }
        }
    }

    /** Whether the first row of several cells after {@code from} reads as a header: short names, no row number. */
    private static boolean headed(List<Paragraph> paragraphs, int from, int to) {
        for (int k = from; k < to; k++) {
            List<Cell> cells = cells(paragraphs.get(k)).stream().filter(c -> !c.text().isBlank()).toList();
            if (cells.size() >= 2) {
                return cells.stream().allMatch(c -> c.text().length() <= MAX_HEADER_CELL)
                        && !Character.isDigit(cells.get(0).text().charAt(0));
            }
        }
        return false;
    }

    private static final int MAX_HEADER_CELL = 12;
    /** The words a table's number column is headed with, alone in their cell or line. */
    static final Pattern NUMBER_HEADER = Pattern.compile("^(?:序号|编号)$");

    /**
     * Whether the first row of several cells after {@code from} is the header of another table: headed 序号 as a
     * table's first header is, but not the same header repeated (a new sheet's table after the last, its caption above).
     */
    private static boolean anotherHeaderFollows(List<Paragraph> paragraphs, int from, int to, Paragraph firstRow) {
        // a caption is a line or two: the header is looked for just below it
        for (int k = from; k < Math.min(to, from + 4); k++) {
            List<Cell> cells = cells(paragraphs.get(k));
            if (k > from && CAPTION.matcher(cells.get(0).text()).find()) {
                return false; // a caption below opens that table: this line is the last row's wrapped tail
            }
            if (cells.stream().filter(c -> !c.text().isBlank()).count() >= 2) {
                if (!NUMBER_HEADER.matcher(cells.get(0).text().strip()).matches()) {
                    return false;
                }
                List<Cell> first = cells(firstRow);
                int same = 0;
                for (int c = 0; c < Math.min(cells.size(), first.size()); c++) {
                    same += !cells.get(c).text().isBlank() && cells.get(c).text().equals(first.get(c).text()) ? 1 : 0;
                }
                return same < 2;
            }
        }
        return false;
    }
    /** A table's caption: 表一　…, 附表2, …分工表, …清单（12项）, or the label of the annex it opens (附件2). */
    private static final Pattern CAPTION = Pattern.compile(
            "^(?:附?表[\\s\u3000]*[一二三四五六七八九十\\d]+|.{2,40}(?:表|清单)(?:[（(][^（）()]{1,12}[)）])?$"
                    + "|附[\\s\u3000]*件[\\s\u3000]*[一二三四五六七八九十\\d]{0,2}[：:]?$)");

    private static boolean isEmptyRow(Paragraph row) {
        return row.isTableRow() && filledCells(row) == 0;
    }

    /** How many cells of {@code row} hold text: counted between its tabs, without cutting the cells out. */
    private static int filledCells(Paragraph row) {
        String text = row.text();
        int filled = 0;
        boolean blank = true;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\t') {
                filled += blank ? 0 : 1;
                blank = true;
            } else if (!Character.isWhitespace(text.charAt(i))) {
                blank = false; // (isBlank's test; a surrogate is no blank either way)
            }
        }
        return filled;
    }

    /** How many cells {@link #cells} gives {@code row}: one more than its tabs. */
    static int cellCount(Paragraph row) {
        String text = row.text();
        int tabs = 0;
        for (int i = text.indexOf('\t'); i >= 0; i = text.indexOf('\t', i + 1)) {
            tabs++;
        }
        return tabs + 1;
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

package dev.collabgraph.loader.text;

import dev.collabgraph.loader.text.Rewrite.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table that a PDF-to-text tool in reading-order mode wrote out column by column: the 序号 column with its numbers
 * one a line, then each column's name and its cells, a cell a paragraph (a wrapped cell two lines), or a line each
 * when short:
 * <pre>
 * 序号        项目名称             牵头部门       完成时限
 * 1                                             2026年10月
 * 2           某某中试基地          科技创新局      2026年12月
 *
 *             某某研发中心          经济发展局
 * </pre>
 * Such a block is found by a 序号 line with the row numbers under it and read back as the table's rows, one line a
 * row with its cells parted by tabs, every character at its place in the original. A table broken over pages starts
 * again with its 序号 column; each part is read alone.
 */
final class ColumnBlocks {
    private static final Pattern NUMBER_HEAD = Pattern.compile("^[ \u3000\f]*(?:序号|编号)[ \u3000]*$");
    private static final Pattern ROW_NUMBER = Pattern.compile("^[ \u3000]*(\\d{1,3})[ \u3000]*$");
    /** A column's name: a few characters, no sentence and no figure (牵头部门, 合作高校（院所）). */
    private static final Pattern COLUMN_NAME = Pattern.compile("^[ \u3000]*[\\p{IsHan}（）()、/]{2,12}[ \u3000]*$");
    /** The names the table's columns must include for it to be a table of work: who does it. */
    private static final Pattern UNIT_COLUMN = Pattern.compile("单位|部门|处室|科室");
    /** A cell wraps over at most this many lines. */
    private static final int MAX_CELL_LINES = 3;
    private static final int MIN_ROWS = 2;
    private static final int MIN_COLUMNS = 3;
    /** Longer than a 序号 line with its padding: a line this long is looked at no further. */
    private static final int MAX_HEAD_LINE = 12;

    private ColumnBlocks() {
    }

    /** A paragraph of the block: its printed lines, none blank, and the index of the line after it. */
    private record Group(List<Line> lines, int next) {
    }

    /** One column as read: its name's line and each row's cell lines. */
    private record Column(Line name, List<List<Line>> cells) {
    }

    static Optional<Rewrite.Rearranged> rearrange(String text) {
        if (text.indexOf("序号") < 0 && text.indexOf("编号") < 0) {
            return Optional.empty();
        }
        List<Line> lines = Rewrite.lines(text);
        Rewrite out = new Rewrite(text);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).end() - lines.get(i).start() > MAX_HEAD_LINE
                    || !NUMBER_HEAD.matcher(lines.get(i).of(text)).matches()) {
                continue;
            }
            List<Line> numbers = new ArrayList<>();
            int j = i + 1;
            while (j < lines.size() && ROW_NUMBER.matcher(lines.get(j).of(text)).matches()
                    && (numbers.isEmpty() || number(text, lines.get(j)) == number(text, numbers.get(numbers.size() - 1)) + 1)) {
                numbers.add(lines.get(j++));
            }
            if (numbers.size() < MIN_ROWS) {
                continue;
            }
            List<Column> columns = new ArrayList<>();
            int end = readColumns(text, lines, j, numbers.size(), columns);
            if (columns.size() + 1 < MIN_COLUMNS
                    || columns.stream().noneMatch(c -> UNIT_COLUMN.matcher(c.name().of(text)).find())) {
                continue;
            }
            Line head = lines.get(i);
            int to = lines.get(end - 1).end();
            out.replace(head.start(), to, () -> write(text, out, head, numbers, columns, to));
            i = end - 1;
        }
        return out.finish();
    }

    /**
     * Reads columns from line {@code from}: a name alone followed by {@code rows} paragraphs, or a name with its
     * {@code rows} one-line cells under it in one paragraph. Returns the index of the line after the last column read.
     */
    private static int readColumns(String text, List<Line> lines, int from, int rows, List<Column> columns) {
        List<Group> groups = new ArrayList<>();
        int k = from;
        // paragraphs ahead, enough for the columns of a wide table
        while (k < lines.size() && groups.size() < 40 * (rows + 1)) {
            while (k < lines.size() && lines.get(k).of(text).isBlank()) {
                k++;
            }
            List<Line> group = new ArrayList<>();
            while (k < lines.size() && !lines.get(k).of(text).isBlank()) {
                group.add(lines.get(k++));
            }
            if (group.isEmpty()) {
                break;
            }
            groups.add(new Group(group, k));
        }
        int end = from;
        int g = 0;
        while (g < groups.size()) {
            List<Line> first = groups.get(g).lines();
            if (!COLUMN_NAME.matcher(first.get(0).of(text)).matches()) {
                break;
            }
            if (first.size() == rows + 1) {
                // a name with its short cells under it, a line each
                List<List<Line>> cells = new ArrayList<>();
                first.subList(1, first.size()).forEach(l -> cells.add(List.of(l)));
                columns.add(new Column(first.get(0), cells));
                end = groups.get(g).next();
                g++;
                continue;
            }
            if (first.size() != 1 || g + rows >= groups.size()) {
                break; // a name alone needs its rows' paragraphs after it
            }
            List<List<Line>> cells = new ArrayList<>();
            for (int r = 1; r <= rows && g + r < groups.size(); r++) {
                List<Line> cell = groups.get(g + r).lines();
                if (cell.size() > MAX_CELL_LINES) {
                    break;
                }
                cells.add(cell);
            }
            if (cells.size() != rows) {
                break;
            }
            columns.add(new Column(first.get(0), cells));
            end = groups.get(g + rows).next();
            g += rows + 1;
        }
        return end;
    }

    private static void write(String text, Rewrite out, Line head, List<Line> numbers, List<Column> columns, int to) {
        copyTrimmed(text, out, head);
        for (Column column : columns) {
            out.add("\t", column.name().start());
            copyTrimmed(text, out, column.name());
        }
        for (int r = 0; r < numbers.size(); r++) {
            // the row stands where its first cell does: its number printed far above, at the head of its column
            int rowStart = columns.isEmpty() ? numbers.get(r).start() : columns.get(0).cells().get(r).get(0).start();
            out.add("\n", rowStart);
            out.add(numbers.get(r).of(text).strip(), rowStart);
            for (Column column : columns) {
                List<Line> cell = column.cells().get(r);
                out.add("\t", cell.get(0).start());
                cell.forEach(l -> copyTrimmed(text, out, l)); // a wrapped cell's lines joined
            }
        }
        out.add("\n", to);
    }

    private static void copyTrimmed(String text, Rewrite out, Line line) {
        int s = line.start();
        int e = line.end();
        while (s < e && blank(text.charAt(s))) {
            s++;
        }
        while (e > s && blank(text.charAt(e - 1))) {
            e--;
        }
        out.copy(s, e);
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\u3000' || c == '\t' || c == '\f';
    }

    private static int number(String text, Line line) {
        return Integer.parseInt(line.of(text).strip());
    }

}

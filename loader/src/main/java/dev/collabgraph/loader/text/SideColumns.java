package dev.collabgraph.loader.text;

import dev.collabgraph.loader.text.Rewrite.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Work set as a table without grid lines, the items on the left and who does them on the right (重点任务 | 责任部门),
 * as a PDF's layout or a fixed-pitch export prints it: every printed line holds a piece of an item beside a piece of
 * its unit list, each wrapped inside its own column (…支持某某大学与某某光电股  科技创新局、经济发 / 份有限公司共建…
 * 展局、财政金融局). Read line by line, the item's sentences and the unit names interleave. Such a block is found by
 * its header, whose last cell names a unit column, and read column by column: each item (a left part that opens with
 * an item number) becomes one line, its work followed by its units as a note labelled with the column's name
 * (2.1.1 建设…。（责任部门：A、B）). Every character keeps its place in the original; the label, its bracket and colon
 * stand at the first unit's place. A line whose text runs across the column edge ends the block.
 */
final class SideColumns {

    private static final Pattern UNIT_COLUMN = Pattern.compile(
            "^((?:主要)?责任|牵头|主办|主责|承办|实施)(单位|部门|处室|科室|主体)(?:[（(][^）)]{1,6}[）)])?$");
    /** The words every {@link #UNIT_COLUMN} ends with. */
    private static final String[] UNIT_WORDS = {"单位", "部门", "处室", "科室", "主体"};
    private static final Pattern HEADER_CELL = Pattern.compile("^[\\p{IsHan}（）()、]{2,12}$");
    /** The name of the work column: 重点任务, 工作内容, 主要措施, 具体事项 … */
    private static final Pattern WORK_COLUMN = Pattern.compile("任务|工作|内容|措施|举措|事项|项目");
    /** An item's number at the start of a left part: 2.1.1, 3., 3、, （三）, 三、, or a bare number cell. */
    private static final Pattern ITEM = Pattern.compile("^(?:\\d{1,2}(?:[.．]\\d{1,2})+[.．]?(?!\\d)|\\d{1,2}[.．、](?!\\d)"
            + "|[（(](?:\\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、|\\d{1,2}(?=[ \u3000]{2}))");
    private static final Pattern PAGE_LINE = Pattern.compile("^[\\s\f]*(?:[—\\-－]\\s*\\d{1,3}\\s*[—\\-－]|\\d{1,3}|第\\s*\\d{1,3}\\s*页.*)?[\\s\f]*$");
    /** Where a right part may start, around the column edge found from the lines (a PDF's spacing is approximate). */
    private static final int TOLERANCE = 3;
    /** How far the header's name may stand from the column's edge (a name centred over its column). */
    private static final int HEADER_BAND = 20;
    private static final int MIN_ITEMS = 2;
    private static final String SENTENCE_ENDS = "。；;！？";
    private static final String NAME_ENDS = "局委办厅府会院部处行所站队室心司区县团校馆";
    private static final Pattern NAME_REST = Pattern.compile("^(?:管委会|管理委员会|办公室|分局|分行|支行|中心)");

    private SideColumns() {
    }


    /** A left or right piece of one printed line: [start, end) in the original, trimmed of blanks. */
    private record Piece(int start, int end) {
        boolean isEmpty() {
            return start >= end;
        }
    }

    private static final class Row {
        final List<Piece> left = new ArrayList<>();
        final List<Piece> right = new ArrayList<>();
        int lastLineEnd;
    }

    static Optional<Rewrite.Rearranged> rearrange(String text) {
        List<Line> lines = Rewrite.lines(text);
        Rewrite out = new Rewrite(text);
        for (int i = 0; i < lines.size(); i++) {
            Line header = lines.get(i);
            if (!header.holds(text, UNIT_WORDS)) {
                continue; // no unit column's name on the line: no need to cut it into cells
            }
            Optional<String> label = unitColumn(text, header);
            if (label.isEmpty()) {
                continue;
            }
            int headerColumn = lastCellColumn(text, header);
            int edge = edge(text, lines, i + 1, headerColumn);
            if (edge < 0) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            int next = readRows(text, lines, i + 1, edge, header, rows);
            if (rows.stream().filter(r -> !r.right.isEmpty()).count() < MIN_ITEMS) {
                continue;
            }
            int to = next < lines.size() ? lines.get(next).start() : text.length();
            String unitLabel = label.get();
            out.replace(header.start(), to, () -> rows.forEach(row -> write(text, row, unitLabel, out)));
            i = next - 1;
        }
        return out.finish();
    }

    /** The note label a header line gives (责任部门), when it is a side-column header: short names, a unit column last. */
    private static Optional<String> unitColumn(String text, Line line) {
        List<Piece> cells = cells(text, line);
        if (cells.size() < 2) {
            return Optional.empty();
        }
        Piece last = cells.get(cells.size() - 1);
        Matcher unit = UNIT_COLUMN.matcher(text.substring(last.start(), last.end()));
        if (!unit.matches()) {
            return Optional.empty();
        }
        // the work and who does it, after a number column or not: a table of more columns (时间, 地点, 配合单位 …) is
        // read as the table it is
        if (cells.size() > 3 || cells.size() == 3 && !text.substring(cells.get(0).start(), cells.get(0).end()).matches("序号|编号")) {
            return Optional.empty();
        }
        String work = text.substring(cells.get(cells.size() - 2).start(), cells.get(cells.size() - 2).end());
        if (!HEADER_CELL.matcher(work).matches() || !WORK_COLUMN.matcher(work).find()) {
            return Optional.empty();
        }
        return Optional.of(unit.group(1) + unit.group(2));
    }

    /** Cells of a line: runs of text apart by two blanks or more, or a tab. */
    private static List<Piece> cells(String text, Line line) {
        List<Piece> cells = new ArrayList<>();
        int i = line.start();
        while (i < line.end()) {
            while (i < line.end() && blank(text.charAt(i))) {
                i++;
            }
            if (i >= line.end()) {
                break;
            }
            int start = i;
            while (i < line.end() && !(text.charAt(i) == '\t' || blank(text.charAt(i)) && i + 1 < line.end()
                    && blank(text.charAt(i + 1)))) {
                i++;
            }
            int end = i;
            while (end > start && blank(text.charAt(end - 1))) {
                end--;
            }
            cells.add(new Piece(start, end));
        }
        return cells;
    }

    private static int lastCellColumn(String text, Line line) {
        List<Piece> cells = cells(text, line);
        return DisplayWidth.of(text, line.start(), cells.get(cells.size() - 1).start());
    }

    /**
     * The printed column where the right parts start: the middle value of where text resumes after a blank run near
     * the header's unit column, over the lines below it up to the first that runs across that band; -1 when too few.
     */
    private static int edge(String text, List<Line> lines, int from, int headerColumn) {
        List<Integer> starts = new ArrayList<>();
        for (int k = from; k < lines.size() && starts.size() < 400; k++) {
            Line line = lines.get(k);
            int best = -1;
            int width = 0;
            boolean inText = false;
            int run = 0;
            for (int i = line.start(); i < line.end(); i++) {
                char c = text.charAt(i);
                if (blank(c)) {
                    run++;
                } else {
                    boolean leading = !inText;
                    if ((run >= 2 || leading && run > 0) && Math.abs(width - headerColumn) <= HEADER_BAND
                            && (best < 0 || Math.abs(width - headerColumn) < Math.abs(best - headerColumn))) {
                        best = width;
                    }
                    run = 0;
                    inText = true;
                }
                width += DisplayWidth.wide(c) ? 2 : 1;
            }
            if (best >= 0) {
                starts.add(best);
            } else if (width > headerColumn + HEADER_BAND) {
                break; // a line of prose across the columns: the table has ended
            }
        }
        if (starts.size() < MIN_ITEMS) {
            return -1;
        }
        starts.sort(Integer::compare);
        return starts.get(starts.size() / 2);
    }

    /** Reads the block's rows from line {@code from}; returns the index of the first line after the block. */
    private static int readRows(String text, List<Line> lines, int from, int edge, Line header, List<Row> rows) {
        String headerCells = cellsText(text, header);
        Row row = null;
        int k = from;
        for (; k < lines.size(); k++) {
            Line line = lines.get(k);
            String content = text.substring(line.start(), line.end());
            if (content.isBlank() || PAGE_LINE.matcher(content).matches() || cellsText(text, line).equals(headerCells)) {
                continue; // a blank line, a page's number or break, the header printed again on a new page
            }
            Piece[] parts = split(text, line, edge);
            if (parts == null && row != null && cleanSplitFollows(text, lines, k + 1, edge)) {
                // the left part filled its column up to the right one, no blank between (…中心、经济发展局): cut at the edge
                parts = cutAtEdge(text, line, edge);
            }
            if (parts == null) {
                break; // text across the column edge: prose again
            }
            Piece left = parts[0];
            Piece right = parts[1];
            boolean item = !left.isEmpty() && ITEM.matcher(text.substring(left.start(), left.end())).find();
            if (row == null || item) {
                if (row == null && !item && right.isEmpty()) {
                    break;
                }
                row = new Row();
                rows.add(row);
            } else if (right.isEmpty() && endsSentence(text, row)) {
                break; // a new paragraph under the table, not the rest of an item
            }
            if (!left.isEmpty()) {
                row.left.add(left);
            }
            if (!right.isEmpty()) {
                row.right.add(right);
            }
            row.lastLineEnd = line.end();
        }
        return k;
    }

    private static boolean endsSentence(String text, Row row) {
        if (row.left.isEmpty()) {
            return false;
        }
        Piece last = row.left.get(row.left.size() - 1);
        return SENTENCE_ENDS.indexOf(text.charAt(last.end() - 1)) >= 0 || row.left.size() == 1 && row.right.isEmpty();
    }

    /**
     * The line's left and right parts, split where text resumes after blanks within {@link #TOLERANCE} of the edge;
     * a line ending before the edge is all left; null when its text runs across the edge.
     */
    private static Piece[] split(String text, Line line, int edge) {
        int width = 0;
        int run = 0;
        boolean inText = false;
        int firstText = -1;
        int lastText = line.start();
        for (int i = line.start(); i < line.end(); i++) {
            char c = text.charAt(i);
            if (blank(c)) {
                run++;
            } else {
                if (run > 0 && Math.abs(width - edge) <= TOLERANCE) {
                    int end = i - run;
                    Piece left = inText ? new Piece(firstText, end) : new Piece(i, i);
                    return new Piece[] {left, new Piece(i, trimmedEnd(text, i, line.end()))};
                }
                if (!inText) {
                    firstText = i;
                }
                if (width > edge + TOLERANCE) {
                    return null;
                }
                run = 0;
                inText = true;
                lastText = i + 1;
            }
            width += DisplayWidth.wide(c) ? 2 : 1;
        }
        int leftEnd = inText ? lastText : line.start();
        return new Piece[] {new Piece(inText ? firstText : line.start(), leftEnd), new Piece(line.end(), line.end())};
    }

    /** Whether one of the next two printed lines has a right part set apart by blanks: the table goes on. */
    private static boolean cleanSplitFollows(String text, List<Line> lines, int from, int edge) {
        int seen = 0;
        for (int k = from; k < lines.size() && seen < 2; k++) {
            Line line = lines.get(k);
            if (text.substring(line.start(), line.end()).isBlank()) {
                continue;
            }
            seen++;
            Piece[] parts = split(text, line, edge);
            if (parts != null && !parts[1].isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A line cut at the character printed nearest the edge, when it is within the tolerance. */
    private static Piece[] cutAtEdge(String text, Line line, int edge) {
        int width = 0;
        int firstText = -1;
        for (int i = line.start(); i < line.end(); i++) {
            char c = text.charAt(i);
            if (firstText < 0 && !blank(c)) {
                firstText = i;
            }
            if (Math.abs(width - edge) <= 1 && firstText >= 0 && firstText < i && !blank(c)) {
                // a mark that ends the left part's clause (…中心、) stays with it
                int cut = "、，。；".indexOf(c) >= 0 ? i + 1 : i;
                return new Piece[] {new Piece(firstText, cut), new Piece(cut, trimmedEnd(text, cut, line.end()))};
            }
            width += DisplayWidth.wide(c) ? 2 : 1;
        }
        return null;
    }

    private static int trimmedEnd(String text, int from, int end) {
        while (end > from && blank(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** One row as one line: its work, then its units as a note under the column's label. */
    private static void write(String text, Row row, String label, Rewrite out) {
        Piece previous = null;
        for (Piece piece : row.left) {
            out.copy(piece.start(), piece.end());
            previous = piece;
        }
        if (!row.right.isEmpty()) {
            int first = row.right.get(0).start();
            out.add("（" + label + "：", first);
            Piece before = null;
            for (Piece piece : row.right) {
                if (before != null && joinsWithMark(text, before, piece)) {
                    out.add("、", before.end() - 1);
                }
                out.copy(piece.start(), piece.end());
                before = piece;
            }
            out.add("）", before.end() - 1);
            previous = before;
        }
        int end = Math.min(Math.max(row.lastLineEnd, previous == null ? 0 : previous.end()), text.length() - 1);
        out.add("\n", end);
    }

    /** Two unit lines that each end a name (科技创新局 / 人才工作局) get the 、 the column's wrap left out. */
    private static boolean joinsWithMark(String text, Piece before, Piece piece) {
        char last = text.charAt(before.end() - 1);
        return NAME_ENDS.indexOf(last) >= 0 && piece.end() - piece.start() >= 3
                && !NAME_REST.matcher(text.substring(piece.start(), piece.end())).find();
    }

    private static String cellsText(String text, Line line) {
        StringBuilder cells = new StringBuilder();
        for (Piece cell : cells(text, line)) {
            cells.append(text, cell.start(), cell.end()).append('|');
        }
        return cells.toString();
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\u3000' || c == '\t' || c == '\f';
    }
}

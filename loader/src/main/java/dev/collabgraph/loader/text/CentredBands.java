package dev.collabgraph.loader.text;

import dev.collabgraph.loader.text.Rewrite.Line;
import dev.collabgraph.loader.text.Rewrite.Run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A space-laid table whose cells a PDF printed centred in their rows: every row is a band of printed lines, the
 * one-line cells (its number, a short unit, a deadline's first half) on the middle line and each wrapped cell's lines
 * above and below it, so that a row starts ABOVE its number line and ends below it:
 * <pre>
 *       共建县域产业技术研究   完成研究院注册…引进研发      县财政局、蓼川经济开发区   县政府督   2026年12
 * 1                                                 县科技局
 *       院                    团队3个                                  管委会                    查室       月
 * </pre>
 * Read cell by cell, column by column, the band is the row it prints (1 | 共建县域产业技术研究院 | … | 县科技局 | …). It is
 * read so only when every row is such a band: a line above the first number, as many lines below each number as above
 * the next, a line below the last; a table that prints each row's number on its first line is left as it is.
 */
final class CentredBands {

    /** A header row: 序号 then at least three more cells. */
    private static final Pattern HEADER_START = Pattern.compile(
            "^[ \u3000]*(?:(?:类别|分类|领域)(?:[ \u3000]{2,}|\t))?(?:序号|编号)(?:[ \u3000]{2,}|\t| (?=\\p{IsHan}))");
    /** The words a header opens its number column with: looked for before the header's pattern is tried. */
    private static final String[] NUMBER_WORDS = {"序号", "编号"};
    private static final String[] TAB = {"\t"};
    /** The header cell of the rows' numbers. */
    private static final Pattern NUMBER_HEADER = Pattern.compile("^(?:序号|编号)$");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,3}$");
    /** A line that ends the table: a note under it (注：…, 说明：…) or a sentence; so does the text's next heading. */
    private static final Pattern TABLE_END = Pattern.compile("^[ \u3000]*(?:注|说明|备注)[：:]|。");
    /** A page's number printed on a line of its own: — 5 —, - 5 -, 第5页. */
    private static final Pattern PAGE_LINE = Pattern.compile("^[\\s\u3000]*(?:[-—－–]+\\s*\\d{1,4}\\s*[-—－–]+|第\\s*\\d{1,4}\\s*页(?:\\s*共\\s*\\d{1,4}\\s*页)?)[\\s\u3000]*$");
    /** What a line of a cell ends with when it ends a unit's whole name: a bureau, a department, a government. */
    private static final String UNIT_LINE_ENDS = "局厅府";
    private static final int MIN_COLUMNS = 4;
    private static final int MIN_ROWS = 3;
    private static final int TOLERANCE = 2;
    /** Lines above (and below) a row's middle line at most: a cell wrapped over up to seven lines, or two interleaved. */
    private static final int MAX_BAND = 5;
    /** The lines of a printed page at most. */
    private static final int MAX_PAGE_LINES = 60;
    /** A cell of words on a row's top line: five characters wide at least, and not a bracketed unit of measure. */
    private static final int MIN_WORDS_WIDTH = 10;
    /** A header's second line holds short cells: six characters wide at most (投资（亿元）). */
    private static final int MAX_HEADER_WIDTH = 12;
    /** A header cell's unit of measure in brackets, wherever the line below the header prints it: （亿元）, (%). */
    private static final Pattern UNIT_OF_MEASURE = Pattern.compile("[（(][^（()）]{1,4}[）)]$");
    private static final Pattern WORDS = Pattern.compile("^[^（(\\[【]");

    private CentredBands() {
    }


    /** The text with its centred tables read row by row; empty when it has none. */
    static Optional<Rewrite.Rearranged> rearrange(String text) {
        boolean splitNumbers = text.contains("\n序") || text.contains("\n编");
        if (!text.contains("序号") && !text.contains("编号") && !splitNumbers) {
            return Optional.empty();
        }
        List<Line> lines = Rewrite.lines(text);
        Rewrite out = new Rewrite(text);
        for (int i = 0; i < lines.size(); i++) {
            Line header = lines.get(i);
            // a table set apart by tabs is read as tab rows: only a layout in spaces centres its cells by position
            if (header.holds(text, TAB)) {
                continue;
            }
            boolean split = splitNumbers && numberWordAround(text, lines, i);
            if (!split && (!header.holds(text, NUMBER_WORDS)
                    || !HEADER_START.matcher(text).region(header.start(), header.end()).find())) {
                continue;
            }
            List<Run> headerCells = numberApart(text, cells(text, header));
            if (headerCells.size() < (split ? MIN_COLUMNS - 1 : MIN_COLUMNS)) {
                continue;
            }
            // a header cell printed over two lines centred on the header's line (2025年 / （基期）) stands in its gaps
            int k = headerBand(text, lines, i, lines.size(), headerCells);
            if (split && k == 0) {
                continue;
            }
            List<Line> headerLines = lines.subList(i - k, i + k + 1);
            List<Run> headerRow = headerRow(text, headerLines, header, headerCells);
            List<Run> columns = columns(headerRow, headerCells);
            int[] edges = edges(columns);
            // a 类别 column before the numbers holds merged cells printed one character a line: no row's text
            int first = numberColumn(text, columns);
            Table table = new Table(text, lines, edges, columns.stream().mapToInt(Run::centre).toArray(), first,
                    headerCells, k);
            int from = table.pastCountingLines(i + k + 1);
            int end = table.scan(from);
            List<List<Line>> bands = table.bands();
            if (bands.isEmpty()) {
                continue;
            }
            int to = end < lines.size() ? lines.get(end).start() : text.length();
            out.replace(headerLines.get(0).start(), to, () -> {
                writeHeader(text, headerRow, columns, edges, headerLines.get(headerLines.size() - 1).end(), out);
                table.write(bands, columns.size(), out);
            });
            i = end - 1;
        }
        return out.finish();
    }

    /**
     * Whether the number column's header stands around line {@code i}, one character a line (序 above, 号 below), left of
     * the line's cells: a narrow column wraps its header so, centred on the header's other cells.
     */
    private static boolean numberWordAround(String text, List<Line> lines, int i) {
        if (i == 0 || i + 1 >= lines.size() || !opensWith(text, lines.get(i - 1), "序编")) {
            return false; // (the cheap look first: it is asked of every line of a text with a line opening so)
        }
        List<Run> above = cells(text, lines.get(i - 1));
        List<Run> below = cells(text, lines.get(i + 1));
        List<Run> middle = cells(text, lines.get(i));
        if (above.isEmpty() || below.isEmpty() || middle.isEmpty() || above.get(0).end() - above.get(0).start() != 1
                || below.get(0).end() - below.get(0).start() != 1 || text.charAt(below.get(0).start()) != '号'
                || "序编".indexOf(text.charAt(above.get(0).start())) < 0) {
            return false;
        }
        return above.get(0).to() <= middle.get(0).from() && below.get(0).to() <= middle.get(0).from();
    }

    /** Whether the line's first character after its blanks is one of {@code chars}. */
    private static boolean opensWith(String text, Line line, String chars) {
        for (int k = line.start(); k < line.end(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '　') {
                return chars.indexOf(c) >= 0;
            }
        }
        return false;
    }

    /**
     * The header's cells as one row: the header line's cells and those of the lines of its band, but for a cell over
     * two or more cells of the line below it (责任单位 over 牵头单位 | 配合单位), which groups them and is no column.
     */
    private static List<Run> headerRow(String text, List<Line> headerLines, Line header, List<Run> headerCells) {
        List<Run> row = new ArrayList<>(headerCells);
        for (int l = 0; l < headerLines.size(); l++) {
            if (headerLines.get(l) == header) {
                continue;
            }
            // a cell above the header's line groups the cells of the line as far below it
            List<Run> below = cells(text, headerLines.get(headerLines.size() - 1 - l));
            for (Run cell : cells(text, headerLines.get(l))) {
                if (l < headerLines.size() / 2 && grouped(cell, headerCells, below) >= 2) {
                    continue;
                }
                row.add(cell);
            }
        }
        row.sort(java.util.Comparator.comparingInt(Run::from));
        return row;
    }

    /** How many cells of the line below stand between the header cells on either side of {@code cell}. */
    private static int grouped(Run cell, List<Run> headerCells, List<Run> below) {
        int left = Integer.MIN_VALUE;
        int right = Integer.MAX_VALUE;
        for (Run h : headerCells) {
            if (h.to() <= cell.from()) {
                left = Math.max(left, h.to());
            } else if (h.from() >= cell.to()) {
                right = Math.min(right, h.from());
            }
        }
        int count = 0;
        for (Run b : below) {
            if (b.from() >= left && b.to() <= right) {
                count++;
            }
        }
        return count;
    }

    private static List<String> texts(String text, List<Run> cells) {
        return cells.stream().map(c -> text.substring(c.start(), c.end())).toList();
    }

    /** The header as one line: each column's header cells top to bottom, set apart by tabs. */
    private static void writeHeader(String text, List<Run> headerRow, List<Run> columnRuns, int[] edges, int lineEnd,
                                    Rewrite out) {
        int columns = columnRuns.size();
        List<List<Run>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            byColumn.add(new ArrayList<>());
        }
        for (Run cell : headerRow) {
            // a header cell is in the column it made; the edges' tolerance would put a narrow column's cell (序 over 号)
            // in the next one
            int own = -1;
            for (int c = 0; c < columns && own < 0; c++) {
                if (columnRuns.get(c).from() <= cell.from() && cell.to() <= columnRuns.get(c).to()) {
                    own = c;
                }
            }
            byColumn.get(own >= 0 ? own : column(edges, cell)).add(cell);
        }
        for (int c = 0; c < columns; c++) {
            if (c > 0) {
                out.add("\t", byColumn.get(c).isEmpty() ? lineEnd : byColumn.get(c).get(0).start());
            }
            byColumn.get(c).sort(java.util.Comparator.comparingInt(Run::start));
            for (Run cell : byColumn.get(c)) {
                out.copy(cell.start(), cell.end());
            }
        }
        out.add("\n", lineEnd);
    }

    /**
     * How many lines above the header, and as many below it, hold a header cell centred on it: lines whose every cell
     * stands in a gap between the header's cells.
     */
    private static int headerBand(String text, List<Line> lines, int header, int end, List<Run> headerCells) {
        int k = 0;
        while (k < MAX_BAND && header - k - 1 >= 0 && header + k + 1 < end
                && inGaps(cells(text, lines.get(header - k - 1)), headerCells)
                && inGaps(cells(text, lines.get(header + k + 1)), headerCells)) {
            k++;
        }
        return k;
    }

    private static boolean inGaps(List<Run> cells, List<Run> headerCells) {
        if (cells.isEmpty()) {
            return false;
        }
        for (Run cell : cells) {
            for (Run h : headerCells) {
                if (cell.from() < h.to() && h.from() < cell.to()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The header's cells and, for each gap the band's lines fill, one more cell covering what stands there. */
    private static List<Run> columns(List<Run> headerRow, List<Run> headerCells) {
        List<Run> columns = new ArrayList<>(headerCells);
        for (Run cell : headerRow) {
            if (headerCells.contains(cell)) {
                continue;
            }
            int merged = -1;
            for (int c = headerCells.size(); c < columns.size(); c++) {
                Run other = columns.get(c);
                if (cell.from() < other.to() + TOLERANCE && other.from() < cell.to() + TOLERANCE) {
                    merged = c;
                }
            }
            if (merged < 0) {
                columns.add(cell);
            } else {
                Run other = columns.get(merged);
                columns.set(merged, new Run(other.start(), other.end(), Math.min(other.from(), cell.from()),
                        Math.max(other.to(), cell.to())));
            }
        }
        columns.sort(java.util.Comparator.comparingInt(Run::from));
        return columns;
    }

    /**
     * One table's body, read past what interrupts it: a category row (一、…（4项）) stands between its rows, a page break
     * (with its page number, a repeated header, or neither) too, the next page's margin perhaps a little narrower.
     * Each part between them is cut into bands on its own.
     */
    private static final class Table {
        private final String text;
        private final List<Line> lines;
        private final int[] edges;
        /** The header cells' centres, by column. */
        private final int[] centres;
        private final int first;
        private final List<Run> headerCells;
        private final List<String> headerTexts;
        private final int headerBand;
        private final List<Part> parts = new ArrayList<>();
        /** How many columns to add to a line's cells to stand them under the first page's columns. */
        private final java.util.Map<Line, Integer> shifts = new java.util.HashMap<>();
        private int lastNumber;
        private int firstPageLeft = -1;
        /** Each body line's cells, split once: the bands are tried and written from them several times. */
        private final java.util.Map<Line, List<Run>> cellsByLine = new java.util.HashMap<>();

        /** A run of rows, after the category row that heads it (null when a page break or the header does). */
        private record Part(Line category, List<Line> lines, List<List<Line>> bands) {
        }

        Table(String text, List<Line> lines, int[] edges, int[] centres, int first, List<Run> headerCells,
              int headerBand) {
            this.centres = centres;
            this.text = text;
            this.headerCells = headerCells;
            this.headerTexts = texts(text, headerCells);
            this.lines = lines;
            this.edges = edges;
            this.first = first;
            this.headerBand = headerBand;
        }

        /**
         * The line after the header's last lines: a run of numbered sub-header lines (the months 1 2 … 12 under
         * 推进节点（月）) or of short cells centred under the header's or giving its unit (（亿元） under 总投资).
         */
        int pastCountingLines(int from) {
            int j = from;
            while (j < lines.size() && (counting(lines.get(j)) || underHeader(lines.get(j)))) {
                j++;
            }
            return j;
        }

        private boolean underHeader(Line line) {
            List<Run> cells = CentredBands.cells(text, line);
            if (cells.isEmpty()) {
                return false;
            }
            for (Run cell : cells) {
                if (cell.to() - cell.from() > MAX_HEADER_WIDTH
                        || !UNIT_OF_MEASURE.matcher(text.substring(cell.start(), cell.end())).find()
                        && headerCells.stream().noneMatch(h -> Math.abs(h.centre() - cell.centre()) <= TOLERANCE + 1)) {
                    return false;
                }
            }
            return true;
        }

        private boolean counting(Line line) {
            List<Run> cells = CentredBands.cells(text, line);
            if (cells.size() < 3) {
                return false;
            }
            for (int c = 0; c < cells.size(); c++) {
                if (!text.substring(cells.get(c).start(), cells.get(c).end()).equals(Integer.toString(c + 1))) {
                    return false;
                }
            }
            return cells.get(0).from() >= edges[Math.min(first + 1, edges.length - 1)];
        }

        /** Reads the body from line {@code from}; returns the line the table ends before. */
        int scan(int from) {
            int shift = pageShift(from);
            Line category = null;
            List<Line> current = new ArrayList<>();
            int j = from;
            while (j < lines.size()) {
                Line line = lines.get(j);
                String s = text.substring(line.start(), line.end());
                if (s.isBlank() || PAGE_LINE.matcher(s).matches()) {
                    int next = j + 1;
                    while (next < lines.size() && (blank(text, lines.get(next))
                            || PAGE_LINE.matcher(text.substring(lines.get(next).start(), lines.get(next).end())).matches())) {
                        next++;
                    }
                    int header = repeatedHeader(next);
                    if (header < 0 && !continues(next)) {
                        break;
                    }
                    close(category, current);
                    category = null;
                    current = new ArrayList<>();
                    j = header >= 0 ? pastCountingLines(header + headerBand + 1) : next;
                    shift = pageShift(j);
                    continue;
                }
                int header = repeatedHeader(j);
                if (header >= 0) {
                    close(category, current);
                    category = null;
                    current = new ArrayList<>();
                    j = pastCountingLines(header + headerBand + 1);
                    continue;
                }
                if (Cleaner.OUTLINE_HEADING.matcher(s).find()) {
                    if (!continues(j + 1)) {
                        break;
                    }
                    close(category, current);
                    category = line;
                    current = new ArrayList<>();
                    j++;
                    continue;
                }
                if (TABLE_END.matcher(s).find() && prose(line)) {
                    break;
                }
                shifts.put(line, shift);
                if (!rowCells(line).isEmpty()) {
                    current.add(line);
                    int number = number(line);
                    if (number > 0) {
                        lastNumber = number;
                    }
                }
                j++;
            }
            close(category, current);
            return j;
        }

        private void close(Line category, List<Line> current) {
            if (category != null || !current.isEmpty()) {
                parts.add(new Part(category, current, new ArrayList<>()));
            }
        }

        /** A note under the table (注：…) or a sentence set from the margin, not a cell's text. */
        private boolean prose(Line line) {
            String s = text.substring(line.start(), line.end());
            if (s.matches("^[ \u3000]*(?:注|说明|备注)[：:].*")) {
                return true;
            }
            List<Run> cells = CentredBands.cells(text, line);
            if (cells.size() != 1) {
                return false;
            }
            // from the margin, or wider than the column it starts in
            int column = column(edges, cells.get(0));
            return cells.get(0).from() < edges[Math.min(first + 1, edges.length - 1)]
                    || column + 1 < edges.length && cells.get(0).to() > edges[column + 1] + 2 * TOLERANCE;
        }

        /** The header's line when the header stands again at {@code from} (its band's top line there), else -1. */
        private int repeatedHeader(int from) {
            for (int j = from; j < Math.min(lines.size(), from + headerBand + 1); j++) {
                Line line = lines.get(j);
                if ((HEADER_START.matcher(text.substring(line.start(), line.end())).find()
                        || numberWordAround(text, lines, j))
                        && texts(text, CentredBands.cells(text, line)).equals(headerTexts)) {
                    return j;
                }
            }
            return -1;
        }

        /** Whether the next row's number stands within a band's reach of {@code from}. */
        private boolean continues(int from) {
            for (int j = from; j < Math.min(lines.size(), from + 2 * MAX_BAND + 2); j++) {
                if (blank(text, lines.get(j))) {
                    return false;
                }
                List<Run> cells = CentredBands.cells(text, lines.get(j));
                if (!cells.isEmpty() && cells.get(0).from() < edges[Math.min(first + 1, edges.length - 1)] + 2 * TOLERANCE
                        && text.substring(cells.get(0).start(), cells.get(0).end()).equals(Integer.toString(lastNumber + 1))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * How many columns the page starting at {@code from} stands left of the first one: its row numbers' left edge
         * against theirs.
         */
        private int pageShift(int from) {
            int left = Integer.MAX_VALUE;
            // a page's rows are looked at up to its end, or as far as a page of rows goes
            for (int j = from; j < Math.min(lines.size(), from + MAX_PAGE_LINES) && !blank(text, lines.get(j)); j++) {
                List<Run> cells = CentredBands.cells(text, lines.get(j));
                if (!cells.isEmpty() && cells.get(0).from() < edges[Math.min(first + 1, edges.length - 1)] + 2 * TOLERANCE
                        && NUMBER.matcher(text.substring(cells.get(0).start(), cells.get(0).end())).matches()) {
                    left = Math.min(left, cells.get(0).from());
                }
            }
            if (left == Integer.MAX_VALUE) {
                return 0;
            }
            if (firstPageLeft < 0) {
                firstPageLeft = left;
            }
            return firstPageLeft - left;
        }

        /** The row number a line starts with in the numbers' column, or 0. */
        private int number(Line line) {
            List<Run> cells = rowCells(line);
            if (!cells.isEmpty() && cells.get(0).from() < edges[Math.min(first + 1, edges.length - 1)] + TOLERANCE
                    && NUMBER.matcher(text.substring(cells.get(0).start(), cells.get(0).end())).matches()) {
                return Integer.parseInt(text.substring(cells.get(0).start(), cells.get(0).end()));
            }
            return 0;
        }

        /**
         * The parts' rows as bands; empty unless every part reads as bands around its numbers (see the class) and some
         * row is a band of more than one line. A band's lines fill only columns its number line leaves empty, unless
         * the table opens with a row's top line above the first number: then the cells are top-aligned and only the
         * one-line ones centred.
         */
        List<List<Line>> bands() {
            List<List<Line>> all = new ArrayList<>();
            boolean centred = !parts.isEmpty() && opensAboveItsNumber(parts.get(0).lines());
            for (Part part : parts) {
                if (part.lines().isEmpty()) {
                    continue;
                }
                List<List<Line>> bands = bands(part.lines(), centred);
                if (bands == null) {
                    return List.of();
                }
                part.bands().addAll(bands);
                all.addAll(bands);
            }
            if (all.stream().filter(b -> number(numberLine(b)) > 0).count() < MIN_ROWS
                    || all.stream().noneMatch(b -> b.size() > 1)) {
                return List.of();
            }
            return all;
        }

        /**
         * Whether a part's first number has a line above it that holds a cell of words (a row's top line), not a
         * header's second line ((亿元) under 总投资).
         */
        private boolean opensAboveItsNumber(List<Line> body) {
            for (Line line : body) {
                if (number(line) > 0) {
                    return false;
                }
                if (rowCells(line).stream().anyMatch(c -> c.to() - c.from() >= MIN_WORDS_WIDTH
                        && WORDS.matcher(text.substring(c.start(), c.end())).find())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A part's rows as bands, or null when its lines are not such bands. A row's lines below its number are as many
         * as above it, or one more (a cell of an even number of lines prints its one-line neighbours on its upper
         * middle line); of the readings that fit, the one whose bands' top lines end no sentence is taken (a line that
         * ends a sentence above a number is the last line of the row before), the more symmetric first.
         */
        private List<List<Line>> bands(List<Line> body, boolean centred) {
            List<Integer> numbered = new ArrayList<>();
            for (int k = 0; k < body.size(); k++) {
                if (number(body.get(k)) > 0) {
                    numbered.add(k);
                }
            }
            if (numbered.isEmpty()) {
                return null;
            }
            int[] best = bestReading(body, numbered, centred);
            if (best == null) {
                return centred ? null : topAligned(body, numbered);
            }
            List<List<Line>> bands = new ArrayList<>();
            int above = numbered.get(0);
            for (int r = 0; r < numbered.size(); r++) {
                int at = numbered.get(r);
                bands.add(body.subList(at - above, at + best[r] + 1));
                int gap = (r + 1 < numbered.size() ? numbered.get(r + 1) : body.size()) - at - 1;
                above = gap - best[r];
            }
            return bands;
        }

        /**
         * The rows of a table that prints each row's number on its first line and its wrapped cells' rest on the lines
         * under it, in their columns (名单 tables of a PDF: 新能源汽车动力系统创新 ⏎ 联合体): each number line with the
         * lines below it, when none of those stands in the number's column; null when the lines are not so.
         */
        private List<List<Line>> topAligned(List<Line> body, List<Integer> numbered) {
            // (not two tables set side by side, their header repeated: 序号 … 序号 …)
            if (numbered.get(0) != 0 || new java.util.HashSet<>(headerTexts).size() < headerTexts.size()) {
                return null;
            }
            int numberColumnEnd = edges[Math.min(first + 1, edges.length - 1)] - TOLERANCE;
            List<List<Line>> bands = new ArrayList<>();
            for (int r = 0; r < numbered.size(); r++) {
                int at = numbered.get(r);
                int next = r + 1 < numbered.size() ? numbered.get(r + 1) : body.size();
                if (next - at - 1 > MAX_BAND || next < body.size() && next - at > 1
                        && goesOnIntoNextRow(body.get(at), body.get(next - 1), body.get(next))) {
                    return null;
                }
                for (int k = at + 1; k < next; k++) {
                    List<Run> cells = rowCells(body.get(k));
                    if (cells.isEmpty() || cells.get(0).from() < numberColumnEnd) {
                        return null;
                    }
                }
                bands.add(body.subList(at, next));
            }
            return bands;
        }

        /**
         * Whether the line above the next row's number line holds, in a column that number line fills too, a piece about
         * as wide as the row's top piece in that column: a full line whose text goes on below it, so the row's number
         * stands in its middle (a centred row), not on its top line.
         */
        private boolean goesOnIntoNextRow(Line top, Line last, Line nextNumber) {
            List<Run> topCells = rowCells(top);
            List<Run> nextCells = rowCells(nextNumber);
            for (Run piece : rowCells(last)) {
                int column = column(edges, piece);
                Run above = null;
                for (int k = 1; k < topCells.size(); k++) {
                    if (column(edges, topCells.get(k)) == column) {
                        above = topCells.get(k);
                    }
                }
                boolean below = false;
                for (int k = 1; k < nextCells.size(); k++) {
                    below |= column(edges, nextCells.get(k)) == column;
                }
                int width = piece.to() - piece.from();
                int full = above == null ? 0 : above.to() - above.from();
                if (above != null && below && width >= full - 2 * TOLERANCE && width <= full + TOLERANCE) {
                    return true;
                }
            }
            return false;
        }

        /** The band's line that holds its row's number (its middle, or the upper middle of an even band). */
        private Line numberLine(List<Line> band) {
            for (Line line : band) {
                if (number(line) > 0) {
                    return line;
                }
            }
            return band.get(band.size() / 2);
        }

        /** No reading: a state from which the rows cannot be cut into bands. */
        private static final int NO_FIT = Integer.MAX_VALUE;

        /**
         * The lines below each number of the reading whose bands' top lines end the fewest sentences (the symmetric
         * band first among equals), or null when none fits; by dynamic programming over (row, lines above it), so
         * linear in the rows.
         */
        private int[] bestReading(List<Line> body, List<Integer> numbered, boolean centred) {
            int rows = numbered.size();
            java.util.Map<Long, int[]> memo = new java.util.HashMap<>(); // state -> {cost, below}
            int cost = cost(body, numbered, centred, 0, numbered.get(0), memo);
            if (cost == NO_FIT) {
                return null;
            }
            int[] below = new int[rows];
            int above = numbered.get(0);
            for (int r = 0; r < rows; r++) {
                below[r] = memo.get((long) r << 32 | above)[1];
                int at = numbered.get(r);
                int gap = (r + 1 < rows ? numbered.get(r + 1) : body.size()) - at - 1;
                above = gap - below[r];
            }
            return below;
        }

        private int cost(List<Line> body, List<Integer> numbered, boolean centred, int r, int above,
                         java.util.Map<Long, int[]> memo) {
            long state = (long) r << 32 | above;
            int[] known = memo.get(state);
            if (known != null) {
                return known[0];
            }
            int best = NO_FIT;
            int bestBelow = -1;
            int at = numbered.get(r);
            if (above <= MAX_BAND) {
                int own = sentencesAbove(body, at, above);
                int gap = (r + 1 < numbered.size() ? numbered.get(r + 1) : body.size()) - at - 1;
                // one line more below than above only in a table known to centre its cells (its first row opens above its
                // number): a table that prints numbers on their rows' first lines is left to the other readers
                for (int b = above; b <= above + (centred ? 1 : 0); b++) {
                    if (b > gap || b > MAX_BAND || !fillsFreeColumns(body, at, above, b, centred)) {
                        continue;
                    }
                    int rest = r + 1 == numbered.size() ? (b == gap ? 0 : NO_FIT)
                            : cost(body, numbered, centred, r + 1, gap - b, memo);
                    if (rest != NO_FIT && own + rest < best) {
                        best = own + rest;
                        bestBelow = b;
                    }
                }
            }
            memo.put(state, new int[] {best, bestBelow});
            return best;
        }

        /**
         * Whether the band's other lines fill only columns its number line leaves empty (always, when the table's cells
         * are top-aligned and only the one-line ones centred).
         */
        private boolean fillsFreeColumns(List<Line> body, int at, int above, int below, boolean centred) {
            if (above == 0 || centred) {
                return true;
            }
            java.util.Set<Integer> middle = new java.util.HashSet<>();
            List<Run> middleCells = rowCells(body.get(at));
            for (int k = 0; k < middleCells.size(); k++) {
                middle.add(k == 0 ? first : column(edges, middleCells.get(k)));
            }
            for (int k = at - above; k <= at + below; k++) {
                if (k != at && rowCells(body.get(k)).stream().anyMatch(c -> middle.contains(column(edges, c)))) {
                    return false;
                }
            }
            return true;
        }

        /** How many of the {@code above} lines over the number line at {@code at} end a sentence. */
        private int sentencesAbove(List<Line> body, int at, int above) {
            int ended = 0;
            for (int k = at - above; k < at; k++) {
                String line = text.substring(body.get(k).start(), body.get(k).end()).strip();
                ended += line.endsWith("。") || line.endsWith("；") ? 1 : 0;
            }
            return ended;
        }

        /** Each part: its category row as it stands, then each band as one row (see {@link #writeBand}). */
        void write(List<List<Line>> bands, int columns, Rewrite out) {
            for (Part part : parts) {
                if (part.category() != null) {
                    // a row of one cell, as the rows around it are rows: the table goes on past it
                    out.copy(part.category().start(), part.category().end());
                    out.add("\t\n", part.category().end());
                }
                for (List<Line> band : part.bands()) {
                    writeBand(band, columns, out);
                }
            }
        }

        /** A band as one row: its cells joined column by column, top to bottom, and set apart by tabs. */
        private void writeBand(List<Line> band, int columns, Rewrite out) {
            int lineEnd = band.get(band.size() - 1).end();
            if (band.size() == 1) {
                // a row of one-line cells: its cells in order, as a spaced row is read, under the columns left out before
                List<Run> cells = rowCells(band.get(0));
                if (first > 0 && !cells.isEmpty()) {
                    out.add("\t".repeat(first), cells.get(0).start());
                }
                for (int c = 0; c < cells.size(); c++) {
                    if (c > 0) {
                        out.add("\t", cells.get(c).start());
                    }
                    out.copy(cells.get(c).start(), cells.get(c).end());
                }
                out.add("\n", lineEnd);
                return;
            }
            List<List<Run>> byColumn = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                byColumn.add(new ArrayList<>());
            }
            Line middle = numberLine(band);
            for (Line line : band) {
                List<Run> cells = rowCells(line);
                for (int k = 0; k < cells.size(); k++) {
                    byColumn.get(k == 0 && line == middle ? first : placed(edges, centres, cells.get(k))).add(cells.get(k));
                }
            }
            List<Run> topCells = rowCells(band.get(0));
            int top = topCells.isEmpty() ? band.get(0).start() : topCells.get(0).start();
            for (int c = 0; c < byColumn.size(); c++) {
                if (c > 0) {
                    out.add("\t", byColumn.get(c).isEmpty() ? lineEnd : byColumn.get(c).get(0).start());
                }
                Run previous = null;
                for (Run cell : byColumn.get(c)) {
                    if (c == first && cell == byColumn.get(first).get(0)) {
                        // the row as printed starts on its top line: its number stands there, so the row's quote does
                        out.add(text.substring(cell.start(), cell.end()), top);
                    } else {
                        if (previous != null && UNIT_LINE_ENDS.indexOf(text.charAt(previous.end() - 1)) >= 0) {
                            out.add("、", cell.start()); // a unit's line then the next unit's (县科技局 ⏎ 国家税务总局…)
                        }
                        out.copy(cell.start(), cell.end());
                    }
                    previous = cell;
                }
            }
            out.add("\n", lineEnd);
        }

        /**
         * A body line's cells from the numbers' column on (a vertical 类别 cell's characters before it are left out),
         * stood under the first page's columns, a run that a single blank parts at a column's edge cut there (a cell
         * filled to its right edge prints next to the next one: 突破茶多酚 县农业农村局).
         */
        private List<Run> rowCells(Line line) {
            return cellsByLine.computeIfAbsent(line, this::splitCells);
        }

        private List<Run> splitCells(Line line) {
            int shift = shifts.getOrDefault(line, 0);
            List<Run> cells = new ArrayList<>();
            for (Run run : CentredBands.cells(text, line)) {
                int start = run.start();
                int from = run.from();
                int column = run.from();
                for (int i = run.start(); i < run.end(); i++) {
                    char c = text.charAt(i);
                    int width = DisplayWidth.wide(c) ? 2 : 1;
                    if (c == ' ' && i > start && atEdge(column + width + shift, from + shift)) {
                        cells.add(new Run(start, i, from + shift, column + shift));
                        start = i + 1;
                        from = column + width;
                    }
                    column += width;
                }
                cells.add(new Run(start, run.end(), from + shift, run.to() + shift));
            }
            return first == 0 ? cells : cells.stream().filter(c -> column(edges, c) >= first).toList();
        }

        /** Whether a cell starting at {@code at} starts a column that {@code from} lies left of. */
        private boolean atEdge(int at, int from) {
            for (int c = 1; c < edges.length; c++) {
                if (edges[c] > from + TOLERANCE && Math.abs(at - edges[c]) <= TOLERANCE) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean blank(String text, Line line) {
        return text.substring(line.start(), line.end()).isBlank();
    }

    /**
     * Where each column starts: a header is centred over its column and the cells under it start at its left edge, so
     * a column ends as far right of its header's centre as it starts left of it (and no later than the next header).
     */
    private static int[] edges(List<Run> columns) {
        int[] edges = new int[columns.size()];
        edges[0] = Math.min(0, columns.get(0).from());
        for (int c = 1; c < columns.size(); c++) {
            Run before = columns.get(c - 1);
            int mirrored = 2 * before.centre() - edges[c - 1];
            edges[c] = Math.max(before.from() + 1, Math.min(mirrored, columns.get(c).from()));
        }
        return edges;
    }

    /**
     * The column of a row's cell: by the edges, unless it runs over the next column's edge and stands nearer that
     * column's header (a wrapped cell wider than its header is centred under it, its first letters left of the edge).
     */
    private static int placed(int[] edges, int[] centres, Run cell) {
        int c = column(edges, cell);
        boolean crosses = c + 1 < edges.length && cell.to() > edges[c + 1] + TOLERANCE;
        return crosses && Math.abs(centres[c + 1] - cell.centre()) < Math.abs(centres[c] - cell.centre()) ? c + 1 : c;
    }

    /** The last column that starts at the cell or before it (a PDF's spacing is approximate). */
    private static int column(int[] edges, Run cell) {
        int column = 0;
        for (int c = 1; c < edges.length; c++) {
            if (edges[c] <= cell.from() + TOLERANCE) {
                column = c;
            }
        }
        return column;
    }

    private static List<Run> cells(String text, Line line) {
        return Rewrite.runs(text, line, (start, at) -> false);
    }

    /**
     * The header's cells with its number word set apart from a narrow column printed one blank after it
     * (序号 政策条款): a header's words hold no blank, so the blank parts two cells.
     */
    private static List<Run> numberApart(String text, List<Run> cells) {
        List<Run> out = new ArrayList<>(cells.size() + 1);
        for (Run c : cells) {
            String cell = text.substring(c.start(), c.end());
            int blank = cell.indexOf(' ');
            boolean numberWord = cell.startsWith(NUMBER_WORDS[0]) || cell.startsWith(NUMBER_WORDS[1]);
            if (out.size() < 2 && numberWord && blank == NUMBER_WORDS[0].length() && cell.length() > blank + 1
                    && cell.charAt(blank + 1) != ' ') {
                int width = DisplayWidth.of(cell.substring(0, blank));
                out.add(new Run(c.start(), c.start() + blank, c.from(), c.from() + width));
                out.add(new Run(c.start() + blank + 1, c.end(), c.from() + width + 1, c.to()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** A body line's cells from the numbers' column on: a vertical 类别 cell's characters before it are left out. */
    private static List<Run> cells(String text, Line line, int[] edges, int first) {
        List<Run> cells = cells(text, line);
        return first == 0 ? cells : cells.stream().filter(c -> column(edges, c) >= first).toList();
    }

    /** The column of the rows' numbers (序号): the first, or the second after a 类别 column. */
    private static int numberColumn(String text, List<Run> columns) {
        for (int c = 0; c < Math.min(2, columns.size()); c++) {
            if (NUMBER_HEADER.matcher(text.substring(columns.get(c).start(), columns.get(c).end())).matches()) {
                return c;
            }
        }
        return 0;
    }
}

package dev.collabgraph.loader.text;

import dev.collabgraph.loader.text.Rewrite.Line;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An indicator table a PDF prints by position, in a way its gaps do not part: columns so narrow that one blank parts a
 * name from its unit or one year's figure from the next, or header cells set over two or three lines (a year above the
 * names, its 基期值 below them, or a cell wrapped and centred on the others):
 * <pre>
 *                          2025年（基
 *    序号  指标名称   单位            2028年（目标）
 *                             期）
 *    1   科技城研发经费投入强度 %  4.1      5.0
 *    2   研发经费投入强
 *        度             %   4.1      5.0
 * </pre>
 * Read by its gaps, cells run together and the years stand on lines of their own. Its header's words stand over its
 * columns, though: words that overlap across the header's lines are one column's name, read top to bottom. Each body
 * line's words are placed in those columns in order, each as near as it can be to its column's room (from the column's
 * left edge to the next one's), two words sharing a cell only when that is much nearer; a line without a new row's
 * first cell goes on with the row above (a wrapped name). Each row is written as tab-parted cells. Only a header that
 * names years over two columns or more, with a name column, is read so, and only when the gaps would misread it (its
 * years only on the lines around its names, or one blank between two columns' words in its body): a table whose gaps
 * part every cell is left to them.
 */
final class AlignedColumns {
    /** A header word naming a year: 2025, 2025年, 2025年（基期）, 2025年目 (the rest wrapped). */
    private static final Pattern YEAR_WORD = Pattern.compile("^20\\d{2} ?(?:年\\S{0,6})?$");
    private static final Pattern NAME_WORD = Pattern.compile("指标|名称|项目");
    private static final String[] NAME_WORDS = {"指标", "名称", "项目"};
    private static final String[] TAB = {"\t"};
    private static final Pattern NUMBER_HEADER = Pattern.compile("^(?:序号|编号)$");
    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,3}[.．、]?$");
    /** A category row's label: 一、, （一）. */
    private static final Pattern CATEGORY = Pattern.compile("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)");
    private static final Pattern FIGURE = Pattern.compile("^[≥≤>＞<＜约]?\\d+(?:,\\d{3})*(?:\\.\\d+)?[%％]?$");
    /** A year's cell: a figure, or a dash or slash for none. */
    private static final Pattern YEAR_CELL = Pattern.compile("^(?:[≥≤>＞<＜约]?\\d+(?:,\\d{3})*(?:\\.\\d+)?[%％]?|[—－\\-/／]{1,2})$");
    /** The longest piece of a name a wrap may carry to the margin of a numbered table. */
    private static final int MAX_WRAPPED = 8;
    private static final int MIN_YEARS = 2;
    private static final int MIN_ROWS = 2;
    /** Lines a header cell may take above or below the header's line of names. */
    private static final int MAX_BAND = 2;
    /** The longest word a header's extra line holds (a year with its note, 基期值, a name's wrapped half). */
    private static final int MAX_BAND_WORD = 12;
    /** What two words put in one cell on one line cost, in half display columns: the nearer column must be this much nearer. */
    private static final int SHARED_CELL = 6;
    /** How far outside its column's room a word may stand (more for a wide word, centred over a narrow name). */
    private static final int MIN_STRAY = 3;

    private AlignedColumns() {
    }

    /** A word of a printed line: [start, end) in the text and the display columns [from, to) it covers. */
    private record Word(int start, int end, int from, int to) {
    }

    /** A column of the header: the display columns its words cover, and the words, top to bottom. */
    private record Column(int from, int to, List<Word> words) {
    }

    /** The text with such tables written as tab rows, or empty when it has none. */
    static Optional<Rewrite.Rearranged> rearrange(String text) {
        if (text.indexOf("指标") < 0 && text.indexOf("名称") < 0 && text.indexOf("项目") < 0) {
            return Optional.empty();
        }
        List<Line> lines = Rewrite.lines(text);
        Rewrite out = new Rewrite(text);
        int done = 0; // lines before this are part of a table already written
        for (int i = 0; i < lines.size(); i++) {
            List<Word> names = names(text, lines.get(i));
            if (names.isEmpty()) {
                continue;
            }
            int first = i;
            while (first > done && i - first < MAX_BAND && !lines.get(first - 1).holds(text, TAB)
                    && isBand(text, words(text, lines.get(first - 1)))) {
                first--;
            }
            int next = i + 1;
            while (next < lines.size() && next - i <= MAX_BAND && !lines.get(next).holds(text, TAB)
                    && isBand(text, words(text, lines.get(next)))) {
                next++;
            }
            List<Word> headerWords = new ArrayList<>();
            for (int k = first; k < next; k++) {
                headerWords.addAll(joinYears(text, words(text, lines.get(k))));
            }
            List<Column> columns = columns(headerWords);
            List<Integer> yearColumns = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).words().stream().anyMatch(w -> YEAR_WORD.matcher(word(text, w)).matches())) {
                    yearColumns.add(c);
                }
            }
            if (yearColumns.size() < MIN_YEARS || columns.size() < 3) {
                continue;
            }
            // 序号 on one line, or wrapped one character a line (序 above, 号 below)
            boolean numbered = NUMBER_HEADER.matcher(columns.get(0).words().stream().map(w -> word(text, w))
                    .collect(Collectors.joining())).matches()
                    || columns.get(0).words().stream().anyMatch(w -> NUMBER_HEADER.matcher(word(text, w)).matches());
            int nameColumn = nameColumn(text, columns);
            boolean centred = false;
            // the body's lines, each word in its column, grouped into rows
            List<List<List<Word>>> rows = new ArrayList<>();
            // the gaps misread it when its years stand on the lines around its names' line (or one year's cell is cut
            // inside its bracket there) or one blank parts two columns' words in its body
            boolean joined = names.stream().noneMatch(w -> YEAR_WORD.matcher(word(text, w)).matches())
                    || yearAround(text, lines, first, next, i);
            // where the rows' cells were seen to start (a display column), by the lines whose cells counted out
            Map<Integer, Integer> starts = new HashMap<>();
            int end = next;
            for (; end < lines.size(); end++) {
                List<Word> words = lines.get(end).holds(text, TAB) ? List.of() : words(text, lines.get(end));
                Optional<int[]> counted = words.isEmpty() ? Optional.empty() : counted(text, words, columns, yearColumns, starts);
                int[] placed = words.isEmpty() ? null : counted.orElseGet(() -> place(words, columns, 0, starts));
                if (placed == null || counted.isEmpty() && !stands(words, placed, columns, starts)
                        || words.stream().anyMatch(w -> sentence(text, w))) {
                    break;
                }
                counted.ifPresent(p -> learnStarts(words, p, starts));
                List<List<Word>> cells = cells(words, placed, columns.size());
                boolean numberCell = numbered && !cells.get(0).isEmpty();
                Word opening = words.get(0);
                List<List<Word>> open = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                if (numbered && opening.from < columns.get(0).to()
                        && !(numberCell && cells.get(0).size() == 1 && ROW_NUMBER.matcher(word(text, opening)).matches())) {
                    if (open == null || !wrappedName(text, words, open, yearColumns, lines, end + 1)) {
                        break; // a heading at the margin, under the numbers' column
                    }
                    open.get(nameColumn).addAll(words);
                    continue;
                }
                // a row opens with its first cell, or with its figures under a merged first cell (a 类别 column), once
                // the row before has its own; a category row (一、…) stands alone
                boolean openDone = open == null || figures(text, open, yearColumns) > 0
                        || CATEGORY.matcher(word(text, open.stream().flatMap(List::stream).findFirst().orElseThrow())).lookingAt();
                // a category row (一、…) or a heading after the table stands alone in a numbered table too
                boolean category = CATEGORY.matcher(word(text, opening)).lookingAt() && figures(text, cells, yearColumns) == 0;
                boolean opens = numbered ? numberCell || category
                        : openDone && (!cells.get(0).isEmpty() || figures(text, cells, yearColumns) > 0);
                if (opens) {
                    // a numbered row without its name: the name is printed centred around its line, the table's cells
                    // centred in their rows (a reader of bands reads it)
                    centred |= numbered && cells.get(nameColumn).isEmpty();
                    rows.add(cells);
                } else if (open != null) {
                    for (int c = 0; c < columns.size(); c++) {
                        open.get(c).addAll(cells.get(c)); // a cell wrapped onto this line
                    }
                } else {
                    break;
                }
                joined |= sharesCell(words, placed);
            }
            int kept = rows.size();
            while (kept > 0 && figures(text, rows.get(kept - 1), yearColumns) == 0) {
                kept--; // a heading after the table is no row of it
            }
            List<List<List<Word>>> body = rows.subList(0, kept);
            long filled = body.stream().filter(r -> figures(text, r, yearColumns) >= MIN_YEARS).count();
            if (filled < MIN_ROWS || !joined || centred) {
                continue; // gaps of two blanks or more part its cells, and one line holds its header: the cleaner reads it
            }
            int from = lines.get(first).start();
            int to = lineEnd(lines, last(body));
            out.replace(from, to, () -> {
                List<List<Word>> header = columns.stream().map(Column::words).toList();
                write(text, header, out);
                for (List<List<Word>> row : body) {
                    out.add("\n", firstWord(row).start);
                    write(text, row, out);
                }
            });
            while (end > i && lines.get(end - 1).start() >= to) {
                end--;
            }
            i = end - 1;
            done = end;
        }
        return out.finish();
    }

    /**
     * A header line's words with a year and the 年 after it one word: a PDF's text parts half-width digits from the
     * characters after them by a blank (2025 年), which is no gap between two columns.
     */
    private static List<Word> joinYears(String text, List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            Word last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && text.charAt(w.start) == '年' && w.from - last.to == 1 && last.end - last.start == 4
                    && YEAR_WORD.matcher(word(text, last)).matches()) {
                out.set(out.size() - 1, new Word(last.start, w.end, last.from, w.to));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Whether a header line around the names' line (from {@code first} to {@code next}) holds a year cell cut inside its
     * bracket (2024年（ above, 基期） below): the gaps cannot join the two halves.
     */
    private static boolean yearAround(String text, List<Line> lines, int first, int next, int names) {
        for (int k = first; k < next; k++) {
            if (k != names && words(text, lines.get(k)).stream().map(w -> word(text, w))
                    .anyMatch(w -> YEAR_WORD.matcher(w).matches() && w.indexOf('（') > 0 && w.indexOf('）') < 0)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a header's line of names: a name column's word among short words, no sentence; else empty. */
    private static List<Word> names(String text, Line line) {
        if (line.end() - line.start() < 4 || line.end() - line.start() > 160 || !line.holds(text, NAME_WORDS)
                || line.holds(text, TAB)) {
            return List.of(); // the cheap tests first: they are asked of every line (a tab row's cells are parted)
        }
        List<Word> words = words(text, line);
        if (words.size() < 2 || CAPTION.matcher(text.substring(words.get(0).start, line.end())).lookingAt()
                || words.stream().anyMatch(w -> w.end - w.start > MAX_BAND_WORD || punctuated(text, w))) {
            return List.of();
        }
        return words.stream().anyMatch(w -> NAME_WORD.matcher(word(text, w)).find()) ? words : List.of();
    }

    /** A table's caption (表1, 附表二) above its header. */
    private static final Pattern CAPTION = Pattern.compile("^附?表[ \u3000]*[\\d一二三四五六七八九十]");

    /** Whether a line may be part of a header's cells: short words, no clause, no figure but a year, no caption. */
    private static boolean isBand(String text, List<Word> words) {
        return !words.isEmpty() && !CAPTION.matcher(text.substring(words.get(0).start, words.get(words.size() - 1).end)).lookingAt()
                && words.stream().allMatch(w -> w.end - w.start <= MAX_BAND_WORD && !punctuated(text, w)
                && (YEAR_WORD.matcher(word(text, w)).matches() || !Character.isDigit(text.charAt(w.start))));
    }

    /** Whether a word holds a clause's end: prose, not a cell of such a table. */
    private static boolean sentence(String text, Word w) {
        return holdsAny(text, w, "，。；");
    }

    /** Whether a word holds any punctuation a header's word never does. */
    private static boolean punctuated(String text, Word w) {
        return holdsAny(text, w, "，。；：、");
    }

    private static boolean holdsAny(String text, Word w, String chars) {
        for (int k = w.start; k < w.end; k++) {
            if (chars.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The header's columns: its words grouped where they overlap across its lines, left to right, by half the narrower
     * one's width at least (a PDF's positions are approximate: a year's cell may start over the last letter of the name
     * beside it).
     */
    private static List<Column> columns(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(Word::from));
        List<Column> columns = new ArrayList<>();
        for (Word w : sorted) {
            Column last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && 2 * (last.to() - w.from) >= Math.min(w.to - w.from, last.to() - last.from())) {
                last.words().add(w);
                columns.set(columns.size() - 1, new Column(last.from(), Math.max(last.to(), w.to), last.words()));
            } else {
                columns.add(new Column(w.from, w.to, new ArrayList<>(List.of(w))));
            }
        }
        // each column's words read top to bottom, left to right
        for (Column c : columns) {
            c.words().sort(Comparator.comparingInt(Word::start));
        }
        return columns;
    }

    /**
     * How far {@code w} stands outside the room of column {@code c}, in half display columns: the room is the column's
     * header and the band nearer its middle than any other's (cells sit left, centred or right under names of any
     * width), so a word stands in it wherever its cell is aligned.
     */
    private static int stray(Word w, List<Column> columns, int c) {
        Column column = columns.get(c);
        int left = 2 * column.from();
        int right = 2 * column.to();
        if (c > 0) {
            left = Math.min(left, middle(columns.get(c - 1)) + middle(column) >> 1);
        }
        right = c + 1 < columns.size() ? Math.max(right, middle(column) + middle(columns.get(c + 1)) >> 1) : Integer.MAX_VALUE;
        return Math.max(0, Math.max(left - 2 * w.from, 2 * w.to - right));
    }

    /** The middle of a column, in half display columns. */
    private static int middle(Column c) {
        return c.from() + c.to();
    }

    /**
     * The column of each word of a line: in order (a word's column never left of the word before's), each as near its
     * column's room as it can be, two words sharing a cell costing {@link #SHARED_CELL}. A dynamic programme over words
     * and columns.
     */
    private static int[] place(List<Word> words, List<Column> columns, int offset, Map<Integer, Integer> starts) {
        int n = words.size();
        int m = columns.size();
        int[][] cost = new int[n][m];
        int[][] from = new int[n][m];
        for (int c = 0; c < m; c++) {
            cost[0][c] = stray(words.get(0), columns, c, offset, starts);
        }
        for (int k = 1; k < n; k++) {
            int best = Integer.MAX_VALUE;
            int bestColumn = -1;
            for (int c = 0; c < m; c++) {
                // the best column left of c for the word before, kept as c grows
                if (c > 0 && cost[k - 1][c - 1] < best) {
                    best = cost[k - 1][c - 1];
                    bestColumn = c - 1;
                }
                int shared = cost[k - 1][c] == Integer.MAX_VALUE ? Integer.MAX_VALUE : cost[k - 1][c] + SHARED_CELL;
                int before = Math.min(best, shared);
                if (before == Integer.MAX_VALUE) {
                    cost[k][c] = Integer.MAX_VALUE;
                    continue;
                }
                cost[k][c] = before + stray(words.get(k), columns, c, offset, starts);
                from[k][c] = best <= shared ? bestColumn : c;
            }
        }
        int end = 0;
        for (int c = 1; c < m; c++) {
            if (cost[n - 1][c] < cost[n - 1][end]) {
                end = c;
            }
        }
        int[] placed = new int[n];
        placed[n - 1] = end;
        for (int k = n - 1; k > 0; k--) {
            placed[k - 1] = from[k][placed[k]];
        }
        for (int k = 0; k < n; k++) {
            placed[k] += offset;
        }
        return placed;
    }

    /**
     * How far a word stands outside column {@code c} of {@code columns} (the table's columns from {@code offset} on):
     * none where the rows' cells of that column were seen to start, as cells are aligned alike down a table.
     */
    private static int stray(Word w, List<Column> columns, int c, int offset, Map<Integer, Integer> starts) {
        Integer seen = starts.get(w.from);
        return seen != null && seen == c + offset ? 0 : stray(w, columns, c);
    }

    /**
     * The column of each word of a line whose cells count out: its gaps part as many cells as there are columns, or its
     * words are as many as the columns (a text that parts cells by one blank), or it holds one figure or dash for each
     * year column, side by side, with the words before and after them fitting the columns around the years. Empty when
     * none of these holds: the words are then placed by where they stand.
     */
    private static Optional<int[]> counted(String text, List<Word> words, List<Column> columns, List<Integer> yearColumns,
                                           Map<Integer, Integer> starts) {
        Optional<int[]> gapped = byGaps(words, columns.size());
        if (gapped.isPresent()) {
            return gapped;
        }
        if (words.size() == columns.size()) {
            int[] placed = new int[words.size()];
            for (int k = 0; k < placed.length; k++) {
                placed[k] = k;
            }
            return Optional.of(placed);
        }
        return byFigures(text, words, columns, yearColumns, starts);
    }

    /**
     * The column of each word of a line holding exactly one run of as many year cells as the header has year columns
     * (side by side): the run under the years, the words before it placed in the columns before them, the words after
     * it in the columns after them. A merged 类别 cell or an empty one leaves fewer words than columns, and a PDF's text
     * may set the figures a few places off their years: the figures' count places them where their positions cannot.
     */
    private static Optional<int[]> byFigures(String text, List<Word> words, List<Column> columns, List<Integer> yearColumns,
                                             Map<Integer, Integer> starts) {
        int years = yearColumns.size();
        int firstYear = yearColumns.get(0);
        int lastYear = yearColumns.get(years - 1);
        if (lastYear - firstYear != years - 1) {
            return Optional.empty();
        }
        int run = -1;
        for (int k = 0; k < words.size(); ) {
            int e = k;
            while (e < words.size() && YEAR_CELL.matcher(word(text, words.get(e))).matches()) {
                e++;
            }
            if (e - k == years) {
                if (run >= 0) {
                    return Optional.empty(); // two runs: which one is the years' is not told
                }
                run = k;
            }
            k = Math.max(e, k + 1);
        }
        int after = run < 0 ? 0 : words.size() - run - years;
        if (run < 0 || run > firstYear || after > columns.size() - 1 - lastYear) {
            return Optional.empty();
        }
        int[] placed = new int[words.size()];
        if (run > 0) {
            System.arraycopy(place(words.subList(0, run), columns.subList(0, firstYear), 0, starts), 0, placed, 0, run);
        }
        for (int k = 0; k < years; k++) {
            placed[run + k] = firstYear + k;
        }
        if (after > 0) {
            System.arraycopy(place(words.subList(run + years, words.size()), columns.subList(lastYear + 1, columns.size()),
                    lastYear + 1, starts), 0, placed, run + years, after);
        }
        return Optional.of(placed);
    }

    /** Notes where a counted line's words start: a display column where two columns' words started is no one's. */
    private static void learnStarts(List<Word> words, int[] placed, Map<Integer, Integer> starts) {
        for (int k = 0; k < words.size(); k++) {
            starts.merge(words.get(k).from, placed[k], (a, b) -> a.equals(b) ? a : -1);
        }
    }

    /**
     * Whether a line at a numbered table's margin is the rest of the row above's name, wrapped: one short word with no
     * figure or punctuation, after a row with its figures and before the next row's number.
     */
    private static boolean wrappedName(String text, List<Word> words, List<List<Word>> open, List<Integer> yearColumns,
                                       List<Line> lines, int next) {
        if (words.size() != 1 || figures(text, open, yearColumns) == 0 || next >= lines.size()) {
            return false;
        }
        Word w = words.get(0);
        if (w.end - w.start > MAX_WRAPPED || punctuated(text, w) || sentence(text, w)) {
            return false;
        }
        for (int k = w.start; k < w.end; k++) {
            if (Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        List<Word> after = words(text, lines.get(next));
        return !after.isEmpty() && ROW_NUMBER.matcher(word(text, after.get(0))).matches();
    }

    /** The column of the indicators' names: the first whose header says 指标, 名称 or 项目 (else the second). */
    private static int nameColumn(String text, List<Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).words().stream().anyMatch(w -> NAME_WORD.matcher(word(text, w)).find())) {
                return c;
            }
        }
        return Math.min(1, columns.size() - 1);
    }

    /**
     * The column of each word of a line whose gaps (two blanks or more) part it into as many cells as the header has
     * columns: the cells in order, wherever they stand (a PDF's widths of blanks are approximate, and rows of one table
     * may print their cells a few places apart). Empty when the gaps part it otherwise.
     */
    private static Optional<int[]> byGaps(List<Word> words, int columns) {
        int[] placed = new int[words.size()];
        int cell = 0;
        for (int k = 1; k < words.size(); k++) {
            if (words.get(k).from - words.get(k - 1).to > 1) {
                cell++;
            }
            placed[k] = cell;
        }
        return cell == columns - 1 ? Optional.of(placed) : Optional.empty();
    }

    /** Whether every word stands near its column's room: a line of prose runs far across the columns. */
    private static boolean stands(List<Word> words, int[] placed, List<Column> columns, Map<Integer, Integer> starts) {
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            if (stray(w, columns, placed[k], 0, starts) > 2 * Math.max(MIN_STRAY, (w.to - w.from) / 2)) {
                return false;
            }
        }
        return true;
    }

    /** Whether two words of a line share a cell: one blank parted them, or a cell holds two words. */
    private static boolean sharesCell(List<Word> words, int[] placed) {
        for (int k = 1; k < words.size(); k++) {
            if (placed[k] != placed[k - 1] && words.get(k).from - words.get(k - 1).to == 1) {
                return true; // one blank between two columns: the gaps would run them together
            }
        }
        return false;
    }

    private static List<List<Word>> cells(List<Word> words, int[] placed, int columns) {
        List<List<Word>> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            cells.add(new ArrayList<>());
        }
        for (int k = 0; k < words.size(); k++) {
            cells.get(placed[k]).add(words.get(k));
        }
        return cells;
    }

    /** How many of the row's year cells hold a figure. */
    private static long figures(String text, List<List<Word>> row, List<Integer> yearColumns) {
        return yearColumns.stream().filter(c -> row.get(c).stream()
                .anyMatch(w -> FIGURE.matcher(word(text, w)).matches())).count();
    }

    private static Word firstWord(List<List<Word>> row) {
        return row.stream().flatMap(List::stream).min(Comparator.comparingInt(Word::start)).orElseThrow();
    }

    private static Word last(List<List<List<Word>>> rows) {
        return rows.get(rows.size() - 1).stream().flatMap(List::stream).max(Comparator.comparingInt(Word::start))
                .orElseThrow();
    }

    private static int lineEnd(List<Line> lines, Word w) {
        for (Line line : lines) {
            if (line.start() <= w.start && w.start <= line.end()) {
                return line.end();
            }
        }
        throw new IllegalStateException("a word outside the text's lines");
    }

    /**
     * Writes a row's cells parted by tabs: a cell's words on one line as printed (with the blank between them), its
     * words from a line below joined on (a wrap broke the word).
     */
    private static void write(String text, List<List<Word>> cells, Rewrite out) {
        int at = firstWord(cells).start;
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.add("\t", at);
            }
            Word last = null;
            for (Word w : cells.get(c)) {
                if (last != null && sameLine(text, last, w)) {
                    out.copy(last.end, w.start);
                }
                out.copy(w.start, w.end);
                last = w;
                at = w.end;
            }
        }
    }

    private static boolean sameLine(String text, Word a, Word b) {
        if (b.start <= a.end) {
            return false;
        }
        for (int k = a.end; k < b.start; k++) {
            if (text.charAt(k) == '\n') {
                return false;
            }
        }
        return true;
    }

    private static String word(String text, Word w) {
        return text.substring(w.start, w.end);
    }

    /** The words of a line, parted by any blank, with the display columns they cover (a tab counting eight). */
    private static List<Word> words(String text, Line line) {
        List<Word> words = new ArrayList<>();
        int column = 0;
        int start = -1;
        int startColumn = 0;
        for (int i = line.start(); i <= line.end(); i++) {
            char c = i < line.end() ? text.charAt(i) : ' ';
            boolean blank = c == ' ' || c == '\u3000' || c == '\t' || c == '\f' || c == '\r';
            if (blank && start >= 0) {
                words.add(new Word(start, i, startColumn, column));
                start = -1;
            } else if (!blank && start < 0) {
                start = i;
                startColumn = column;
            }
            column += DisplayWidth.wide(c) ? 2 : c == '\t' ? 8 : 1;
        }
        return words;
    }
}

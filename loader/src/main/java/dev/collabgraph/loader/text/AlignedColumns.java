package dev.collabgraph.loader.text;

import dev.collabgraph.loader.text.Rewrite.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An indicator table a PDF prints with narrow columns, so that a single blank parts some of its cells (a name from its
 * unit, one year's figure from the next) and a header cell may wrap onto the line under it:
 * <pre>
 *    序号 指标名称       单位 2025年（基   2026   2028
 *                             期）         年     年
 *    1    规上工业总产值  亿元 620         720    1000
 *    2    研发经费投入强
 *         度             %   4.1         4.4    5.0
 * </pre>
 * Read by its gaps, the name, unit and first figure run together. Its cells stand in columns, though, as a PDF's
 * positions keep them: the body's lines are taken while their words stand under the header's, a line without a new
 * row's first cell going on with the row above (a wrapped name); then each word is placed in the column whose left
 * edge it starts at, the edges being where the body's words start line after line (a header's words are centred over
 * cells of any width), and each row is written as tab-parted cells. Only a header with two years or more, over a body
 * where one blank parts two columns' words, is read so: a table whose gaps part every cell is left to them.
 */
final class AlignedColumns {
    /** A header word naming a year: 2025, 2025年, 2025年（基期）, 2025年目 (the rest wrapped). */
    private static final Pattern YEAR_WORD = Pattern.compile("^20\\d{2}(?:年\\S{0,6})?$");
    private static final Pattern NAME_WORD = Pattern.compile("指标|名称|项目");
    private static final Pattern NUMBER_HEADER = Pattern.compile("^(?:序号|编号)$");
    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,3}[.．、]?$");
    private static final Pattern FIGURE = Pattern.compile("^[≥≤>＞<＜约]?\\d+(?:,\\d{3})*(?:\\.\\d+)?[%％]?$");
    private static final int MIN_YEARS = 2;
    private static final int MIN_ROWS = 2;
    /** Header lines a wrapped header cell may take under the header. */
    private static final int MAX_HEADER_WRAPS = 2;
    /** A word may start this many columns left of its column's edge, or end this many right of the next's. */
    private static final int SLACK = 2;

    private AlignedColumns() {
    }

    /** A word of a printed line: [start, end) in the text and the display columns [from, to) it covers. */
    private record Word(int start, int end, int from, int to) {
    }

    /** The text with such tables written as tab rows, or empty when it has none. */
    static Optional<Rewrite.Rearranged> rearrange(String text) {
        if (text.indexOf("指标") < 0 && text.indexOf("名称") < 0 && text.indexOf("项目") < 0) {
            return Optional.empty();
        }
        List<Line> lines = Rewrite.lines(text);
        Rewrite out = new Rewrite(text);
        for (int i = 0; i < lines.size(); i++) {
            List<Word> header = header(text, lines.get(i));
            if (header.isEmpty()) {
                continue;
            }
            int[] headerEdges = header.stream().mapToInt(Word::from).toArray();
            List<Word> headerWords = new ArrayList<>(header);
            int next = i + 1;
            // a header cell wrapped onto the lines under it: short words, no figures, each under a header word
            for (int wraps = 0; wraps < MAX_HEADER_WRAPS && next < lines.size(); wraps++, next++) {
                List<Word> words = words(text, lines.get(next));
                if (words.isEmpty() || !fits(text, words, headerEdges) || words.stream().anyMatch(w -> w.end - w.start > 4
                        || FIGURE.matcher(text.substring(w.start, w.end)).matches())) {
                    break;
                }
                headerWords.addAll(words);
            }
            boolean numbered = NUMBER_HEADER.matcher(word(text, header.get(0))).matches();
            List<Integer> yearColumns = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                if (YEAR_WORD.matcher(word(text, header.get(c))).matches()) {
                    yearColumns.add(c);
                }
            }
            // the body's lines, grouped into rows as they stand under the header's words
            List<List<List<Word>>> rows = new ArrayList<>(); // each row's lines, each line's words
            int end = next;
            for (; end < lines.size(); end++) {
                List<Word> words = words(text, lines.get(end));
                if (words.isEmpty() || !fits(text, words, headerEdges)) {
                    break;
                }
                List<List<Word>> placed = columns(words, headerEdges);
                List<List<Word>> open = rows.isEmpty() ? null : columns(rows.get(rows.size() - 1).stream()
                        .flatMap(List::stream).toList(), headerEdges);
                boolean numberCell = numbered && !placed.get(0).isEmpty();
                if (numberCell && !(placed.get(0).size() == 1 && ROW_NUMBER.matcher(word(text, placed.get(0).get(0))).matches())) {
                    break; // a heading at the margin, under the numbers' column
                }
                boolean opens = numbered ? numberCell
                        : !placed.get(0).isEmpty() && (open == null || figures(text, open, yearColumns) > 0);
                if (opens) {
                    rows.add(new ArrayList<>(List.of(words)));
                } else if (open != null) {
                    rows.get(rows.size() - 1).add(words); // a cell wrapped onto this line
                } else {
                    break;
                }
            }
            // the cells stand where the body's words start, line after line (a header's words are centred over them)
            int[] edges = edges(rows, header.size()).orElse(headerEdges);
            List<List<List<Word>>> cells = new ArrayList<>();
            for (List<List<Word>> row : rows) {
                cells.add(columns(row.stream().flatMap(List::stream).toList(), edges));
            }
            while (!cells.isEmpty() && figures(text, cells.get(cells.size() - 1), yearColumns) == 0) {
                cells.remove(cells.size() - 1); // a heading after the table is no row of it
                rows.remove(rows.size() - 1);
            }
            long filled = cells.stream().filter(r -> figures(text, r, yearColumns) >= MIN_YEARS).count();
            if (filled < MIN_ROWS || !rows.stream().flatMap(List::stream).anyMatch(l -> joinsCells(l, edges))) {
                continue; // gaps of two blanks or more part every row's cells: the cleaner reads them so
            }
            List<List<Word>> headerCells = columns(headerWords, edges);
            int from = lines.get(i).start();
            List<List<Word>> lastRow = rows.get(rows.size() - 1);
            List<Word> lastLine = lastRow.get(lastRow.size() - 1);
            int to = lines.stream().filter(l -> l.start() <= lastLine.get(0).start && lastLine.get(0).start <= l.end())
                    .findFirst().orElseThrow().end();
            out.replace(from, to, () -> {
                write(text, headerCells, out);
                for (List<List<Word>> row : cells) {
                    out.add("\n", row.stream().flatMap(List::stream).findFirst().orElseThrow().start);
                    write(text, row, out);
                }
            });
            i = end - 1;
        }
        return out.finish();
    }

    /** Run starts this close together are one column's left edge (a PDF's positions are approximate). */
    private static final int TOLERANCE = 2;

    /**
     * The left edges of the body's {@code columns} columns: where most of its words start, line after line, starts
     * this close together counted as one edge at the first of them (a cell's words start at its edge, or right of it
     * when centred); empty when the body shows fewer.
     */
    private static Optional<int[]> edges(List<List<List<Word>>> rows, int columns) {
        java.util.TreeMap<Integer, Integer> starts = new java.util.TreeMap<>();
        rows.forEach(row -> row.forEach(line -> line.forEach(w -> starts.merge(w.from, 1, Integer::sum))));
        List<int[]> clusters = new ArrayList<>(); // {first start, words, last start}
        for (var e : starts.entrySet()) {
            int[] last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
            if (last != null && e.getKey() - last[2] <= TOLERANCE) {
                last[1] += e.getValue();
                last[2] = e.getKey();
            } else {
                clusters.add(new int[] {e.getKey(), e.getValue(), e.getKey()});
            }
        }
        if (clusters.size() < columns) {
            return Optional.empty();
        }
        return Optional.of(clusters.stream().sorted((x, y) -> Integer.compare(y[1], x[1])).limit(columns)
                .mapToInt(c -> c[0]).sorted().toArray());
    }

    /** Whether one blank parts two words of {@code line} that stand in different columns: gaps would join them. */
    private static boolean joinsCells(List<Word> line, int[] edges) {
        for (int k = 1; k < line.size(); k++) {
            if (line.get(k).from - line.get(k - 1).to == 1 && column(line.get(k), edges) != column(line.get(k - 1), edges)) {
                return true;
            }
        }
        return false;
    }

    /** The header's words when {@code line} heads such a table (a name column, two years, a blank too narrow); else empty. */
    private static List<Word> header(String text, Line line) {
        if (line.end() - line.start() < 8 || line.end() - line.start() > 120 || Rewrite.occurrences(text, line, "20", 2) < 2) {
            return List.of(); // the cheap tests first: they are asked of every line
        }
        List<Word> words = words(text, line);
        if (words.size() < 4 || words.stream().anyMatch(w -> text.charAt(w.end - 1) == '。')) {
            return List.of();
        }
        long years = words.stream().filter(w -> YEAR_WORD.matcher(word(text, w)).matches()).count();
        boolean named = words.stream().anyMatch(w -> w.end - w.start <= 6 && NAME_WORD.matcher(word(text, w)).find());
        boolean narrow = false;
        for (int k = 1; k < words.size(); k++) {
            narrow |= words.get(k).from - words.get(k - 1).to == 1;
        }
        return years >= MIN_YEARS && named && narrow ? words : List.of();
    }

    /**
     * Whether every word stands within its column: from its edge (less a little) to the next edge (plus a little), or
     * further when nothing else stands in its way and it ends no clause (a long name run over the next column). A line
     * of prose or a heading at the margin runs across the columns or starts left of the one its middle is in.
     */
    private static boolean fits(String text, List<Word> words, int[] edges) {
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            int c = column(w, edges);
            if (w.from < edges[c] - SLACK) {
                return false;
            }
            boolean overruns = c + 1 < edges.length && w.to > edges[c + 1] + SLACK;
            if (overruns && (k + 1 < words.size() && words.get(k + 1).from <= w.to + 1
                    || w.to > edges[edges.length - 1] || clause(text, w))) {
                return false;
            }
        }
        return true;
    }

    private static boolean clause(String text, Word w) {
        for (int k = w.start; k < w.end; k++) {
            if ("，。；：、".indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The column a word stands in: the last edge at or left of its start (a position a little to the left is fine). */
    private static int column(Word w, int[] edges) {
        int c = 0;
        while (c + 1 < edges.length && edges[c + 1] <= w.from + TOLERANCE) {
            c++;
        }
        return c;
    }

    private static List<List<Word>> columns(List<Word> words, int[] edges) {
        List<List<Word>> cells = new ArrayList<>();
        for (int c = 0; c < edges.length; c++) {
            cells.add(new ArrayList<>());
        }
        words.forEach(w -> cells.get(column(w, edges)).add(w));
        return cells;
    }

    /** How many of the row's year cells hold a figure. */
    private static long figures(String text, List<List<Word>> row, List<Integer> yearColumns) {
        return yearColumns.stream().filter(c -> row.get(c).stream()
                .anyMatch(w -> FIGURE.matcher(word(text, w)).matches())).count();
    }

    /**
     * Writes a row's cells parted by tabs: a cell's words on one line as printed (with the blank between them), its
     * words from a line below joined on (a wrap broke the word).
     */
    private static void write(String text, List<List<Word>> cells, Rewrite out) {
        int at = cells.stream().flatMap(List::stream).findFirst().orElseThrow().start;
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
        for (int k = a.end; k < b.start; k++) {
            if (text.charAt(k) == '\n') {
                return false;
            }
        }
        return b.start > a.end;
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

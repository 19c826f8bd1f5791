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
            "^[ \u3000]*(?:(?:类别|分类|领域)(?:[ \u3000]{2,}|\t))?(?:序号|编号)(?:[ \u3000]{2,}|\t)");
    /** The header cell of the rows' numbers. */
    private static final Pattern NUMBER_HEADER = Pattern.compile("^(?:序号|编号)$");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,3}$");
    /** A line that ends the table: a note under it (注：…, 说明：…) or a sentence; so does the text's next heading. */
    private static final Pattern TABLE_END = Pattern.compile("^[ \u3000]*(?:注|说明|备注)[：:]|。");
    private static final int MIN_COLUMNS = 4;
    private static final int MIN_ROWS = 3;
    private static final int TOLERANCE = 2;
    /** Lines above (and below) a row's middle line at most: a cell wrapped over up to seven lines. */
    private static final int MAX_BAND = 3;

    private CentredBands() {
    }


    /** The text with its centred tables read row by row; empty when it has none. */
    static Optional<Rewrite.Rearranged> rearrange(String text) {
        if (!text.contains("序号") && !text.contains("编号")) {
            return Optional.empty();
        }
        List<Line> lines = Rewrite.lines(text);
        Rewrite out = new Rewrite(text);
        for (int i = 0; i < lines.size(); i++) {
            Line header = lines.get(i);
            if (!HEADER_START.matcher(text.substring(header.start(), header.end())).find()) {
                continue;
            }
            List<Run> headerCells = cells(text, header);
            if (headerCells.size() < MIN_COLUMNS) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !blank(text, lines.get(end))
                    && !endsTable(text.substring(lines.get(end).start(), lines.get(end).end()))) {
                end++;
            }
            // a header cell printed over two lines centred on the header's line (2025年 / （基期）) stands in its gaps
            int k = headerBand(text, lines, i, end, headerCells);
            List<Line> headerLines = lines.subList(i - k, i + k + 1);
            List<Run> columns = columns(text, headerLines, headerCells);
            int[] edges = edges(columns);
            // a 类别 column before the numbers holds merged cells printed one character a line: no row's text
            int first = numberColumn(text, columns);
            List<Line> body = lines.subList(i + k + 1, end).stream()
                    .filter(line -> !cells(text, line, edges, first).isEmpty()).toList();
            List<List<Line>> bands = bands(text, body, edges, first);
            if (bands.isEmpty()) {
                continue;
            }
            int to = end < lines.size() ? lines.get(end).start() : text.length();
            out.replace(headerLines.get(0).start(), to, () -> {
                write(text, List.of(headerLines), edges, columns.size(), 0, out);
                write(text, bands, edges, columns.size(), first, out);
            });
            i = end - 1;
        }
        return out.finish();
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
    private static List<Run> columns(String text, List<Line> headerLines, List<Run> headerCells) {
        List<Run> columns = new ArrayList<>(headerCells);
        for (Line line : headerLines) {
            for (Run cell : cells(text, line)) {
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
        }
        columns.sort(java.util.Comparator.comparingInt(Run::from));
        return columns;
    }

    /**
     * The rows as bands of lines: each its number line and as many lines above it as below it (none for a row of
     * one-line cells). Empty unless some row is such a band and every band's lines fill only columns its number
     * line leaves empty (a row printed from its number down fills the same columns again).
     */
    private static List<List<Line>> bands(String text, List<Line> body, int[] edges, int first) {
        List<Integer> numbered = new ArrayList<>();
        for (int k = 0; k < body.size(); k++) {
            List<Run> cells = cells(text, body.get(k), edges, first);
            if (!cells.isEmpty() && cells.get(0).from() < edges[Math.min(first + 1, edges.length - 1)] + TOLERANCE
                    && NUMBER.matcher(text.substring(cells.get(0).start(), cells.get(0).end())).matches()) {
                numbered.add(k);
            }
        }
        if (numbered.size() < MIN_ROWS) {
            return List.of();
        }
        List<List<Line>> bands = new ArrayList<>();
        boolean anyBand = false;
        int above = numbered.get(0);
        for (int r = 0; r < numbered.size(); r++) {
            int at = numbered.get(r);
            int gap = (r + 1 < numbered.size() ? numbered.get(r + 1) : body.size()) - at - 1;
            // as many lines below the number as above it; the rest of the gap stands above the next number
            if (above > MAX_BAND || above > gap || r + 1 == numbered.size() && gap != above) {
                return List.of();
            }
            List<Line> band = body.subList(at - above, at + above + 1);
            if (above > 0) {
                anyBand = true;
                java.util.Set<Integer> middle = new java.util.HashSet<>();
                List<Run> middleCells = cells(text, body.get(at), edges, first);
                for (int k = 0; k < middleCells.size(); k++) {
                    middle.add(k == 0 ? first : column(edges, middleCells.get(k)));
                }
                for (Line line : band) {
                    if (line != body.get(at)
                            && cells(text, line, edges, first).stream().anyMatch(c -> middle.contains(column(edges, c)))) {
                        return List.of();
                    }
                }
            }
            bands.add(band);
            above = gap - above;
        }
        return anyBand ? bands : List.of();
    }

    /** Each band as one row: its cells joined column by column, top to bottom, and set apart by tabs. */
    private static void write(String text, List<List<Line>> bands, int[] edges, int columns, int first, Rewrite out) {
        for (List<Line> band : bands) {
            int lineEnd = band.get(band.size() - 1).end();
            if (band.size() == 1) {
                // a row of one-line cells: its cells in order, as a spaced row is read, under the columns left out before
                List<Run> cells = cells(text, band.get(0), edges, first);
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
                continue;
            }
            List<List<Run>> byColumn = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                byColumn.add(new ArrayList<>());
            }
            Line middle = band.get(band.size() / 2);
            for (Line line : band) {
                List<Run> cells = cells(text, line, edges, first);
                for (int k = 0; k < cells.size(); k++) {
                    byColumn.get(k == 0 && line == middle ? first : column(edges, cells.get(k))).add(cells.get(k));
                }
            }
            List<Run> topCells = cells(text, band.get(0), edges, first);
            int top = topCells.isEmpty() ? band.get(0).start() : topCells.get(0).start();
            for (int c = 0; c < byColumn.size(); c++) {
                if (c > 0) {
                    out.add("\t", byColumn.get(c).isEmpty() ? lineEnd : byColumn.get(c).get(0).start());
                }
                for (Run cell : byColumn.get(c)) {
                    if (c == first && cell == byColumn.get(first).get(0)) {
                        // the row as printed starts on its top line: its number stands there, so the row's quote does
                        out.add(text.substring(cell.start(), cell.end()), top);
                    } else {
                        out.copy(cell.start(), cell.end());
                    }
                }
            }
            out.add("\n", lineEnd);
        }
    }

    private static boolean endsTable(String line) {
        return TABLE_END.matcher(line).find() || Cleaner.OUTLINE_HEADING.matcher(line).find();
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

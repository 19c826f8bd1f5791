package dev.collabgraph.loader.text;

import dev.collabgraph.loader.text.Rewrite.Line;
import dev.collabgraph.loader.text.Rewrite.Run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A task table with a row per year under each task (序号 | 重点任务 | 年度 | 年度目标 | 牵头单位 | 配合单位), as a PDF's
 * layout prints it: the task's number, title and units are merged cells centred across its year rows, so the task's
 * first printed line is its first year's target and its number stands on a middle line; a target wrapped over lines
 * is centred on its year in turn, and a page may cut a task between two years, under a repeated header.
 * <pre>
 *                    2026年   入库培育企业50家
 *                                                               县财政局、县税务局、某某经开
 *    1   实施高企倍增计划  2027年   高新技术企业达到125家     县科技局
 *                                                               发区管委会
 *                    2028年   高新技术企业达到150家
 * </pre>
 * Read line by line the tasks run into each other. The table is found by its header (序号, a 年度 column and a unit
 * column) and read by its years: a task starts where the years start again, each line's cells fall in the column whose
 * header they stand under, and each task is written as one tab row (its cells' pieces joined top to bottom, its years'
 * targets one after another), every character at its place in the original.
 */
final class YearRowBands {
    private static final Pattern YEAR_HEADER = Pattern.compile("^(?:年度|年份)$");
    private static final Pattern NUMBER_HEADER = Pattern.compile("^(?:序号|编号)$");
    private static final Pattern UNIT_HEADER = Pattern.compile("单位|部门");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})年?(?:度)?$");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,3}$");
    /** A line that ends the table: a note under it, or a sentence of the text. */
    private static final Pattern TABLE_END = Pattern.compile("^[ \u3000]*(?:注|说明|备注)[：:]|。[ \u3000]*$");
    private static final int MIN_COLUMNS = 5;
    private static final int MIN_ROWS = 2;
    /** A target wrapped over more lines than this above and below its year is not such a cell. */
    private static final int MAX_WRAP = 3;

    private YearRowBands() {
    }

    /** A body line with its cells placed: the column of each run. */
    private record Placed(Line line, List<Run> runs, int[] columns) {
        String text(String text, int column) {
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < runs.size(); k++) {
                if (columns[k] == column) {
                    out.append(text, runs.get(k).start(), runs.get(k).end());
                }
            }
            return out.toString();
        }

        boolean has(int column) {
            for (int c : columns) {
                if (c == column) {
                    return true;
                }
            }
            return false;
        }
    }

    static Optional<Rewrite.Rearranged> rearrange(String text) {
        if (text.indexOf("年度") < 0 && text.indexOf("年份") < 0) {
            return Optional.empty();
        }
        List<Line> lines = Rewrite.lines(text);
        Rewrite out = new Rewrite(text);
        for (int i = 0; i < lines.size(); i++) {
            List<String> names = header(text, lines.get(i));
            if (names.isEmpty()) {
                continue;
            }
            int yearColumn = names.indexOf(names.stream().filter(n -> YEAR_HEADER.matcher(n).matches()).findFirst().orElseThrow());
            // the body, page by page: each page's lines placed under that page's copy of the header
            List<Line> bodyLines = new ArrayList<>();
            int end = i + 1;
            while (end < lines.size()) {
                Line line = lines.get(end);
                String s = text.substring(line.start(), line.end());
                if (s.isBlank()) {
                    int next = end;
                    while (next < lines.size() && text.substring(lines.get(next).start(), lines.get(next).end()).isBlank()) {
                        next++;
                    }
                    if (next < lines.size() && header(text, lines.get(next)).equals(names)) {
                        end = next + 1; // the table goes on under the next page's header
                        continue;
                    }
                    break;
                }
                if (TABLE_END.matcher(s).find()) {
                    break;
                }
                if (!header(text, line).equals(names)) {
                    bodyLines.add(line);
                }
                end++;
            }
            List<Placed> body = place(text, bodyLines, names.size());
            List<List<Placed>> rows = body.isEmpty() ? List.of() : rows(text, body, yearColumn, names.size());
            if (rows.size() < MIN_ROWS) {
                continue;
            }
            Line head = lines.get(i);
            int to = lines.get(end - 1).end();
            List<Run> firstHeader = runs(text, head);
            out.replace(head.start(), to, () -> {
                for (int c = 0; c < firstHeader.size(); c++) {
                    if (c > 0) {
                        out.add("\t", firstHeader.get(c).start());
                    }
                    out.copy(firstHeader.get(c).start(), firstHeader.get(c).end());
                }
                for (List<Placed> row : rows) {
                    write(text, row, yearColumn, names.size(), out);
                }
                out.add("\n", to);
            });
            i = end - 1;
        }
        return out.finish();
    }

    /** The names of a header line's cells, when it heads such a table; else empty. */
    private static List<String> header(String text, Line line) {
        if (line.end() - line.start() < 8 || !holds(text, line, "序号") && !holds(text, line, "编号")
                || !holds(text, line, "年度") && !holds(text, line, "年份")) {
            return List.of(); // the cheap test first: it is asked of every line of a text that says 年度 anywhere
        }
        List<Run> runs = runs(text, line);
        if (runs.size() < MIN_COLUMNS) {
            return List.of();
        }
        List<String> names = runs.stream().map(r -> text.substring(r.start(), r.end())).toList();
        boolean year = names.stream().anyMatch(n -> YEAR_HEADER.matcher(n).matches());
        boolean units = names.stream().anyMatch(n -> UNIT_HEADER.matcher(n).find() && n.length() <= 6);
        return year && units && NUMBER_HEADER.matcher(names.get(0)).matches() ? names : List.of();
    }

    private static boolean holds(String text, Line line, String word) {
        return Rewrite.occurrences(text, line, word, 1) > 0;
    }

    private static List<Run> runs(String text, Line line) {
        return Rewrite.runs(text, line, (s, at) -> false);
    }

    /** Run starts this close together are one column's left edge (a PDF's positions are approximate). */
    private static final int TOLERANCE = 2;

    /**
     * The body's lines with each run in its column. The columns are found from the body, not from the header, whose
     * names stand centred over columns of any width: a column's cells start at its left edge, line after line, so the
     * {@code columns} edges most runs start at are the columns' edges, and a run belongs to the last edge at or left
     * of its start (a wrapped cell centred in its column starts right of the edge). Empty when the body shows fewer
     * edges than the header has columns.
     */
    private static List<Placed> place(String text, List<Line> lines, int columns) {
        java.util.TreeMap<Integer, Integer> starts = new java.util.TreeMap<>();
        List<List<Run>> runs = new ArrayList<>();
        for (Line line : lines) {
            List<Run> r = runs(text, line);
            runs.add(r);
            r.forEach(run -> starts.merge(run.from(), 1, Integer::sum));
        }
        // clusters of nearby starts, each counted as one edge at its most common start
        List<int[]> clusters = new ArrayList<>(); // {edge, count, best count}
        for (var e : starts.entrySet()) {
            int[] last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
            if (last != null && e.getKey() - last[3] <= TOLERANCE) {
                last[1] += e.getValue();
                if (e.getValue() > last[2]) {
                    last[0] = e.getKey();
                    last[2] = e.getValue();
                }
                last[3] = e.getKey();
            } else {
                clusters.add(new int[] {e.getKey(), e.getValue(), e.getValue(), e.getKey()});
            }
        }
        if (clusters.size() < columns) {
            return List.of();
        }
        int[] edges = clusters.stream().sorted((x, y) -> Integer.compare(y[1], x[1])).limit(columns)
                .mapToInt(c -> c[0]).sorted().toArray();
        List<Placed> placed = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            List<Run> r = runs.get(k);
            int[] column = new int[r.size()];
            for (int q = 0; q < r.size(); q++) {
                int c = 0;
                while (c + 1 < edges.length && edges[c + 1] <= r.get(q).from() + TOLERANCE) {
                    c++;
                }
                column[q] = c;
            }
            placed.add(new Placed(lines.get(k), r, column));
        }
        return placed;
    }

    /**
     * The body's lines grouped by task: a task starts where its years start again (a year not after the one before),
     * with the lines a target wrapped onto above its year; every task must hold one number.
     */
    private static List<List<Placed>> rows(String text, List<Placed> body, int yearColumn, int columns) {
        int n = body.size();
        int[] year = new int[n];
        for (int k = 0; k < n; k++) {
            java.util.regex.Matcher m = YEAR.matcher(body.get(k).text(text, yearColumn));
            year[k] = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        }
        // where each task starts: its first year's line, less the lines its wrapped target stands on above it
        List<Integer> starts = new ArrayList<>();
        int last = Integer.MAX_VALUE;
        int targetColumn = yearColumn + 1 < columns ? yearColumn + 1 : -1;
        for (int k = 0; k < n; k++) {
            if (year[k] == 0) {
                continue;
            }
            if (year[k] <= last) {
                int start = k;
                if (targetColumn >= 0 && !body.get(k).has(targetColumn)) {
                    // a year alone on its line: its target is centred on it, as many lines above as below
                    int below = 0;
                    while (below < MAX_WRAP && k + below + 1 < n && year[k + below + 1] == 0
                            && body.get(k + below + 1).has(targetColumn)) {
                        below++;
                    }
                    int above = 0;
                    while (above < below && k - above - 1 >= 0 && year[k - above - 1] == 0
                            && body.get(k - above - 1).has(targetColumn)) {
                        above++;
                    }
                    start = k - above;
                }
                starts.add(start);
            }
            last = year[k];
        }
        if (starts.size() < MIN_ROWS || starts.get(0) > MAX_WRAP * 2) {
            return List.of();
        }
        List<List<Placed>> rows = new ArrayList<>();
        for (int r = 0; r < starts.size(); r++) {
            int from = r == 0 ? 0 : starts.get(r);
            int to = r + 1 < starts.size() ? starts.get(r + 1) : n;
            List<Placed> row = body.subList(from, to);
            long numbers = row.stream().filter(p -> NUMBER.matcher(p.text(text, 0)).matches()).count();
            if (numbers != 1) {
                return List.of();
            }
            rows.add(row);
        }
        return rows;
    }

    /** One task as a tab row: its number, then each column's pieces top to bottom (targets of years parted by ；). */
    private static void write(String text, List<Placed> row, int yearColumn, int columns, Rewrite out) {
        // the row stands where its first printed text does (its first year's line, blanks before it left out)
        int rowStart = row.get(0).runs().isEmpty() ? row.get(0).line().start() : row.get(0).runs().get(0).start();
        Placed numbered = row.stream().filter(p -> NUMBER.matcher(p.text(text, 0)).matches()).findFirst().orElseThrow();
        out.add("\n", rowStart);
        out.add(numbered.text(text, 0), rowStart);
        for (int c = 1; c < columns; c++) {
            out.add("\t", rowStart);
            boolean first = true;
            for (Placed line : row) {
                for (int k = 0; k < line.runs().size(); k++) {
                    if (line.columns()[k] != c) {
                        continue;
                    }
                    Run run = line.runs().get(k);
                    if (!first && (c == yearColumn || c == yearColumn + 1 && YEAR.matcher(line.text(text, yearColumn)).matches())) {
                        out.add(c == yearColumn ? "、" : "；", run.start()); // another year, another year's target
                    }
                    out.copy(run.start(), run.end());
                    first = false;
                }
            }
        }
    }
}

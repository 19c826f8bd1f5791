package dev.collabgraph.loader.text;

import dev.collabgraph.loader.text.Rewrite.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table as a screen reader's text reads it out, row by row, each cell as its column's name and content:
 * <pre>
 * 【第1行】表头：序号，重点任务，牵头单位，配合单位
 * 【第2行】一、创新平台建设（4项）（跨4列）
 * 【第3行】序号：1，重点任务：建设研究院，牵头单位：区科技局（跨2行），配合单位：区财政局，各镇人民政府
 * 【第4行】序号：2，重点任务：建设中试平台，配合单位：空白
 * </pre>
 * Read back as tab rows under the header: a cell is what stands between its column's name and the next column's (a
 * list inside it may hold commas), a cell merged over rows (（跨2行）) is read out once and stands in each of them, 空白
 * is an empty cell, a row of no column (a category row spanning the table) stands as its words.
 */
final class ReadAloudTables {
    private static final Pattern ROW = Pattern.compile("^[\\s\u3000]*【第(\\d{1,4})行】");
    private static final Pattern HEADER = Pattern.compile("^表头[：:]");
    private static final Pattern ROW_SPAN = Pattern.compile("（跨(\\d{1,2})行）$");
    private static final Pattern COLUMN_SPAN = Pattern.compile("（跨\\d{1,2}列）$");
    private static final String EMPTY = "空白";

    private ReadAloudTables() {
    }

    static Optional<Rewrite.Rearranged> rearrange(String text) {
        if (!text.contains("【第") || !text.contains("表头")) {
            return Optional.empty();
        }
        List<Line> lines = Rewrite.lines(text);
        Rewrite out = new Rewrite(text);
        for (int i = 0; i < lines.size(); i++) {
            Matcher row = ROW.matcher(text).region(lines.get(i).start(), lines.get(i).end());
            if (!row.lookingAt()) {
                continue;
            }
            Matcher header = HEADER.matcher(text).region(row.end(), lines.get(i).end());
            if (!header.lookingAt()) {
                continue;
            }
            List<int[]> names = cells(text, header.end(), lines.get(i).end());
            if (names.size() < 2) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && ROW.matcher(text).region(lines.get(end).start(), lines.get(end).end()).lookingAt()) {
                end++;
            }
            List<Line> body = lines.subList(i + 1, end);
            Line headerLine = lines.get(i);
            int to = lines.get(end - 1).end();
            out.replace(headerLine.start(), to, () -> write(text, headerLine, names, body, out));
            i = end - 1;
        }
        return out.finish();
    }

    private static void write(String text, Line headerLine, List<int[]> names, List<Line> body, Rewrite out) {
        for (int c = 0; c < names.size(); c++) {
            if (c > 0) {
                out.add("\t", names.get(c)[0]);
            }
            out.copy(names.get(c)[0], names.get(c)[1]);
        }
        out.add("\n", headerLine.end());
        List<String> columns = names.stream().map(n -> text.substring(n[0], n[1])).toList();
        int[][] carried = new int[columns.size()][];
        int[] carriedRows = new int[columns.size()];
        for (Line line : body) {
            Matcher row = ROW.matcher(text).region(line.start(), line.end());
            row.lookingAt();
            int[][] cells = cellsByColumn(text, row.end(), line.end(), columns);
            boolean any = false;
            for (int[] cell : cells) {
                any |= cell != null;
            }
            if (!any) {
                // a row spanning the table (一、创新平台建设（4项）): its words
                String words = text.substring(row.end(), line.end());
                Matcher span = COLUMN_SPAN.matcher(words);
                out.copy(row.end(), span.find() ? row.end() + span.start() : line.end());
                out.add("\n", line.end());
                continue;
            }
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    out.add("\t", cells[c] != null ? cells[c][0] : line.end());
                }
                int[] cell = cells[c];
                if (cell == null && carriedRows[c] > 0) {
                    cell = carried[c]; // merged over the rows above: read out once, it stands here too
                    carriedRows[c]--;
                    out.add(text.substring(cell[0], cell[1]), line.start());
                    continue;
                }
                if (cell == null) {
                    continue;
                }
                Matcher span = ROW_SPAN.matcher(text.substring(cell[0], cell[1]));
                if (span.find()) {
                    cell = new int[] {cell[0], cell[0] + span.start()};
                    carried[c] = cell;
                    carriedRows[c] = Integer.parseInt(span.group(1)) - 1;
                } else {
                    carriedRows[c] = 0;
                }
                if (!text.substring(cell[0], cell[1]).equals(EMPTY)) {
                    out.copy(cell[0], cell[1]);
                }
            }
            out.add("\n", line.end());
        }
    }

    /** Each column's cell in a row read out as 名称：内容，名称：内容 (null where the row does not read it). */
    private static int[][] cellsByColumn(String text, int from, int to, List<String> columns) {
        int[][] cells = new int[columns.size()][];
        List<int[]> starts = new ArrayList<>(); // {column, label start, content start}
        for (int c = 0; c < columns.size(); c++) {
            String label = columns.get(c);
            for (int at = text.indexOf(label, from); at >= 0 && at + label.length() < to;
                 at = text.indexOf(label, at + 1)) {
                boolean opens = at == from || text.charAt(at - 1) == '，' || text.charAt(at - 1) == ',';
                char colon = text.charAt(at + label.length());
                if (opens && (colon == '：' || colon == ':')) {
                    starts.add(new int[] {c, at, at + label.length() + 1});
                    break;
                }
            }
        }
        starts.sort((a, b) -> Integer.compare(a[1], b[1]));
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1)[1] - 1 : to;
            int[] s = starts.get(k);
            cells[s[0]] = new int[] {s[2], Math.max(s[2], end)};
        }
        return cells;
    }

    /** The comma-parted cells of a header read out: [start, end) each. */
    private static List<int[]> cells(String text, int from, int to) {
        List<int[]> cells = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '，' || text.charAt(i) == ',') {
                if (i > start) {
                    cells.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return cells;
    }
}

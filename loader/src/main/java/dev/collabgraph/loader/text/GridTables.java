package dev.collabgraph.loader.text;

import dev.collabgraph.loader.text.Rewrite.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table drawn with characters, as a mail or a plain-text system prints one:
 * <pre>
 * +----+------------------------+----------+
 * |序号|项目名称                |牵头单位  |
 * +----+------------------------+----------+
 * | 1  |某某大学新材料研究院    |市科技局  |
 * |    |二期建设                |          |
 * +----+------------------------+----------+
 * </pre>
 * Read as tab rows: the lines between two rules are one row (a line whose first cell is empty goes on the row above),
 * each cell's lines joined, with 、 between two names in a unit column (单位, 部门) and nothing elsewhere (a title wrapped
 * mid-word).
 */
final class GridTables {
    private static final Pattern RULE = Pattern.compile("^[ \\t\u3000]*\\+(?:[-=]+\\+){2,}[ \\t\u3000]*$");
    private static final Pattern ROW = Pattern.compile("^[ \\t\u3000]*\\|.*\\|[ \\t\u3000]*$");
    private static final Pattern UNIT_HEADER = Pattern.compile("单位|部门");

    private GridTables() {
    }

    static Optional<Rewrite.Rearranged> rearrange(String text) {
        if (text.indexOf("+--") < 0) {
            return Optional.empty();
        }
        List<Line> lines = Rewrite.lines(text);
        Rewrite out = new Rewrite(text);
        for (int i = 0; i < lines.size(); i++) {
            if (!RULE.matcher(lines.get(i).of(text)).matches()) {
                continue;
            }
            int end = i;
            while (end + 1 < lines.size() && (RULE.matcher(lines.get(end + 1).of(text)).matches()
                    || ROW.matcher(lines.get(end + 1).of(text)).matches())) {
                end++;
            }
            List<Line> table = lines.subList(i, end + 1);
            if (table.stream().noneMatch(l -> ROW.matcher(l.of(text)).matches())) {
                continue;
            }
            out.replace(table.get(0).start(), table.get(table.size() - 1).end(), () -> write(text, table, out));
            i = end;
        }
        return out.finish();
    }

    /** The table's rows as tab rows, each ended by a line break but the last (the original's own follows it). */
    private static void write(String text, List<Line> table, Rewrite out) {
        List<List<List<int[]>>> rows = new ArrayList<>(); // row → column → pieces [start, end)
        List<List<int[]>> current = null;
        boolean ruleBefore = true;
        for (Line line : table) {
            String s = line.of(text);
            if (RULE.matcher(s).matches()) {
                ruleBefore = true;
                continue;
            }
            List<int[]> cells = cells(text, line);
            boolean continues = !ruleBefore && current != null && !cells.isEmpty() && cells.get(0)[0] == cells.get(0)[1];
            if (current == null || ruleBefore || !continues) {
                current = new ArrayList<>();
                rows.add(current);
            }
            for (int c = 0; c < cells.size(); c++) {
                while (current.size() <= c) {
                    current.add(new ArrayList<>());
                }
                if (cells.get(c)[0] < cells.get(c)[1]) {
                    current.get(c).add(cells.get(c));
                }
            }
            ruleBefore = false;
        }
        List<Boolean> unitColumns = new ArrayList<>();
        if (!rows.isEmpty()) {
            for (List<int[]> column : rows.get(0)) {
                unitColumns.add(column.stream().anyMatch(p -> UNIT_HEADER.matcher(text.substring(p[0], p[1])).find()));
            }
        }
        int lastEnd = table.get(table.size() - 1).end();
        for (int r = 0; r < rows.size(); r++) {
            List<List<int[]>> row = rows.get(r);
            int rowStart = firstStart(row, lastEnd);
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.add("\t", row.get(c).isEmpty() ? rowStart : row.get(c).get(0)[0]);
                }
                List<int[]> pieces = row.get(c);
                for (int k = 0; k < pieces.size(); k++) {
                    if (k > 0 && c < unitColumns.size() && unitColumns.get(c)
                            && "、，,".indexOf(text.charAt(pieces.get(k - 1)[1] - 1)) < 0) {
                        out.add("、", pieces.get(k)[0]); // a second name on the cell's next line
                    }
                    out.copy(pieces.get(k)[0], pieces.get(k)[1]);
                }
            }
            if (r + 1 < rows.size()) {
                out.add("\n", rowStart);
            }
        }
    }

    private static int firstStart(List<List<int[]>> row, int otherwise) {
        for (List<int[]> column : row) {
            if (!column.isEmpty()) {
                return column.get(0)[0];
            }
        }
        return otherwise;
    }

    /** The cells of a row line between its bars, each trimmed: [start, end), empty where the cell is blank. */
    private static List<int[]> cells(String text, Line line) {
        List<int[]> cells = new ArrayList<>();
        int first = text.indexOf('|', line.start());
        int last = text.lastIndexOf('|', line.end() - 1);
        int start = first + 1;
        for (int i = first + 1; i <= last; i++) {
            if (text.charAt(i) == '|') {
                int s = start;
                int e = i;
                while (s < e && isBlank(text.charAt(s))) {
                    s++;
                }
                while (e > s && isBlank(text.charAt(e - 1))) {
                    e--;
                }
                cells.add(new int[] {s, e});
                start = i + 1;
            }
        }
        return cells;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }

}

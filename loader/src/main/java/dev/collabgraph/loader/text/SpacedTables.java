package dev.collabgraph.loader.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table whose cells a text browser or a copy from a page joined with single spaces and wrapped at the page's width:
 * <pre>
 *    序号 重点任务 首责单位 协同单位 完成时限
 *    1 建设某某研究院 县科技局 某某经济开发区管委会、县财政局 2026年12
 *    月
 * </pre>
 * Read with its spaces (which the cleaner drops between Chinese words) the cells run together. A header whose every
 * word is a column's name marks such a table; its rows open with their numbers, and a line without one is the wrap of
 * the row above, glued to it. Each row is written with tabs between its cells; a row one cell short, its units in one
 * cell merged across two columns, gets an empty cell before its deadline.
 */
final class SpacedTables {
    /** The names a column of such a table goes by. */
    private static final Pattern COLUMN = Pattern.compile(
            "^(?:序号|编号|(?:重点|主要|工作)?(?:任务|事项|项目|工作)(?:名称|内容)?|\\p{IsHan}{0,2}(?:单位|部门)|完成时限|时限|"
                    + "完成时间|时间节点|责任领导|分管领导|年度目标|目标|备注|进度安排|具体措施"
                    // an indicator table's: its names, kinds and years
                    + "|(?:主要)?指标(?:名称)?|" + LineCellIndicators.INDICATOR_COLUMNS + ")$");
    private static final Pattern NUMBERED = Pattern.compile("^[ \u3000]*\\d{1,3}[ \u3000]");
    private static final Pattern DEADLINE = Pattern.compile("\\d{4}年|\\d{1,2}月|持续|长期|年底|年内");
    private static final Pattern WHOLE_DEADLINE = Pattern.compile("^\\d{4}年(?:\\d{1,2}月)?(?:底|前|底前|起)?$|^持续推进$|^长期$");
    private static final int MIN_COLUMNS = 4;
    private static final int MIN_ROWS = 2;

    private SpacedTables() {
    }

    /** The text with such tables written as tab rows, or empty when it has none. */
    static Optional<Rewrite.Rearranged> rewrite(String text) {
        List<Rewrite.Line> lines = Rewrite.lines(text);
        Rewrite rewrite = new Rewrite(text);
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            List<int[]> header = words(text, lines.get(i));
            if (header.size() < MIN_COLUMNS || !header.stream().allMatch(w -> COLUMN.matcher(
                    text.substring(w[0], w[1])).matches()) || !singleSpaced(header)) {
                continue; // cells laid out in columns (runs of blanks) are read by their positions, elsewhere
            }
            // the rows: numbered lines, each with the unnumbered lines under it
            List<List<Rewrite.Line>> rows = new ArrayList<>();
            int j = i + 1;
            for (; j < lines.size(); j++) {
                Rewrite.Line line = lines.get(j);
                String s = text.substring(line.start(), line.end());
                if (s.isBlank() || s.indexOf('\t') >= 0) {
                    break;
                }
                if (NUMBERED.matcher(s).lookingAt()) {
                    rows.add(new ArrayList<>(List.of(line)));
                } else if (!rows.isEmpty() && s.strip().length() < s.length() && words(text, line).size() <= 2) {
                    rows.get(rows.size() - 1).add(line); // the wrap of the row above, indented as it is
                } else {
                    break;
                }
            }
            if (rows.size() < MIN_ROWS) {
                continue;
            }
            any = true;
            cells(text, rewrite, header, List.of(lines.get(i)), header.size());
            for (List<Rewrite.Line> row : rows) {
                List<int[]> words = new ArrayList<>();
                row.forEach(l -> words.addAll(words(text, l)));
                cells(text, rewrite, words, row, header.size());
            }
            i = j - 1;
        }
        return any ? rewrite.finish() : Optional.empty();
    }

    /**
     * Writes a row's {@code words} as tab-parted cells over its printed {@code lines}: the words of a wrapped line
     * glued to the word before them (the wrap broke a word), one empty cell before a deadline when a cell is missing.
     */
    private static void cells(String text, Rewrite rewrite, List<int[]> words, List<Rewrite.Line> lines, int columns) {
        List<int[]> cells = new ArrayList<>();
        int open = 0; // the cells begun so far (a glued piece begins none)
        for (int[] w : words) {
            // a wrapped line's first word goes on with the cell above, unless it is a whole deadline the row still lacks
            boolean wrapped = !cells.isEmpty() && lines.size() > 1 && isLineStart(text, lines, w[0])
                    && !(open < columns && WHOLE_DEADLINE.matcher(text.substring(w[0], w[1])).matches());
            if (wrapped) {
                cells.get(cells.size() - 1)[2] = w[1]; // the cell goes on to this word's end
                cells.add(new int[] {w[0], w[1], -1}); // marks a glued piece
            } else {
                cells.add(new int[] {w[0], w[1], w[1]});
                open++;
            }
        }
        int cellCount = open;
        int[] last = cells.get(cells.size() - 1);
        int lastCellStart = -1;
        for (int[] c : cells) {
            if (c[2] >= 0) {
                lastCellStart = c[0];
            }
        }
        boolean gap = cellCount == columns - 1 && DEADLINE.matcher(text.substring(lastCellStart, last[1])).find();
        int from = lines.get(0).start();
        int written = 0;
        for (int k = 0; k < cells.size(); k++) {
            int[] c = cells.get(k);
            int at = c[0];
            boolean glued = c[2] < 0;
            String before = written == 0 || glued ? "" : gap && at == lastCellStart ? "\t\t" : "\t";
            rewrite.replace(from, c[0], () -> rewrite.add(before, at));
            written++;
            from = c[1];
        }
        rewrite.replace(from, lines.get(lines.size() - 1).end(), () -> { });
    }

    /** Whether one blank parts each word from the next, as a browser joins cells. */
    private static boolean singleSpaced(List<int[]> words) {
        for (int k = 1; k < words.size(); k++) {
            if (words.get(k)[0] - words.get(k - 1)[1] != 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLineStart(String text, List<Rewrite.Line> lines, int at) {
        for (Rewrite.Line line : lines) {
            int first = line.start();
            while (first < line.end() && (text.charAt(first) == ' ' || text.charAt(first) == '\u3000')) {
                first++;
            }
            if (first == at) {
                return line != lines.get(0);
            }
        }
        return false;
    }

    /** The words of a line: its runs of characters between blanks, as [start, end, end]. */
    private static List<int[]> words(String text, Rewrite.Line line) {
        List<int[]> words = new ArrayList<>();
        int i = line.start();
        while (i < line.end()) {
            while (i < line.end() && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
                i++;
            }
            int start = i;
            while (i < line.end() && text.charAt(i) != ' ' && text.charAt(i) != '\u3000') {
                i++;
            }
            if (i > start) {
                words.add(new int[] {start, i, i});
            }
        }
        return words;
    }
}

package dev.collabgraph.loader.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An indicator table copied out of Word without its grid: every cell on a line of its own.
 * <pre>
 * 序号
 * 指标名称
 * 单位
 * 2023年（基期）
 * 2025年
 * 1
 * 研发经费投入强度
 * %
 * 2.1
 * 2.5
 * </pre>
 * The header is a run of short lines each naming a column (序号, 指标名称, 单位, a year), two years at least; each row
 * opens with a line holding only its number, the next expected one. Each line break inside the header and inside a row
 * becomes a tab (one character for one, offsets kept), so the table is read as tab rows; a row one cell short (its
 * empty unit cell left out) is mended where indicator tables are read.
 */
final class LineCellIndicators {
    /**
     * The names of an indicator table's own columns: its kinds and years (2023年（基期）, 基期（2023年）, 2025年目标值); the
     * cleaner's other table layouts read them too.
     */
    static final String INDICATOR_COLUMNS = "属性|类别|(?:19|20)\\d{2}年?(?:[（(][^）)]{1,4}[）)]|目标值?|基期值?)?"
            + "|基期值?(?:[（(](?:19|20)\\d{2}年?[）)])?";
    /** A line naming an indicator table's column. */
    private static final Pattern COLUMN = Pattern.compile("^(?:序号|编号|指标(?:名称)?|(?:计量)?单位|备注|" + INDICATOR_COLUMNS + ")$");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern NAME = Pattern.compile("指标");
    private static final int MIN_COLUMNS = 4;
    private static final int MIN_YEARS = 2;
    /** Longest line read as a cell: a wrapped paragraph's line is no cell. */
    private static final int MAX_CELL = 30;

    private LineCellIndicators() {
    }

    /** The text with such tables written as tab rows, or empty when it has none. */
    static Optional<Rewrite.Rearranged> rearrange(String text) {
        if (text.indexOf('\t') >= 0 || !text.contains("指标")) {
            return Optional.empty(); // tab rows are read as they are; without the word no such table stands
        }
        List<Rewrite.Line> lines = Rewrite.lines(text);
        Rewrite rewrite = new Rewrite(text);
        for (int i = 0; i < lines.size(); i++) {
            int columns = header(text, lines, i);
            if (columns < MIN_COLUMNS) {
                continue;
            }
            List<Integer> starts = rows(text, lines, i + columns, columns);
            if (starts.size() < 2) {
                continue;
            }
            joinLines(text, rewrite, lines, i, i + columns); // the header
            for (int r = 0; r + 1 < starts.size(); r++) {
                joinLines(text, rewrite, lines, starts.get(r), starts.get(r + 1));
            }
            int end = starts.get(starts.size() - 1);
            i = end - 1;
        }
        return rewrite.finish();
    }

    /** How many lines from {@code at} name columns, when they are a header: a 指标 column and two years. */
    private static int header(String text, List<Rewrite.Line> lines, int at) {
        int k = at;
        int years = 0;
        boolean named = false;
        while (k < lines.size() && COLUMN.matcher(cell(text, lines.get(k))).matches()) {
            String c = cell(text, lines.get(k));
            years += YEAR.matcher(c).find() ? 1 : 0;
            named |= NAME.matcher(c).find();
            k++;
        }
        return years >= MIN_YEARS && named ? k - at : 0;
    }

    /**
     * Where the rows after the header start, and (last) where they end: each opens with the next number on a line of its
     * own, once the row before has as many cells as the header but two at least (a value equal to that number is no
     * row's start); a row holds no more cells than the header, and the last must be one cell short at most.
     */
    private static List<Integer> rows(String text, List<Rewrite.Line> lines, int from, int columns) {
        List<Integer> starts = new java.util.ArrayList<>();
        int cells = 0;
        int k = from;
        for (; k < lines.size(); k++) {
            String c = cell(text, lines.get(k));
            if (c.isEmpty() || c.length() > MAX_CELL || c.indexOf('。') >= 0) {
                break;
            }
            if ((starts.isEmpty() || cells >= columns - 2) && isNumber(c, starts.size() + 1)) {
                starts.add(k);
                cells = 1;
            } else if (starts.isEmpty() || cells >= columns) {
                break;
            } else {
                cells++;
            }
        }
        if (!starts.isEmpty() && cells < columns - 1) {
            k = starts.remove(starts.size() - 1); // the last row cut short: no row of the table
        }
        starts.add(k);
        return starts;
    }

    /** Whether a line's text is only the row number {@code expected}. */
    private static boolean isNumber(String cell, int expected) {
        return cell.matches("\\d{1,3}") && Integer.parseInt(cell) == expected;
    }

    private static String cell(String text, Rewrite.Line line) {
        return text.substring(line.start(), line.end()).strip();
    }

    /** The line breaks between lines {@code [from, to)} written as tabs. */
    private static void joinLines(String text, Rewrite rewrite, List<Rewrite.Line> lines, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            int breakStart = lines.get(k).end();
            rewrite.replace(breakStart, lines.get(k + 1).start(), () -> rewrite.add("\t", breakStart));
        }
    }
}

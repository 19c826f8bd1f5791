package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Work tables copied out of Word without their grid: every cell on a line of its own. The header is a run of short
 * lines naming the columns (序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限); each row starts with a line holding
 * only its number, the next expected one, and its cells follow one per line. A cell wrapped over two lines makes a
 * row longer than the header: the lines are grouped into the columns the way that fits the columns' kinds best
 * (unit columns hold lists of units, a deadline column a date, a task column a short phrase), so that a unit name
 * cut at a line end (某某高 / 新区管委会) is whole again. Category lines (一、…) and the header repeated after a page
 * break are skipped.
 */
final class LineCellTables {
    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3})[.、．]?$");
    private static final Pattern DEADLINE_HEADER = Pattern.compile("时限|时间|节点|期限");
    private static final Pattern DEADLINE = Pattern.compile(
            "^(?:\\d{4}年|\\d{1,2}月|\\d{4}[.．-]\\d|每年|全年|年底|年内|持续|长期|常年|按)[^。]{0,16}$");
    /** What a column's name says: the row's number, task, content, units, deadline or remarks. */
    private static final Pattern HEADER_WORD = Pattern.compile(
            "序号|编号|任务|事项|项目|工作|内容|目标|措施|举措|要求|类别|领域|单位|部门|主体|时限|时间|节点|期限|备注|进度|成果|责任");
    /** Longer than this, a line is prose, not a header cell. */
    private static final int MAX_HEADER_CELL = 10;
    private static final int MIN_COLUMNS = 3;
    /** More wrapped lines than this in one row: not a row of this table. */
    private static final int MAX_EXTRA_LINES = 6;
    private static final int MAX_TITLE = 40;

    private enum Kind { UNIT, DEADLINE, TITLE, OTHER }

    private LineCellTables() {
    }

    /** The rows of every line-cell work table in {@code paragraphs}, units named for {@code city}. */
    static List<AnnexRow> read(List<Paragraph> paragraphs, String city) {
        List<AnnexRow> rows = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!Table.NUMBER_HEADER.matcher(paragraphs.get(i).text()).matches() || paragraphs.get(i).isTableRow()) {
                continue;
            }
            List<Table.Cell> header = header(paragraphs, i);
            var columns = header.size() >= MIN_COLUMNS ? AnnexColumns.of(header) : java.util.Optional.<AnnexColumns>empty();
            if (columns.isEmpty() || columns.get().number() != 0) {
                continue;
            }
            int year = captionYear(paragraphs, i);
            i = readRows(paragraphs, i + header.size(), header, columns.get(), year, city, rows);
        }
        return rows;
    }

    /** The header's cells: the short lines from {@code at} on that do not start a row. */
    private static List<Table.Cell> header(List<Paragraph> paragraphs, int at) {
        List<Table.Cell> cells = new ArrayList<>();
        for (int j = at; j < paragraphs.size(); j++) {
            Paragraph p = paragraphs.get(j);
            String t = p.text();
            if (p.isTableRow() || t.length() > MAX_HEADER_CELL || !HEADER_WORD.matcher(t).find()
                    || ROW_NUMBER.matcher(t).matches()
                    || Headings.LEVEL_ONE.matcher(t).find() || j > at && Table.NUMBER_HEADER.matcher(t).matches()
                    || t.chars().anyMatch(c -> "。，、；".indexOf(c) >= 0)) {
                break;
            }
            cells.add(new Table.Cell(t, p.span()));
        }
        return cells;
    }

    /** Reads rows after the header; returns the index of the last paragraph of the table. */
    private static int readRows(List<Paragraph> paragraphs, int from, List<Table.Cell> header, AnnexColumns columns,
                                int year, String city, List<AnnexRow> out) {
        Kind[] kinds = kinds(header, columns);
        int expected = 1;
        int j = from;
        List<UnitRef> previousLeads = List.of();
        while (j < paragraphs.size()) {
            j = skipNoise(paragraphs, j, header, expected);
            if (j >= paragraphs.size() || !startsRow(paragraphs.get(j), expected)) {
                break;
            }
            int start = j;
            int end = j + 1;
            while (end < paragraphs.size() && !startsRow(paragraphs.get(end), expected + 1)
                    && !category(paragraphs.get(end).text())
                    && !Table.NUMBER_HEADER.matcher(paragraphs.get(end).text()).matches()
                    && end - start - 1 < header.size() - 1 + MAX_EXTRA_LINES) {
                end++;
            }
            List<Paragraph> lines = paragraphs.subList(start + 1, end);
            boolean last = end >= paragraphs.size() || !startsRow(paragraphs.get(end), expected + 1);
            List<List<Paragraph>> cells = best(lines, kinds, last);
            if (cells == null) {
                // a row that fits no grouping is left out; the table goes on at the next row's number
                expected++;
                j = end;
                continue;
            }
            int used = cells.stream().mapToInt(List::size).sum();
            previousLeads = addRow(expected, paragraphs.get(start), cells, columns, year, city, previousLeads, out);
            j = last ? start + 1 + used : end;
            expected++;
        }
        return j - 1;
    }

    /** Category lines (一、创新平台, or a short line just before the next row) and a repeated header between rows. */
    private static int skipNoise(List<Paragraph> paragraphs, int j, List<Table.Cell> header, int expected) {
        while (j < paragraphs.size()) {
            String t = paragraphs.get(j).text();
            boolean unnumberedCategory = j + 1 < paragraphs.size() && startsRow(paragraphs.get(j + 1), expected)
                    && t.length() <= MAX_TITLE && t.indexOf('。') < 0 && !startsRow(paragraphs.get(j), expected);
            if (category(t) || unnumberedCategory) {
                j++;
            } else if (Table.NUMBER_HEADER.matcher(t).matches()) {
                j += header.size();
            } else {
                return j;
            }
        }
        return j;
    }

    /** A category line between rows: 一、创新平台 or （一）创新平台, short and without a sentence. */
    private static boolean category(String t) {
        return (Headings.LEVEL_ONE.matcher(t).find() || Headings.LEVEL_TWO.matcher(t).find())
                && t.length() <= MAX_TITLE && t.indexOf('。') < 0;
    }

    private static boolean startsRow(Paragraph p, int number) {
        Matcher m = ROW_NUMBER.matcher(p.text());
        return m.matches() && Integer.parseInt(m.group(1)) == number;
    }

    private static Kind[] kinds(List<Table.Cell> header, AnnexColumns columns) {
        Kind[] kinds = new Kind[header.size()];
        for (int c = 0; c < header.size(); c++) {
            kinds[c] = columns.units().contains(c) ? Kind.UNIT
                    : DEADLINE_HEADER.matcher(header.get(c).text()).find() ? Kind.DEADLINE
                    : c == columns.title() ? Kind.TITLE : Kind.OTHER;
        }
        return kinds;
    }

    /**
     * The lines grouped into the columns after the number, best first by fit; {@code toEnd}: the row may leave
     * lines unused at its end (the last row of a table, followed by the signature). Null when no grouping fits.
     */
    private static List<List<Paragraph>> best(List<Paragraph> lines, Kind[] kinds, boolean toEnd) {
        int cellCount = kinds.length - 1;
        List<List<Paragraph>> best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int lastUsed = Math.min(lines.size(), cellCount + MAX_EXTRA_LINES);
        for (int used = cellCount; used <= lastUsed; used++) {
            if (used < cellCount || used > lines.size()) {
                continue;
            }
            List<List<Paragraph>> grouping = new ArrayList<>();
            double[] score = {Double.NEGATIVE_INFINITY};
            List<List<Paragraph>> found = new ArrayList<>();
            search(lines.subList(0, used), 0, kinds, 1, grouping, 0, score, found);
            // the last row: a longer row must fit clearly better to take lines that may be the text after the table;
            // another row: a line left over is a category line between rows, and costs more than a wrapped cell
            double adjusted = score[0] - (toEnd ? (used - cellCount) * 0.25 : (lines.size() - used) * 0.75);
            if (!found.isEmpty() && adjusted > bestScore) {
                bestScore = adjusted;
                best = found;
            }
        }
        return best == null || bestScore < 0 ? null : best;
    }

    private static void search(List<Paragraph> lines, int from, Kind[] kinds, int column, List<List<Paragraph>> grouping,
                               double score, double[] bestScore, List<List<Paragraph>> best) {
        if (column == kinds.length) {
            if (from == lines.size() && score > bestScore[0]) {
                bestScore[0] = score;
                best.clear();
                grouping.forEach(g -> best.add(List.copyOf(g)));
            }
            return;
        }
        int left = kinds.length - 1 - column; // columns after this one, each needs a line
        for (int to = from + 1; to <= lines.size() - left; to++) {
            List<Paragraph> cell = lines.subList(from, to);
            grouping.add(cell);
            search(lines, to, kinds, column + 1, grouping, score + fit(cell, kinds[column]), bestScore, best);
            grouping.remove(grouping.size() - 1);
        }
    }

    /** How well {@code cell} (its lines) fits a column of {@code kind}: positive fits, negative does not. */
    private static double fit(List<Paragraph> cell, Kind kind) {
        StringBuilder joined = new StringBuilder();
        double joins = 0;
        for (int k = 0; k < cell.size(); k++) {
            String t = cell.get(k).text();
            if (k > 0) {
                char last = joined.charAt(joined.length() - 1);
                // a wrap after 、 or inside a word is natural; after a sentence's end it is not
                joins += last == '、' || last == '，' ? 0.5 : last == '。' || last == '；' ? -1 : 0;
                // a line that ends on a whole unit's name is a cell's end: a cut name ends mid-word (某某高 / 新区管委会)
                if (unitList(cell.get(k - 1).text())) {
                    joins -= 1;
                }
            }
            joined.append(t);
        }
        String text = joined.toString();
        return joins + switch (kind) {
            case UNIT -> UnitLists.namesNobody(text) || unitList(text) ? 2 : -2;
            case DEADLINE -> DEADLINE.matcher(text).matches() ? 2 : -2;
            case TITLE -> text.length() <= MAX_TITLE && text.indexOf('。') < 0 ? 1 : -1;
            case OTHER -> unitList(text) || DEADLINE.matcher(text).matches() ? -1 : 0;
        };
    }

    /** Whether every item of {@code text} (split at 、，；) ends like a unit. */
    private static boolean unitList(String text) {
        String[] items = text.split("[、，；,;]");
        if (items.length == 0) {
            return false;
        }
        for (String item : items) {
            String name = item.replaceAll("[（(][^）)]*[）)]$", "").strip();
            if (name.length() < 2 || UnitNames.suffixOf(name).isEmpty() && !UnitNames.isOrgan(name)) {
                return false;
            }
        }
        return true;
    }

    private static List<UnitRef> addRow(int number, Paragraph numberLine, List<List<Paragraph>> cells,
                                        AnnexColumns columns, int year, String city, List<UnitRef> previousLeads,
                                        List<AnnexRow> out) {
        List<UnitRef> units = new ArrayList<>();
        for (int u = 0; u < columns.units().size(); u++) {
            String role = columns.unitRoles().get(u);
            CellText cell = cellText(cells, columns.units().get(u));
            List<UnitRef> named = UnitLists.namesNobody(cell.text()) ? List.of() : cell.units(role, city);
            if (role == null) {
                named = AnnexReader.othersAssist(named);
            }
            boolean leadColumn = "lead".equals(role) || role == null;
            if (leadColumn && cell.text().isEmpty()) {
                named = previousLeads;
            } else if (leadColumn) {
                previousLeads = named;
            }
            units.addAll(named);
        }
        CellText work = columns.work() >= 0 ? cellText(cells, columns.work()) : null;
        List<Paragraph> last = cells.get(cells.size() - 1);
        Span span = new Span(numberLine.start(), last.get(last.size() - 1).end());
        List<Paragraph> workLines = columns.work() >= 1 ? cells.get(columns.work() - 1) : null;
        Span workSpan = workLines == null ? null
                : new Span(workLines.get(0).start(), workLines.get(workLines.size() - 1).end());
        out.add(new AnnexRow(number, cellText(cells, columns.title()).text(), work == null ? "" : work.text(), year,
                UnitLists.shareLevel(units), 0, span, workSpan));
        return previousLeads;
    }

    /** The text of header column {@code column} (the number column has no cell here). */
    private static CellText cellText(List<List<Paragraph>> cells, int column) {
        if (column < 1 || column > cells.size()) {
            return new CellText(List.of());
        }
        return new CellText(cells.get(column - 1).stream().map(p -> new Table.Cell(p.text(), p.span())).toList());
    }

    /** The year in a caption line just above the header (2025年科技创新重点任务分工表), else 0. */
    private static int captionYear(List<Paragraph> paragraphs, int headerAt) {
        for (int k = headerAt - 1; k >= Math.max(0, headerAt - 2); k--) {
            Matcher year = AnnexReader.CAPTION_YEAR.matcher(paragraphs.get(k).text());
            if (year.find()) {
                return Integer.parseInt(year.group(1));
            }
        }
        return 0;
    }
}

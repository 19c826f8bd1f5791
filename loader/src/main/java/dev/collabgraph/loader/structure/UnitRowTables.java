package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A division of work set out unit by unit: each row names a unit and the items it leads or helps with by their
 * numbers (成员单位 | 牵头任务 | 参与任务, rows 市科技局 | 4、9 | 3、5、7). Read the other way round, it is the note of
 * every item it names; a column's role comes from its name (牵头任务 → lead, 参与任务/配合事项 → co, 承担任务 → open).
 * Only a table whose every row with a unit holds item numbers or a dash (—, 无) in those columns is one. The same
 * division drawn as a matrix (units as rows, one column per item number, ● and ○ in the cells) reads the same way.
 */
final class UnitRowTables {
    /** A column of units: 成员单位, 责任单位, 责任部门, 单位名称, 处室. */
    private static final Pattern UNIT_HEADER = Pattern.compile("^(?:责任|[^任事项]{0,4})(?:单位|部门|处室|科室)(?:名称)?$");
    /** A column of item numbers by role: 牵头任务, 参与事项, 配合任务序号, 负责的工作. */
    private static final Pattern ITEMS_HEADER = Pattern.compile(
            "^(牵头|主办|主责|负责|承担|承办|参与|配合|协办|协同)(?:的)?(?:重点)?(?:任务|事项|工作)(?:[（(]?(?:序号|编号)[）)]?)?$");
    /** A cell that names every item: 全部任务, 所有事项. */
    private static final Pattern ALL_ITEMS = Pattern.compile("^(?:全部|所有|各项)(?:任务|事项|工作)?$");
    /** An assignment's item that stands for every item of the document. */
    private static final int EVERY_ITEM = -1;
    private static final Pattern ITEMS_CELL = Pattern.compile(
            "^(?:第)?\\d{1,3}(?:项|条)?(?:[\\s\u3000]*[—–－\\-~～至到、，,和及][\\s\u3000]*(?:第)?\\d{1,3}(?:项|条)?)*$");
    private static final Pattern NOBODY = Pattern.compile("^[—\\-－/／无]*$");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern RANGE_MARK = Pattern.compile("[—–－\\-~～至到]");
    private static final int MAX_RANGE = 50;

    private UnitRowTables() {
    }

    /** The columns of a unit-by-unit table: the unit column and each item column's role; null when it is not one. */
    private record Columns(int unit, Map<Integer, String> items) {
    }

    /** Whether {@code table} gives items to units by number, row by unit. */
    static boolean namesItems(Table table) {
        return columns(table) != null || !marked(table).isEmpty();
    }

    /** One item a row gives its unit, with the column's role ("" when open). */
    private record Assignment(Paragraph row, Table.Cell unit, int item, String role) {
    }

    /** Every item each unit row of such tables names, row by row, column by column. */
    private static List<Assignment> assignments(List<Table> tables) {
        List<Assignment> assignments = new ArrayList<>();
        for (Table table : tables) {
            Columns columns = columns(table);
            if (columns == null) {
                assignments.addAll(marked(table));
                continue;
            }
            for (Paragraph row : table.rows().subList(1, table.rows().size())) {
                List<Table.Cell> cells = Table.cells(row);
                if (columns.unit() >= cells.size() || cells.get(columns.unit()).text().isBlank()) {
                    continue; // a category row (一、市级部门)
                }
                for (Map.Entry<Integer, String> column : columns.items().entrySet()) {
                    if (column.getKey() < cells.size()) {
                        String cell = cells.get(column.getKey()).text().strip();
                        for (int item : ALL_ITEMS.matcher(cell).matches() ? List.of(EVERY_ITEM) : numbers(cell)) {
                            assignments.add(new Assignment(row, cells.get(columns.unit()), item, column.getValue()));
                        }
                    }
                }
            }
        }
        return assignments;
    }

    /**
     * A matrix of units by item number: a unit column (责任单位) and, under a header such as 任务序号, one column per item
     * numbered 1, 2, 3 … at the end of the first or second header row; a mark in a unit's row gives it that item, its
     * role from the legend near the table (●为牵头单位，○为配合单位) or the marks' usual meaning.
     */
    /** A header cell over columns numbering months or quarters: a schedule (推进节点（月）, 进度安排（季度）). */
    private static final Pattern SCHEDULE_HEADER = Pattern.compile("[（(](?:月|月份|季度)[）)]|^(?:推进|时间|进度)(?:节点|安排)");

    private static List<Assignment> marked(Table table) {
        List<Paragraph> rows = table.rows();
        if (rows.size() < 3 || Table.cells(rows.get(0)).stream()
                .map(c -> AnnexColumns.headerName(c.text()).strip())
                .noneMatch(n -> AnnexColumns.UNIT_COLUMN.matcher(n).matches() || UNIT_HEADER.matcher(n).matches())) {
            return List.of();
        }
        if (Table.cells(rows.get(0)).stream().anyMatch(c -> SCHEDULE_HEADER.matcher(c.text()).find())) {
            return List.of(); // months or quarters numbered under a schedule's header (推进节点（月）), not items
        }
        for (int h = 0; h < 2; h++) {
            int items = numberedTail(Table.cells(rows.get(h)));
            if (items < 2) {
                continue;
            }
            Map<Character, String> legend = MatrixTables.legend(table);
            List<Assignment> assignments = new ArrayList<>();
            for (Paragraph row : rows.subList(h + 1, rows.size())) {
                // a row may have lost its leading or trailing empty cells (a merged 类别 cell's continuation, marks
                // missing at its end): the unit is its last cell that holds no mark, the items' cells follow it
                List<Table.Cell> cells = Table.cells(row);
                int unit = -1;
                for (int c = 0; c < cells.size(); c++) {
                    String t = cells.get(c).text().strip();
                    if (!t.isEmpty() && !(t.length() == 1 && MatrixTables.MARKS.indexOf(t.charAt(0)) >= 0)) {
                        unit = c;
                    }
                }
                if (unit < 0) {
                    continue;
                }
                int first = unit + 1;
                for (int k = 0; k < items && first + k < cells.size(); k++) {
                    String mark = cells.get(first + k).text().strip();
                    if (mark.length() == 1 && MatrixTables.MARKS.indexOf(mark.charAt(0)) >= 0) {
                        String role = legend.get(mark.charAt(0));
                        assignments.add(new Assignment(row, cells.get(unit), k + 1, role == null ? "" : role));
                    }
                }
            }
            return assignments;
        }
        return List.of();
    }

    /** How many cells end {@code cells} numbered 1, 2, 3 … in order, the row's filled cells being just these; else 0. */
    private static int numberedTail(List<Table.Cell> cells) {
        List<Table.Cell> filled = cells.stream().filter(c -> !c.text().isBlank()).toList();
        for (int k = 0; k < filled.size(); k++) {
            if (!filled.get(k).text().strip().equals(String.valueOf(k + 1))) {
                return 0;
            }
        }
        return !filled.isEmpty() && cells.get(cells.size() - 1) == filled.get(filled.size() - 1) ? filled.size() : 0;
    }

    /** The item numbers such tables name: the items they give units to carry a note though none stands at them. */
    static Set<String> items(List<Table> tables) {
        Set<String> named = new LinkedHashSet<>();
        assignments(tables).stream().filter(a -> a.item() != EVERY_ITEM).forEach(a -> named.add(String.valueOf(a.item())));
        return named;
    }

    /** The notes such tables give the tasks they name: each task's units from every row naming it, leads first. */
    static List<ResponsibilityNote> notes(String text, List<Table> tables, List<TaskBlock> tasks, String city) {
        Map<Integer, List<UnitRef>> byTask = new LinkedHashMap<>();
        Map<Integer, dev.collabgraph.loader.text.Span> firstRow = new LinkedHashMap<>();
        List<Assignment> expanded = new ArrayList<>();
        for (Assignment a : assignments(tables)) {
            if (a.item() == EVERY_ITEM) {
                // 全部任务: the unit takes part in every task
                tasks.forEach(t -> expanded.add(new Assignment(a.row(), a.unit(), t.number(), a.role())));
            } else {
                expanded.add(a);
            }
        }
        for (Assignment a : expanded) {
            GroupNotes.task(tasks, a.item()).ifPresent(task -> {
                List<UnitRef> units = UnitLists.split(text, a.unit().span().start(), a.unit().span().end(),
                        a.role().isEmpty() ? null : a.role(), city);
                List<UnitRef> noted = byTask.computeIfAbsent(task.number(), k -> new ArrayList<>());
                units.stream().filter(u -> noted.stream().noneMatch(v -> v.name().equals(u.name()))).forEach(noted::add);
                firstRow.putIfAbsent(task.number(), a.row().span());
            });
        }
        List<ResponsibilityNote> notes = new ArrayList<>();
        byTask.forEach((task, units) -> {
            List<UnitRef> ordered = new ArrayList<>(units.stream().filter(u -> "lead".equals(u.role())).toList());
            units.stream().filter(u -> !"lead".equals(u.role())).forEach(ordered::add);
            notes.add(new ResponsibilityNote(task, ordered, firstRow.get(task)));
        });
        return notes;
    }

    private static Columns columns(Table table) {
        List<Table.Cell> header = Table.cells(table.rows().get(0));
        int unit = -1;
        Map<Integer, String> items = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = AnnexColumns.headerName(header.get(c).text()).strip();
            Matcher m = ITEMS_HEADER.matcher(name);
            if (m.matches()) {
                String role = UnitLists.roleOf(m.group(1));
                items.put(c, role == null ? "" : role);
            } else if (unit < 0 && UNIT_HEADER.matcher(name).matches()) {
                unit = c;
            }
        }
        if (unit < 0 || items.isEmpty()) {
            return null;
        }
        int rowsWithUnits = 0;
        for (Paragraph row : table.rows().subList(1, table.rows().size())) {
            List<Table.Cell> cells = Table.cells(row);
            if (unit >= cells.size() || cells.get(unit).text().isBlank()) {
                continue;
            }
            rowsWithUnits++;
            for (int c : items.keySet()) {
                String cell = c < cells.size() ? cells.get(c).text().strip() : "";
                if (!NOBODY.matcher(cell).matches() && !ITEMS_CELL.matcher(cell).matches()
                        && !ALL_ITEMS.matcher(cell).matches()) {
                    return null; // a column of work text, not of numbers
                }
            }
        }
        return rowsWithUnits > 0 ? new Columns(unit, items) : null;
    }

    /** The item numbers a cell names: each number, and every number between two joined by a range mark. */
    private static List<Integer> numbers(String cell) {
        if (!ITEMS_CELL.matcher(cell.strip()).matches()) {
            return List.of();
        }
        List<Integer> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(cell);
        int previous = -1;
        int previousEnd = 0;
        while (m.find()) {
            int n = Integer.parseInt(m.group());
            if (previous > 0 && RANGE_MARK.matcher(cell.substring(previousEnd, m.start())).find()) {
                if (n < previous || n - previous > MAX_RANGE) {
                    return List.of();
                }
                for (int k = previous + 1; k <= n; k++) {
                    numbers.add(k);
                }
            } else {
                numbers.add(n);
            }
            previous = n;
            previousEnd = m.end();
        }
        return numbers;
    }
}

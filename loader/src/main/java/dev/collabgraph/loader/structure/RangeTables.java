package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A division of work set out as a table that names the items by their numbers instead of their titles (任务序号 |
 * 牵头部门 | 责任领导 | 配合部门, rows （1）—（3） | A | person | B、C): each row is the note of the items its first cell
 * names, singly, in ranges or in lists (（5）（6）, （8）、（9））. The units' roles come from their columns' names; a column
 * of officials (责任领导) names people, not units. Only a table of numbers, units, people and deadlines is one: a column
 * of names or figures makes it an indicator or annex table.
 */
final class RangeTables {
    private static final Pattern NUMBER_HEADER = Pattern.compile("^(?:任务|工作|事项)?(?:序号|编号)$|^对应(?:任务|事项)$");
    /** A cell of item numbers only: （1）—（3）, 4, （5）（6）, 8、9, 10至11, and an outline's 1.1, 2.1、2.2, 2.3—2.4. */
    private static final Pattern ITEMS_CELL = Pattern.compile(
            "^[（(]?\\d{1,3}(?:\\.\\d{1,2})?[)）]?(?:[\\s\u3000]*(?:[—–－\\-~～至到、，,和及]+)?[\\s\u3000]*[（(]?\\d{1,3}(?:\\.\\d{1,2})?[)）]?)*$");
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3})(?:\\.(\\d{1,2}))?");
    private static final Pattern RANGE_MARK = Pattern.compile("[—–－\\-~～至到]");
    private static final Pattern PEOPLE = Pattern.compile("领导|责任人|联系人|负责人");
    private static final Pattern TIME = Pattern.compile("时限|时间|节点|期限");
    private static final int MAX_RANGE = 50;

    private RangeTables() {
    }

    /**
     * The item numbers such tables name (3, 2.1), as printed: the items they give units to carry a note though none
     * stands at them.
     */
    static Set<String> items(List<Table> tables) {
        Set<String> named = new LinkedHashSet<>();
        for (Table table : tables) {
            if (roles(table) != null) {
                for (Paragraph row : table.rows().subList(1, table.rows().size())) {
                    named.addAll(items(Table.cells(row).get(0).text()));
                }
            }
        }
        return named;
    }

    /** Whether {@code table} gives units to items by their numbers alone (任务序号 | 牵头部门 | 配合部门). */
    static boolean namesItems(Table table) {
        return roles(table) != null;
    }

    /** A table by unit (序号 | 责任单位 | 牵头任务 | 配合任务) numbers its units, not items: {@link UnitRowTables}' own. */
    private static boolean byUnit(Table table) {
        return UnitRowTables.namesItems(table);
    }

    /**
     * The roles of a table's columns after the first when it is a table of item numbers, units, people and deadlines
     * ("lead", "co", "" for units whose role it leaves open, null for other columns); null when it is not one.
     */
    private static List<String> roles(Table table) {
        List<Table.Cell> header = Table.cells(table.rows().get(0));
        if (header.size() < 2 || !NUMBER_HEADER.matcher(AnnexColumns.headerName(header.get(0).text())).find()
                || !numbersOnly(table) || byUnit(table)) {
            return null; // rows that give their tasks' titles make an annex of tasks, read as one
        }
        List<String> roles = new ArrayList<>();
        boolean anyUnits = false;
        boolean onlyDuties = true;
        for (Table.Cell cell : header.subList(1, header.size())) {
            String name = AnnexColumns.headerName(cell.text());
            boolean people = PEOPLE.matcher(name).find();
            boolean units = AnnexColumns.namesUnits(List.of(cell)) && !people;
            roles.add(units ? roleOf(name) : null);
            anyUnits |= units;
            onlyDuties &= units || people || TIME.matcher(name).find();
        }
        // a column of names, titles or figures (指标名称, 目标值) makes another kind of table
        return anyUnits && onlyDuties ? roles : null;
    }

    /** The notes such tables give the tasks they name, by task number. */
    static List<ResponsibilityNote> notes(String text, List<Table> tables, List<TaskBlock> tasks, String city) {
        List<ResponsibilityNote> notes = new ArrayList<>();
        for (Table table : tables) {
            List<String> roles = roles(table);
            if (roles == null) {
                continue;
            }
            // a lead cell merged over several rows reads empty below its first: it leads them all
            java.util.Map<Integer, List<UnitRef>> leadAbove = new java.util.HashMap<>();
            for (Paragraph row : table.rows().subList(1, table.rows().size())) {
                List<Table.Cell> cells = Table.cells(row);
                if (cells.isEmpty() || !ITEMS_CELL.matcher(cells.get(0).text().strip()).matches()) {
                    continue;
                }
                List<UnitRef> units = new ArrayList<>();
                for (int c = 1; c < roles.size() + 1; c++) {
                    String role = roles.get(c - 1);
                    if (role == null) {
                        continue;
                    }
                    Table.Cell cell = c < cells.size() ? cells.get(c) : null;
                    List<UnitRef> inCell = cell == null ? List.of() : UnitLists.split(text, cell.span().start(),
                            cell.span().end(), role.isEmpty() ? null : role, city);
                    if (role.equals("lead")) {
                        inCell = inCell.isEmpty() ? leadAbove.getOrDefault(c, List.of()) : inCell;
                        leadAbove.put(c, inCell);
                    }
                    units.addAll(inCell);
                }
                if (units.isEmpty()) {
                    continue;
                }
                for (String item : items(cells.get(0).text())) {
                    task(tasks, item).ifPresent(t -> notes.add(new ResponsibilityNote(t.number(), units, row.span())));
                }
            }
        }
        return notes;
    }

    /** Whether every row of the table names its items by number alone in its first cell. */
    private static boolean numbersOnly(Table table) {
        List<Paragraph> rows = table.rows().subList(1, table.rows().size());
        return !rows.isEmpty() && rows.stream().allMatch(r -> {
            List<Table.Cell> cells = Table.cells(r);
            return !cells.isEmpty() && ITEMS_CELL.matcher(cells.get(0).text().strip()).matches();
        });
    }

    /** "lead", "co", or "" for a column of units whose role the document leaves open (责任部门). */
    private static String roleOf(String header) {
        if (header.contains("牵头") || header.contains("主办") || header.contains("主责")) {
            return "lead";
        }
        return header.contains("配合") || header.contains("协办") || header.contains("协同") || header.contains("参与")
                ? "co" : "";
    }

    /** The task an item number names: an outline's 2.3 by its label, a plain number as group notes find it. */
    private static java.util.Optional<TaskBlock> task(List<TaskBlock> tasks, String item) {
        return item.indexOf('.') >= 0 ? tasks.stream().filter(t -> t.label().equals(item)).findFirst()
                : GroupNotes.task(tasks, Integer.parseInt(item));
    }

    /**
     * The item numbers a cell names: each number, and every number between two joined by a range mark (2.3—2.5 runs
     * within part 2).
     */
    private static Set<String> items(String cell) {
        Set<String> items = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(cell);
        int previous = -1;
        String previousPart = null;
        int previousEnd = 0;
        while (m.find()) {
            String part = m.group(2) == null ? null : m.group(1);
            int n = Integer.parseInt(m.group(2) == null ? m.group(1) : m.group(2));
            if (previous > 0 && RANGE_MARK.matcher(cell.substring(previousEnd, m.start())).find()) {
                if (n < previous || n - previous > MAX_RANGE || !java.util.Objects.equals(part, previousPart)) {
                    return Set.of();
                }
                for (int k = previous + 1; k <= n; k++) {
                    items.add(part == null ? String.valueOf(k) : part + "." + k);
                }
            } else {
                items.add(part == null ? String.valueOf(n) : part + "." + n);
            }
            previous = n;
            previousPart = part;
            previousEnd = m.end();
        }
        return items;
    }
}

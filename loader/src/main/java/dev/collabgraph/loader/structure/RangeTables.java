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
    /** A cell of item numbers only: （1）—（3）, 4, （5）（6）, 8、9, 10至11. */
    private static final Pattern ITEMS_CELL = Pattern.compile(
            "^[（(]?\\d{1,3}[)）]?(?:[\\s\u3000]*(?:[—–－\\-~～至到、，,和及]+)?[\\s\u3000]*[（(]?\\d{1,3}[)）]?)*$");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern RANGE_MARK = Pattern.compile("[—–－\\-~～至到]");
    private static final Pattern PEOPLE = Pattern.compile("领导|责任人|联系人|负责人");
    private static final Pattern TIME = Pattern.compile("时限|时间|节点|期限");
    private static final int MAX_RANGE = 50;

    private RangeTables() {
    }

    /** The notes such tables give the tasks they name, by task number. */
    static List<ResponsibilityNote> notes(String text, List<Table> tables, List<TaskBlock> tasks, String city) {
        List<ResponsibilityNote> notes = new ArrayList<>();
        for (Table table : tables) {
            List<Table.Cell> header = Table.cells(table.rows().get(0));
            if (header.size() < 2 || !NUMBER_HEADER.matcher(AnnexColumns.headerName(header.get(0).text())).find()
                    || !numbersOnly(table)) {
                continue; // rows that give their tasks' titles make an annex of tasks, read as one
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
            if (!anyUnits || !onlyDuties) {
                continue; // a column of names, titles or figures (指标名称, 目标值) makes another kind of table
            }
            for (Paragraph row : table.rows().subList(1, table.rows().size())) {
                List<Table.Cell> cells = Table.cells(row);
                if (cells.isEmpty() || !ITEMS_CELL.matcher(cells.get(0).text().strip()).matches()) {
                    continue;
                }
                List<UnitRef> units = new ArrayList<>();
                for (int c = 1; c < cells.size() && c - 1 < roles.size(); c++) {
                    String role = roles.get(c - 1);
                    if (role != null) {
                        Table.Cell cell = cells.get(c);
                        units.addAll(UnitLists.split(text, cell.span().start(), cell.span().end(),
                                role.isEmpty() ? null : role, city));
                    }
                }
                if (units.isEmpty()) {
                    continue;
                }
                for (int item : items(cells.get(0).text())) {
                    GroupNotes.task(tasks, item)
                            .ifPresent(t -> notes.add(new ResponsibilityNote(t.number(), units, row.span())));
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

    /** The item numbers a cell names: each number, and every number between two joined by a range mark. */
    private static Set<Integer> items(String cell) {
        Set<Integer> items = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(cell);
        int previous = -1;
        int previousEnd = 0;
        while (m.find()) {
            int n = Integer.parseInt(m.group());
            if (previous > 0 && RANGE_MARK.matcher(cell.substring(previousEnd, m.start())).find()) {
                if (n < previous || n - previous > MAX_RANGE) {
                    return Set.of();
                }
                for (int k = previous + 1; k <= n; k++) {
                    items.add(k);
                }
            } else {
                items.add(n);
            }
            previous = n;
            previousEnd = m.end();
        }
        return items;
    }
}

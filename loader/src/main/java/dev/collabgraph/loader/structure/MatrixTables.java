package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A responsibility matrix: one row a task, one column a unit named in the header, marks in the cells (★ lead, ○ assist,
 * as a legend near the table says: ★为牵头单位，○为配合单位). Each row is an annex row whose units are the columns it
 * marks. Without a legend ★ ● ▲ lead, ○ △ ◎ assist, √ ✓ leave the role open.
 */
final class MatrixTables {
    private static final Pattern NUMBER_COLUMN = Pattern.compile("^(?:序号|编号)$");
    private static final Pattern TASK_COLUMN = Pattern.compile("任务|事项|项目|工作");
    static final String MARKS = "★☆●○◎△▲√✓✔";
    /** A legend entry: a mark, then what it stands for (★为牵头单位, ○表示配合, ●：牵头). */
    private static final Pattern LEGEND = Pattern.compile("([" + MARKS + "])\\s*(?:为|表示|代表|[：:])?\\s*(牵头|主办|配合|协办|参与|协同|责任)");
    /** A matrix names at least this many units as columns. */
    private static final int MIN_UNIT_COLUMNS = 2;

    private MatrixTables() {
    }

    /** The rows of {@code table} when it is such a matrix. */
    static Optional<List<AnnexRow>> read(Table table, String text, String city) {
        List<Table.Cell> header = Table.cells(table.rows().get(0));
        int number = -1;
        int title = -1;
        List<Integer> unitColumns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).text();
            if (NUMBER_COLUMN.matcher(name).matches()) {
                number = c;
            } else if (title < 0 && TASK_COLUMN.matcher(name).find()) {
                title = c;
            } else if (UnitNames.isOrgan(name)) {
                unitColumns.add(c);
            }
        }
        if (number < 0 || title < 0 || unitColumns.size() < MIN_UNIT_COLUMNS) {
            return Optional.empty();
        }
        Map<Character, String> roles = legend(table);
        int year = AnnexReader.captionYear(table);
        List<AnnexRow> rows = new ArrayList<>();
        boolean marked = false;
        for (Paragraph row : table.rows().subList(1, table.rows().size())) {
            List<Table.Cell> cells = Table.cells(row);
            if (cells.size() <= title || !cells.get(number).text().matches("\\d{1,3}")) {
                continue; // a repeated header, a category row
            }
            List<UnitRef> units = new ArrayList<>();
            for (int c : unitColumns) {
                String mark = c < cells.size() ? cells.get(c).text().strip() : "";
                if (mark.length() != 1 || MARKS.indexOf(mark.charAt(0)) < 0) {
                    continue;
                }
                marked = true;
                Table.Cell head = header.get(c);
                String role = roles.getOrDefault(mark.charAt(0), null);
                units.addAll(UnitLists.split(text, head.span().start(), head.span().end(), role, city));
            }
            Table.Cell titleCell = cells.get(title);
            rows.add(new AnnexRow(Integer.parseInt(cells.get(number).text()), titleCell.text(), "", year,
                    UnitLists.shareLevel(units), 0, new Span(row.start(), row.end()), null));
        }
        return marked ? Optional.of(rows) : Optional.empty();
    }

    /** What each mark stands for: the legend near the table, else the marks' usual meaning. */
    static Map<Character, String> legend(Table table) {
        Map<Character, String> roles = new HashMap<>();
        for (char lead : "★●▲".toCharArray()) {
            roles.put(lead, "lead");
        }
        for (char co : "○△◎☆".toCharArray()) {
            roles.put(co, "co");
        }
        List<Paragraph> around = new ArrayList<>(table.before());
        around.addAll(table.after());
        for (Paragraph p : around) {
            Matcher m = LEGEND.matcher(p.text());
            while (m.find()) {
                roles.put(m.group(1).charAt(0), UnitLists.roleOf(m.group(2)));
            }
        }
        return roles;
    }
}

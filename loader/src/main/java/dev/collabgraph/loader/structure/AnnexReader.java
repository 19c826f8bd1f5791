package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an annex work table: a header with a 序号 column, a task column (主要任务, 重点任务 …) and unit
 * columns (责任单位, or 牵头单位 and 配合单位, which give the units their roles). The year comes from the
 * caption (2018年度重点工作任务). Header rows repeated on every page and section rows (一、…) are skipped.
 */
final class AnnexReader {
    private static final Pattern NUMBER_COLUMN = Pattern.compile("^(?:序号|编号)$");
    private static final Pattern TITLE_COLUMN = Pattern.compile("任务|事项|项目");
    private static final Pattern WORK_COLUMN = Pattern.compile("工作|内容|目标|措施|举措|要求");
    private static final Pattern UNIT_COLUMN = Pattern.compile("^(责任|牵头|主办|配合|协办|参与)?(?:单位|部门)$");
    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3})[.、]?$");
    private static final Pattern CAPTION_YEAR = Pattern.compile("(\\d{4})年");

    /** Column positions of an annex header; {@code unitRoles} holds each unit column's role (or null). */
    private record Columns(int number, int title, int work, List<Integer> units, List<String> unitRoles) {
    }

    private AnnexReader() {
    }

    /** The rows of {@code table} when it is an annex work table, units named for {@code city}. */
    static Optional<List<AnnexRow>> read(Table table, String city) {
        List<Table.Cell> header = Table.cells(table.rows().get(0));
        Optional<Columns> found = columns(header);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Columns columns = found.get();
        int year = captionYear(table);
        List<AnnexRow> rows = new ArrayList<>();
        for (Paragraph p : table.rows()) {
            List<Table.Cell> cells = Table.cells(p);
            Matcher number = cells.size() > columns.number()
                    ? ROW_NUMBER.matcher(cells.get(columns.number()).text()) : null;
            if (number == null || !number.matches()) {
                continue;
            }
            List<UnitRef> units = new ArrayList<>();
            for (int u = 0; u < columns.units().size(); u++) {
                int column = columns.units().get(u);
                if (column < cells.size()) {
                    Table.Cell cell = cells.get(column);
                    units.addAll(UnitLists.split(p.text(), cell.span().start() - p.start(), cell.span().end() - p.start(),
                            columns.unitRoles().get(u), city).stream().map(r -> shift(r, p.start())).toList());
                }
            }
            Table.Cell work = columns.work() >= 0 && columns.work() < cells.size() ? cells.get(columns.work()) : null;
            String title = columns.title() < cells.size() ? cells.get(columns.title()).text() : "";
            rows.add(new AnnexRow(Integer.parseInt(number.group(1)), title, work == null ? "" : work.text(), year,
                    units, 0, p.span(), work == null ? null : work.span()));
        }
        return Optional.of(rows);
    }

    private static Optional<Columns> columns(List<Table.Cell> header) {
        int number = -1;
        int title = -1;
        int work = -1;
        List<Integer> units = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String text = header.get(c).text();
            Matcher unit = UNIT_COLUMN.matcher(text);
            if (NUMBER_COLUMN.matcher(text).matches()) {
                number = c;
            } else if (unit.matches()) {
                units.add(c);
                roles.add(unit.group(1) == null ? null : UnitLists.roleOf(unit.group(1)));
            } else if (title < 0 && TITLE_COLUMN.matcher(text).find()) {
                title = c;
            } else if (work < 0 && WORK_COLUMN.matcher(text).find()) {
                work = c;
            }
        }
        if (number < 0 || title < 0 || units.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Columns(number, title, work, units, roles));
    }

    /** The year in the nearest caption line above the table, else 0. */
    private static int captionYear(Table table) {
        for (int i = table.before().size() - 1; i >= 0; i--) {
            Matcher year = CAPTION_YEAR.matcher(table.before().get(i).text());
            if (year.find()) {
                return Integer.parseInt(year.group(1));
            }
        }
        return 0;
    }

    private static UnitRef shift(UnitRef unit, int offset) {
        return new UnitRef(unit.name(), unit.surface(), unit.role(),
                new Span(unit.span().start() + offset, unit.span().end() + offset),
                unit.repairedFrom());
    }
}

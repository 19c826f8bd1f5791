package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A work table set on its side: the field names (项目编号, 项目名称, 牵头单位, 配合单位 …) head its rows and each item
 * is a column, as a plan with few long items prints it (表一 with four projects, 表二（续） with four more). The first
 * column is read as a header ({@link AnnexColumns}); every other column is an annex row. A unit cell wrapped onto the
 * next line splits its row in two (市科技局、 / 市工信局 then the row's next cells): the short row and the line after
 * it are joined. Parts continued under another caption (表二（续）) go on with the year and numbering of the first.
 */
final class TransposedTables {
    /** The number of an item in its column's top cell: 项目一, 任务3, 3. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("([一二三四五六七八九十]{1,3}|\\d{1,3})$");
    /** Columns of items a table needs to be read so (one item beside its field names is a card, read elsewhere). */
    private static final int MIN_ITEMS = 2;

    /** A cell, in the pieces a wrap cut it into. */
    private record Piece(List<Table.Cell> parts) {
        String text() {
            return new CellText(parts).text();
        }

        Span span() {
            return new Span(parts.get(0).span().start(), parts.get(parts.size() - 1).span().end());
        }
    }

    private final String city;
    private int year;
    private int lastNumber;

    TransposedTables(String city) {
        this.city = city;
    }

    /** The rows of {@code table} when it is a work table on its side; empty otherwise. */
    Optional<List<AnnexRow>> read(Table table) {
        List<List<Piece>> all = joinedRows(table);
        if (all.size() < 3 || AnnexColumns.of(Table.cells(table.rows().get(0))).isPresent()) {
            return Optional.empty();
        }
        // parts printed one under the other without a blank line between (表一 … 表二（续）): each opens on the
        // first field again
        List<AnnexRow> read = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= all.size(); i++) {
            if (i == all.size() || all.get(i).get(0).text().equals(all.get(0).get(0).text())) {
                Optional<List<AnnexRow>> part = read(table, all.subList(from, i));
                if (part.isEmpty()) {
                    return from == 0 ? Optional.empty() : Optional.of(read);
                }
                read.addAll(part.get());
                from = i;
            }
        }
        return Optional.of(read);
    }

    private Optional<List<AnnexRow>> read(Table table, List<List<Piece>> rows) {
        if (rows.size() < 3) {
            return Optional.empty();
        }
        List<Table.Cell> fields = rows.stream().map(r -> new Table.Cell(r.get(0).text(), r.get(0).span())).toList();
        Optional<AnnexColumns> found = AnnexColumns.of(fields);
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        // a part continued under its own caption (表二（续）) may hold the last item alone
        if (found.isEmpty() || width - 1 < (lastNumber > 0 ? 1 : MIN_ITEMS)) {
            return Optional.empty();
        }
        AnnexColumns columns = found.get();
        int captionYear = AnnexReader.captionYear(table);
        year = captionYear > 0 ? captionYear : year;
        boolean leadRowAside = columns.unitRoles().contains("lead");
        List<AnnexRow> read = new ArrayList<>();
        for (int c = 1; c < width; c++) {
            Piece top = cell(rows, columns.number(), c);
            Piece title = cell(rows, columns.title(), c);
            if (title == null || title.text().isEmpty()) {
                continue;
            }
            Matcher printed = top == null ? null : ITEM_NUMBER.matcher(top.text());
            int number = printed != null && printed.find() ? Numerals.value(printed.group(1)) : lastNumber + 1;
            number = number > lastNumber ? number : lastNumber + 1;
            lastNumber = number;
            List<UnitRef> units = new ArrayList<>();
            for (int u = 0; u < columns.units().size(); u++) {
                Piece cell = cell(rows, columns.units().get(u), c);
                String role = columns.unitRoles().get(u);
                if (cell == null || UnitLists.namesNobody(cell.text())) {
                    continue;
                }
                units.addAll(new CellText(cell.parts()).units(role == null && leadRowAside ? "co" : role, city));
            }
            Piece work = columns.work() >= 0 ? cell(rows, columns.work(), c) : null;
            Span span = top != null && !top.text().isEmpty() ? top.span() : title.span();
            read.add(new AnnexRow(number, title.text(), work == null ? "" : work.text(), year,
                    UnitLists.shareLevel(units), 0, span, work == null ? null : work.span()));
        }
        return read.isEmpty() ? Optional.empty() : Optional.of(read);
    }

    private static Piece cell(List<List<Piece>> rows, int row, int column) {
        return row >= 0 && row < rows.size() && column < rows.get(row).size() ? rows.get(row).get(column) : null;
    }

    /**
     * The table's rows of cells, lines without tabs (a page number, a continued caption) left out, and a row cut short
     * by a wrapped cell joined with the line that goes on with it.
     */
    private static List<List<Piece>> joinedRows(Table table) {
        List<List<Piece>> rows = new ArrayList<>();
        int width = table.rows().stream().filter(Paragraph::isTableRow).mapToInt(Table::cellCount).max()
                .orElse(0);
        for (Paragraph p : table.rows()) {
            if (!p.isTableRow()) {
                continue;
            }
            List<Piece> cells = Table.cells(p).stream().map(c -> new Piece(List.of(c))).toList();
            List<Piece> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && last.size() < width && last.size() + cells.size() - 1 <= width
                    && !cells.get(0).text().isEmpty() && endsOpen(last.get(last.size() - 1).text())) {
                List<Table.Cell> parts = new ArrayList<>(last.get(last.size() - 1).parts());
                parts.addAll(cells.get(0).parts());
                List<Piece> joined = new ArrayList<>(last.subList(0, last.size() - 1));
                joined.add(new Piece(parts));
                joined.addAll(cells.subList(1, cells.size()));
                rows.set(rows.size() - 1, joined);
            } else {
                rows.add(cells);
            }
        }
        return rows;
    }

    /** A cell whose text stops inside a list (市科技局、): its row goes on on the next line. */
    private static boolean endsOpen(String text) {
        return !text.isEmpty() && "、，,；;".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}

package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.MappedText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A task list kept as a worksheet too wide for its page and printed in parts: the pages of the first part hold 序号
 * with the tasks and their work, those of the second part 序号 (the sheet's print titles) with the units and
 * deadlines. A row's task and its units stand pages apart, joined only by the repeated 序号: each number's title comes
 * from the first part, its units from the second.
 */
final class SplitSheets {
    /** The numbers of both parts must be nearly the same rows: this share of one part at least in the other. */
    private static final double MIN_SHARED = 0.8;

    private SplitSheets() {
    }

    /** The tables, each cut where a header row (序号 | …) starts a part of its own: the parts printed one after another. */
    private static List<Table> segments(List<Table> tables) {
        List<Table> segments = new ArrayList<>();
        for (Table table : tables) {
            List<Paragraph> rows = table.rows();
            int from = 0;
            for (int i = 1; i <= rows.size(); i++) {
                if (i == rows.size() || isHeader(rows.get(i))) {
                    segments.add(new Table(rows.subList(from, i), from == 0 ? table.before() : List.of(),
                            i == rows.size() ? table.after() : List.of()));
                    from = i;
                }
            }
        }
        return segments;
    }

    private static boolean isHeader(Paragraph row) {
        List<Table.Cell> cells = Table.cells(row);
        return cells.size() > 1 && cells.get(0).text().equals("序号");
    }

    /** The rows joined from the halves among {@code tables}; none when the document has not both. */
    static List<AnnexRow> join(List<Table> tables, MappedText text, String city) {
        Map<Integer, AnnexRow> titles = new LinkedHashMap<>();
        Map<Integer, AnnexRow> units = new LinkedHashMap<>();
        for (Table table : segments(tables)) {
            List<Table.Cell> header = AnnexReader.twoRowHeader(table);
            for (AnnexColumns.Half half : AnnexColumns.Half.values()) {
                Optional<AnnexColumns> columns = AnnexColumns.half(header, half);
                if (columns.isEmpty()) {
                    continue;
                }
                Map<Integer, AnnexRow> into = half == AnnexColumns.Half.TITLES ? titles : units;
                AnnexReader.readHalf(table, text, city, columns.get())
                        .ifPresent(rows -> rows.forEach(r -> into.putIfAbsent(r.number(), r)));
            }
        }
        long shared = titles.keySet().stream().filter(units::containsKey).count();
        if (titles.isEmpty() || units.isEmpty() || shared < MIN_SHARED * Math.max(titles.size(), units.size())) {
            return List.of();
        }
        List<AnnexRow> joined = new ArrayList<>();
        titles.forEach((number, t) -> {
            AnnexRow u = units.get(number);
            if (u != null) {
                joined.add(new AnnexRow(number, t.title(), t.work(), t.year() > 0 ? t.year() : u.year(), u.units(),
                        0, t.span(), t.workSpan()));
            }
        });
        return joined;
    }
}

package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A division of work whose header has no column of units: under each item's row (序号 | 重点任务 | 完成时限) a row
 * merged across the table, or a line, holds the item's note (牵头单位：A　配合单位：B、C, 责任单位：A（牵头）、B). Each
 * numbered row with such a line under it is a row of the annex, the line its units.
 */
final class NoteRowTables {
    private static final Pattern NUMBER_CELL = Pattern.compile("^\\d{1,3}$");
    /** A table needs this many rows with a note under them to be read this way. */
    private static final int MIN_ROWS = 2;

    private NoteRowTables() {
    }

    /**
     * The rows of such tables among {@code paragraphs} (the part after a document's body) of the logical {@code text};
     * {@code notedFirstLeads}: a note says a list's first unit leads.
     */
    static List<AnnexRow> read(String text, List<Paragraph> paragraphs, String city, boolean notedFirstLeads) {
        List<AnnexRow> rows = new ArrayList<>();
        List<AnnexRow> table = new ArrayList<>();
        boolean headed = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (!p.isTableRow()) {
                continue;
            }
            List<Table.Cell> cells = Table.cells(p);
            if (cells.stream().anyMatch(c -> Table.NUMBER_HEADER.matcher(c.text()).matches())) {
                flush(rows, table);
                // a header naming units has its own reader
                headed = !AnnexColumns.namesUnits(cells);
                continue;
            }
            if (!headed || i + 1 >= paragraphs.size() || paragraphs.get(i + 1).isTableRow()) {
                continue;
            }
            Paragraph note = paragraphs.get(i + 1);
            Optional<AnnexRow> row = row(text, p, cells, note, city, notedFirstLeads);
            row.ifPresent(table::add);
        }
        flush(rows, table);
        return rows;
    }

    private static void flush(List<AnnexRow> rows, List<AnnexRow> table) {
        if (table.size() >= MIN_ROWS) {
            rows.addAll(table);
        }
        table.clear();
    }

    /** The item of row {@code p} with the units of the note line under it; empty when the line is no note. */
    private static Optional<AnnexRow> row(String text, Paragraph p, List<Table.Cell> cells, Paragraph note, String city,
                                          boolean notedFirstLeads) {
        String line = note.text().strip();
        Matcher label = NoteReader.LABEL.matcher(line);
        if (!label.lookingAt()) {
            return Optional.empty();
        }
        int number = -1;
        int start = p.start();
        String title = "";
        for (int c = 0; c < cells.size() && title.isEmpty(); c++) {
            if (number < 0 && NUMBER_CELL.matcher(cells.get(c).text()).matches()) {
                number = Integer.parseInt(cells.get(c).text());
                start = cells.get(c).span().start(); // after a category cell the row is its number on
            } else if (number >= 0) {
                title = cells.get(c).text();
            }
        }
        if (number < 0 || title.isEmpty()) {
            return Optional.empty();
        }
        List<UnitRef> units = NoteReader.read(text, note.span(), 0, city).map(ResponsibilityNote::units).orElse(List.of());
        if (units.isEmpty()) {
            return Optional.empty();
        }
        units = notedFirstLeads && units.stream().allMatch(u -> u.role() == null) ? AnnexReader.firstLead(units)
                : AnnexReader.othersAssist(units);
        return Optional.of(new AnnexRow(number, title, "", 0, UnitLists.shareLevel(units), 0,
                new Span(start, note.end()), null));
    }
}

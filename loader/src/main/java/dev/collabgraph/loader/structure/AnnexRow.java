package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.List;

/**
 * A row of an annex work table (2018年度重点工作任务): its number, task title and work text as printed,
 * the year the table is for, its units, and the span of the row. {@code taskNumber} is the body task it
 * details (by number, else by title), or 0 when none matches.
 */
public record AnnexRow(int number, String title, String work, int year, List<UnitRef> units, int taskNumber,
                       Span span, Span workSpan) {
    public AnnexRow {
        units = List.copyOf(units);
    }
}

package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.List;

/**
 * A row of an annex work table (2018年度重点工作任务): its number, task title and work text as printed,
 * the year the table is for, its units, and the span of the row. {@code taskNumber} is the body task it
 * details (by number, else by title), or 0 when none matches. {@code sub} numbers a sub-item row under its
 * parent's number (1.2 is number 1, sub 2), 0 for a row of its own.
 */
public record AnnexRow(int number, String title, String work, int year, List<UnitRef> units, int taskNumber,
                       Span span, Span workSpan, int sub) {
    public AnnexRow {
        units = List.copyOf(units);
    }

    public AnnexRow(int number, String title, String work, int year, List<UnitRef> units, int taskNumber, Span span,
                    Span workSpan) {
        this(number, title, work, year, units, taskNumber, span, workSpan, 0);
    }

    /** The same row with other units. */
    AnnexRow withUnits(List<UnitRef> other) {
        return new AnnexRow(number, title, work, year, other, taskNumber, span, workSpan, sub);
    }

    /** The same row detailing body task {@code task} (0 for none). */
    AnnexRow withTask(int task) {
        return new AnnexRow(number, title, work, year, units, task, span, workSpan, sub);
    }

    /** The number as printed: 3, or 1.2 for a sub-item. */
    public String printed() {
        return sub > 0 ? number + "." + sub : Integer.toString(number);
    }
}

package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.Span;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

import java.util.List;
import java.util.Set;

/**
 * A layout table giving each industry the schools that support it (主导产业 | 链主企业 | 支撑高校院所 | 承载园区, 产业链 |
 * 合作高校): the universities of a row's school cell focus on the industries of its industry cell. Only the school and
 * the industry are paired: whether a row's company or park works with the school, the table does not say. Only
 * tab-separated rows under such a header count, up to the first line that is no row.
 */
final class FocusColumns {
    private static final String RULE = "focuses-on:table-columns";

    private FocusColumns() {
    }

    static void apply(Doc doc, Relations out) {
        String text = doc.text;
        int school = -1;
        int industry = -1;
        for (int tab = text.indexOf('\t'); tab >= 0; ) {
            int lineStart = text.lastIndexOf('\n', tab) + 1;
            int lineEnd = text.indexOf('\n', tab);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String[] cells = text.substring(lineStart, lineEnd).split("\t", -1);
            int schools = column(cells, true);
            int industries = schools >= 0 ? column(cells, false) : -1;
            if (industries >= 0) {
                school = schools;
                industry = industries;
            } else if (school >= 0 && Math.max(school, industry) < cells.length) {
                Span row = new Span(lineStart, lineEnd);
                List<Mention> universities = PartnerColumns.in(doc, lineStart, cells, school, Set.of(Label.University));
                for (Mention field : PartnerColumns.in(doc, lineStart, cells, industry, Set.of(Label.Industry))) {
                    for (Mention university : universities) {
                        out.add(RelType.FOCUSES_ON, university, field, row, RULE);
                    }
                }
            }
            // the next row is the next line holding a tab; a line between without one ends the table
            int next = lineEnd + 1 < text.length() ? text.indexOf('\t', lineEnd + 1) : -1;
            int nextLine = next < 0 ? -1 : text.lastIndexOf('\n', next);
            if (next < 0 || nextLine != lineEnd) {
                school = -1;
                industry = -1;
            }
            tab = next;
        }
    }

    /** The column of schools (or of industries) in a header line's cells, or -1. */
    private static int column(String[] cells, boolean schools) {
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i].strip();
            if (schools ? PartnerColumns.universityColumn(cell) : TableColumns.industryColumn(cell)) {
                return i;
            }
        }
        return -1;
    }
}

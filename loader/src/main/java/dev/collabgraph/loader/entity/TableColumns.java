package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.List;

/**
 * The cells of a named table column: rosters and 产业地图 tables head their columns 链主企业, 目标企业, 主导产业,
 * 招引方向 …, and every 、-separated item of such a column's cells is a company or an industry. The table is the
 * tab-separated rows after the header, up to the first line of prose.
 */
final class TableColumns {
    /** Column names whose cells list companies. */
    private static final List<String> ENTERPRISE_COLUMNS = List.of("链主企业", "重点配套企业", "配套企业", "目标企业",
            "重点企业", "龙头企业");
    /** Column names whose cells list industries. */
    private static final List<String> INDUSTRY_COLUMNS = List.of("产业链", "主导产业", "招引方向", "重点产业", "发展重点",
            "产业领域", "首位产业", "特色产业", "优势产业", "支柱产业", "未来产业");
    private static final char TAB = '\t';
    /** A line without tabs this long, or ending a sentence, is prose: the table has ended. */
    private static final int MAX_CATEGORY_ROW = 30;
    private static final String RULE = "context:table-column";

    private TableColumns() {
    }

    static void find(Scan scan, List<Candidate> out) {
        String text = scan.text;
        for (int tab = text.indexOf(TAB); tab >= 0; ) {
            int lineStart = text.lastIndexOf('\n', tab) + 1;
            int lineEnd = lineEnd(text, lineStart);
            Label[] columns = header(text, lineStart, lineEnd);
            int next = lineEnd;
            if (columns != null) {
                next = rows(scan, columns, lineEnd, out);
            }
            tab = text.indexOf(TAB, Math.min(text.length(), next));
        }
    }

    /** Whether a header cell names a column whose cells list industries. */
    static boolean industryColumn(String cell) {
        return INDUSTRY_COLUMNS.contains(cell);
    }

    /** The type of each column of a header line, or null when no column is named as listing names. */
    private static Label[] header(String text, int start, int end) {
        String[] cells = text.substring(start, end).split("\t", -1);
        Label[] types = new Label[cells.length];
        boolean any = false;
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i].strip();
            if (ENTERPRISE_COLUMNS.contains(cell)) {
                types[i] = Label.Enterprise;
                any = true;
            } else if (INDUSTRY_COLUMNS.contains(cell)) {
                types[i] = Label.Industry;
                any = true;
            }
        }
        return any ? types : null;
    }

    /** Reads the rows after a header ending at {@code from}; returns where the table ends. */
    private static int rows(Scan scan, Label[] columns, int from, List<Candidate> out) {
        String text = scan.text;
        int lineStart = from + 1;
        while (lineStart < text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            int tab = text.indexOf(TAB, lineStart);
            if (tab < 0 || tab >= lineEnd) {
                if (lineEnd - lineStart > MAX_CATEGORY_ROW || text.charAt(Math.max(lineStart, lineEnd - 1)) == '。') {
                    return lineStart;
                }
            } else {
                cells(scan, columns, lineStart, lineEnd, out);
            }
            lineStart = lineEnd + 1;
        }
        return text.length();
    }

    private static void cells(Scan scan, Label[] columns, int start, int end, List<Candidate> out) {
        String text = scan.text;
        int column = 0;
        int cellStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == TAB) {
                if (column < columns.length && columns[column] != null) {
                    items(scan, columns[column], cellStart, i, out);
                }
                column++;
                cellStart = i + 1;
            }
        }
    }

    private static void items(Scan scan, Label type, int start, int end, List<Candidate> out) {
        int s = start;
        for (int i = start; i <= end; i++) {
            if (i == end || scan.text.charAt(i) == '、') {
                LabelledLists.item(scan, type, s, i, out, RULE);
                s = i + 1;
            }
        }
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }
}

package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.Span;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A project table naming each row's partners in columns of their own (项目名称 | 合作高校 | 合作企业 | 牵头单位): the
 * universities of a row's university cell work with the companies of its company cell. Only tab-separated rows
 * under such a header count, up to the first line that is no row. A table set on its side (fields as rows, one item a
 * column: 合作高校 | A | B over 合作企业 | C | D) pairs the cells of each column.
 */
final class PartnerColumns {
    private static final Pattern UNIVERSITY_COLUMN = Pattern.compile(
            "^(?:合作|依托|参与|共建|对接|支撑|结对)?(?:高校|院校|高校院所|高等院校|大学)(?:（[^（）]{0,8}）)?$");
    private static final Pattern ENTERPRISE_COLUMN = Pattern.compile(
            "^(?:合作|依托|参与|共建|对接|承担)?企业(?:（[^（）]{0,8}）)?$");
    private static final String RULE = "partners:table-columns";

    private PartnerColumns() {
    }

    /** Whether a cell heads the schools (合作高校, 依托院校, 大学): each such heading holds 校 or 学, looked for first. */
    static boolean universityColumn(String cell) {
        return (cell.indexOf('校') >= 0 || cell.indexOf('学') >= 0) && UNIVERSITY_COLUMN.matcher(cell).matches();
    }

    /** Whether a cell heads the companies (合作企业): each such heading holds 企业, looked for first. */
    private static boolean enterpriseColumn(String cell) {
        return cell.contains("企业") && ENTERPRISE_COLUMN.matcher(cell).matches();
    }

    static void apply(Doc doc, Relations out) {
        String text = doc.text;
        int university = -1;
        int enterprise = -1;
        // a table on its side (合作高校 | A | B over 合作企业 | C | D): the row of each field, start and cells
        int fieldRowStart = -1;
        String[] fieldRow = null;
        boolean fieldRowSchools = false;
        // the next tab at or after the line read: found again only once passed, so the text is searched once
        int tab = text.indexOf('\t');
        for (int lineStart = 0; lineStart < text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (tab >= 0 && tab < lineStart) {
                tab = text.indexOf('\t', lineStart);
            }
            if (tab < 0 || tab >= lineEnd) {
                // a line without a tab is one cell, no row: it ends the table (told apart before splitting and matching)
                university = -1;
                enterprise = -1;
                fieldRow = null;
                lineStart = lineEnd + 1;
                continue;
            }
            String line = text.substring(lineStart, lineEnd);
            String[] cells = line.split("\t", -1);
            int schoolsColumn = cells.length >= 2 ? header(cells, PartnerColumns::universityColumn) : -1;
            int companiesColumn = schoolsColumn >= 0 ? header(cells, PartnerColumns::enterpriseColumn) : -1;
            boolean header = companiesColumn >= 0;
            boolean schoolsField = !header && cells.length >= 2 && universityColumn(cells[0].strip());
            boolean companiesField = !header && cells.length >= 2 && enterpriseColumn(cells[0].strip());
            if (cells.length < 2) {
                university = -1; // a line that is no row ends the table
                enterprise = -1;
                fieldRow = null;
            } else if (schoolsField || companiesField) {
                if (fieldRow != null && fieldRowSchools != schoolsField) {
                    // each column is an item: its school and its company cells work together
                    Span rows = new Span(fieldRowStart, lineEnd);
                    for (int c = 1; c < Math.min(cells.length, fieldRow.length); c++) {
                        List<Mention> first = in(doc, fieldRowStart, fieldRow, c, fieldRowSchools ? Label.University : Label.Enterprise);
                        List<Mention> second = in(doc, lineStart, cells, c, schoolsField ? Label.University : Label.Enterprise);
                        for (Mention a : first) {
                            for (Mention b : second) {
                                out.add(RelType.PARTNERS_WITH, fieldRowSchools ? a : b, fieldRowSchools ? b : a, rows, RULE);
                            }
                        }
                    }
                }
                boolean paired = fieldRow != null && fieldRowSchools != schoolsField;
                // a pair is used once: the next part of the table (表二（续）) names its own
                fieldRowStart = lineStart;
                fieldRow = paired ? null : cells;
                fieldRowSchools = schoolsField;
            } else if (header) {
                university = schoolsColumn;
                enterprise = companiesColumn;
            } else if (university >= 0 && Math.max(university, enterprise) < cells.length) {
                Span row = new Span(lineStart, lineEnd);
                List<Mention> schools = in(doc, lineStart, cells, university, Label.University);
                List<Mention> companies = in(doc, lineStart, cells, enterprise, Label.Enterprise);
                for (Mention school : schools) {
                    for (Mention company : companies) {
                        out.add(RelType.PARTNERS_WITH, school, company, row, RULE);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    private static int header(String[] cells, java.util.function.Predicate<String> column) {
        for (int i = 0; i < cells.length; i++) {
            if (column.test(cells[i].strip())) {
                return i;
            }
        }
        return -1;
    }

    /** The mentions of {@code label} inside cell {@code column} of the row starting at {@code lineStart}. */
    private static List<Mention> in(Doc doc, int lineStart, String[] cells, int column, Label label) {
        return in(doc, lineStart, cells, column, java.util.Set.of(label));
    }

    /** The mentions of {@code labels} inside cell {@code column} of the row starting at {@code lineStart}. */
    static List<Mention> in(Doc doc, int lineStart, String[] cells, int column, java.util.Set<Label> labels) {
        int from = lineStart;
        for (int i = 0; i < column; i++) {
            from += cells[i].length() + 1;
        }
        return doc.within(from, from + cells[column].length()).stream().filter(m -> labels.contains(m.label())).toList();
    }
}

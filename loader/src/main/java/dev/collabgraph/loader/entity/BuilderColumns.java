package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.Span;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A roster of bodies built by named parties (拟备案名单, 建设名单: 机构名称 | 牵头建设单位 | 合作共建单位 | 所在地, 平台名称 |
 * 依托高校院所 | 合作企业 | 落户园区): each row's
 * schools and companies in a builder column build the body its name cell names, and the builders of different
 * columns build it together. Only tab-separated rows under such a header count, up to the first line that is no row.
 * Lead and responsible units (牵头单位, 责任单位) are not builders: they are the organs a task is given to.
 */
final class BuilderColumns {
    private static final Pattern NAME_COLUMN = Pattern.compile(
            "^(?:机构|平台|研究院|中心|基地|载体|实验室|联合体|项目)?名称$");
    private static final Pattern BUILDER_COLUMN = Pattern.compile("^(?:牵头建设|依托|共建|合作共建|合作|建设)单位$");
    /** The words {@link #NAME_COLUMN} and {@link #BUILDER_COLUMN} end with: a cell without is not matched. */
    private static final String NAME_COLUMN_END = "名称";
    private static final String BUILDER_COLUMN_END = "单位";
    private static final Set<Label> BUILT = Set.of(Label.Platform, Label.Park);
    private static final Set<Label> BUILDERS = Set.of(Label.University, Label.Enterprise);
    private static final String HOSTS = "hosts:builder-columns";
    private static final String PARTNERS = "partners:builder-columns";

    private BuilderColumns() {
    }

    static void apply(Doc doc, Relations out) {
        String text = doc.text;
        int name = -1;
        List<Integer> builders = List.of();
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
                name = -1;
                lineStart = lineEnd + 1;
                continue;
            }
            String[] cells = text.substring(lineStart, lineEnd).split("\t", -1);
            List<Integer> builderColumns = builderColumns(cells);
            List<Integer> nameColumns = columns(cells, NAME_COLUMN, NAME_COLUMN_END);
            if (cells.length < 2) {
                name = -1; // a line that is no row ends the table
            } else if (!builderColumns.isEmpty() && nameColumns.size() == 1) {
                name = nameColumns.get(0);
                builders = builderColumns;
            } else if (name >= 0 && builders.get(builders.size() - 1) < cells.length && name < cells.length) {
                row(doc, lineStart, lineEnd, cells, name, builders, out);
            }
            lineStart = lineEnd + 1;
        }
    }

    private static void row(Doc doc, int lineStart, int lineEnd, String[] cells, int name, List<Integer> builders,
            Relations out) {
        Span row = new Span(lineStart, lineEnd);
        List<Mention> built = PartnerColumns.in(doc, lineStart, cells, name, BUILT);
        List<List<Mention>> parties = new ArrayList<>();
        for (int column : builders) {
            List<Mention> party = PartnerColumns.in(doc, lineStart, cells, column, BUILDERS);
            parties.add(party);
            for (Mention builder : party) {
                for (Mention body : built) {
                    out.add(RelType.HOSTS, builder, body, row, HOSTS);
                }
            }
        }
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                for (Mention a : parties.get(i)) {
                    for (Mention b : parties.get(j)) {
                        out.add(RelType.PARTNERS_WITH, a, b, row, PARTNERS);
                    }
                }
            }
        }
    }

    /**
     * The builders' columns of a header: builder units (依托单位, 合作共建单位), the schools a body relies on or is built
     * with (依托高校院所, 合作高校) and its partner companies (合作企业), left to right.
     */
    private static List<Integer> builderColumns(String[] cells) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i].strip();
            if (cell.endsWith(BUILDER_COLUMN_END) && BUILDER_COLUMN.matcher(cell).matches()
                    || PartnerColumns.universityColumn(cell) || cell.contains(PARTNER_COMPANIES_WORD) && PARTNER_COMPANIES.matcher(cell).matches()) {
                found.add(i);
            }
        }
        return found;
    }

    /** A column of the companies a body is built with. */
    private static final Pattern PARTNER_COMPANIES = Pattern.compile("^(?:合作|依托|共建|参与)企业$");
    /** The word every {@link #PARTNER_COMPANIES} cell holds: looked for first. */
    private static final String PARTNER_COMPANIES_WORD = "企业";

    /** The columns whose stripped header matches {@code column}, which every header it matches ends with {@code end}. */
    private static List<Integer> columns(String[] cells, Pattern column, String end) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i].strip();
            if (cell.endsWith(end) && column.matcher(cell).matches()) {
                found.add(i);
            }
        }
        return found;
    }
}

package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan whose tasks are the sections of its chapters (第三章 强化战略科技力量 / 第二节 打造高能级创新平台), with no note of
 * their own: the division-of-work table points each row at its section (对应章节: 第三章第二节), and a section that
 * several rows point at takes the units of them all, each unit with the role of its first row.
 */
final class SectionReferences {
    /** The column that names each row's place in the plan. */
    private static final Pattern HEADER = Pattern.compile("^(?:对应|所在|规划|涉及)?(?:章节|篇章)(?:位置)?$");
    private static final Pattern REFERENCE = Pattern.compile(
            "第([一二三四五六七八九十]{1,3})章[\\s\u3000]*第([一二三四五六七八九十]{1,3})节");

    private SectionReferences() {
    }

    /** A table row and the section it points at ("3.2" for 第三章第二节). */
    record Reference(Span row, String key) {
        /** Whether {@code annexRow} was read from this reference's table row. */
        boolean names(AnnexRow annexRow) {
            return annexRow.span().start() < row.end() && row.start() < annexRow.span().end();
        }
    }

    /** The rows of the tables that point at sections, in reading order. */
    static List<Reference> read(List<Table> tables) {
        List<Reference> references = new ArrayList<>();
        for (Table table : tables) {
            List<Table.Cell> header = Table.cells(table.rows().get(0));
            int column = -1;
            for (int c = 0; c < header.size() && column < 0; c++) {
                if (HEADER.matcher(header.get(c).text().strip()).matches()) {
                    column = c;
                }
            }
            if (column < 0) {
                continue;
            }
            for (Paragraph row : table.rows().subList(1, table.rows().size())) {
                List<Table.Cell> cells = Table.cells(row);
                if (column >= cells.size()) {
                    continue;
                }
                Matcher m = REFERENCE.matcher(cells.get(column).text());
                if (m.find()) {
                    references.add(new Reference(new Span(row.start(), row.end()),
                            Numerals.value(m.group(1)) + "." + Numerals.value(m.group(2))));
                }
            }
        }
        return references;
    }

    static Set<String> keys(List<Reference> references) {
        Set<String> keys = new LinkedHashSet<>();
        references.forEach(r -> keys.add(r.key()));
        return keys;
    }

    /**
     * The annex rows that point at a section task, each linked to it; the rows that point nowhere are linked by
     * {@code others} (by number and title).
     */
    static List<AnnexRow> link(List<Reference> references, List<AnnexRow> annex, List<TaskBlock> tasks, String text,
                               java.util.function.UnaryOperator<List<AnnexRow>> others) {
        Map<String, Integer> taskByKey = new LinkedHashMap<>();
        for (TaskBlock task : tasks) {
            String key = key(task, text);
            if (key != null) {
                taskByKey.putIfAbsent(key, task.number());
            }
        }
        Integer[] pointed = new Integer[annex.size()];
        List<AnnexRow> rest = new ArrayList<>();
        for (int r = 0; r < annex.size(); r++) {
            AnnexRow row = annex.get(r);
            for (Reference reference : references) {
                if (reference.names(row)) {
                    pointed[r] = taskByKey.get(reference.key());
                    break;
                }
            }
            if (pointed[r] == null) {
                rest.add(row);
            }
        }
        if (rest.size() == annex.size()) {
            return others.apply(annex);
        }
        List<AnnexRow> restLinked = others.apply(rest);
        List<AnnexRow> linked = new ArrayList<>();
        int next = 0;
        for (int r = 0; r < annex.size(); r++) {
            AnnexRow row = annex.get(r);
            linked.add(pointed[r] == null ? restLinked.get(next++) : row.withTask(pointed[r]));
        }
        return linked;
    }

    /** The section a task that is a section heading stands for ("3.2"), or null. */
    private static String key(TaskBlock task, String text) {
        int section = Headings.levelTwo(text.substring(task.heading().start(), task.heading().end()).strip());
        return section < 0 || task.sectionKey().isEmpty() ? null : task.sectionKey() + "." + section;
    }

    /** Each section task's note: the units of the annex rows that point at its section, in row order. */
    static List<ResponsibilityNote> notes(List<Reference> references, List<AnnexRow> annex, List<TaskBlock> tasks,
                                          String text) {
        List<ResponsibilityNote> notes = new ArrayList<>();
        if (references.isEmpty()) {
            return notes;
        }
        for (TaskBlock task : tasks) {
            String key = key(task, text);
            if (key == null) {
                continue;
            }
            Map<String, UnitRef> units = new LinkedHashMap<>();
            Span first = null;
            for (Reference reference : references) {
                if (!reference.key().equals(key)) {
                    continue;
                }
                for (AnnexRow row : annex) {
                    if (reference.names(row)) {
                        row.units().forEach(u -> units.putIfAbsent(u.name(), u));
                        first = first == null ? row.span() : first;
                    }
                }
            }
            if (!units.isEmpty()) {
                notes.add(new ResponsibilityNote(task.number(), List.copyOf(units.values()), first));
            }
        }
        return notes;
    }
}

package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Forms signed by one unit each (目标责任状, 任务书), bound one after another or alone: each names once, in its head
 * above its first part (责任单位：市科技局　主要负责人：…), the unit that answers for it, and its items name at most the
 * units that assist (配合单位：…). The head's unit leads the form's items that name only assisting units and answers
 * for those that name none; an item that names its own lead keeps it. A form runs from its first part (一、) to the
 * next form's, which opens on the same 一、 again ({@link OutlineReader}).
 */
final class FormLeads {
    /** A head's field: the line opens on the label of the unit answering for the form. */
    private static final Pattern HEAD_FIELD = Pattern.compile("^(?:责任|牵头|签状|承诺)(?:单位|部门)[：:]");
    /** How far above a form's first part its head's field may stand (title, number, field lines between). */
    private static final int MAX_HEAD_LINES = 6;

    private FormLeads() {
    }

    /** A form's head: the paragraph naming its unit and the units it names, for the tasks from offset {@code from}. */
    record Head(Paragraph paragraph, List<UnitRef> units, int from) {
    }

    /** The heads of the forms of {@code paragraphs}, in order; none when no form's first part has one above it. */
    static List<Head> heads(String text, List<Paragraph> paragraphs, List<SectionBlock> sections, List<TaskBlock> tasks,
                            String city) {
        List<Head> heads = new ArrayList<>();
        for (SectionBlock s : sections) {
            if (s.level() != 1 || !"1".equals(s.key())) {
                continue;
            }
            int first = s.heading().start();
            int lastTaskEnd = tasks.stream().filter(t -> t.body().end() <= first).mapToInt(t -> t.body().end())
                    .max().orElse(0);
            int at = indexAt(paragraphs, first);
            for (int i = at - 1, seen = 0; i >= 0 && seen < MAX_HEAD_LINES; i--) {
                Paragraph p = paragraphs.get(i);
                if (p.end() <= lastTaskEnd) {
                    break;
                }
                if (p.isTableRow()) {
                    continue;
                }
                seen++;
                if (HEAD_FIELD.matcher(p.text()).lookingAt()) {
                    List<UnitRef> units = NoteReader.read(text, p.span(), 0, city).map(ResponsibilityNote::units)
                            .orElse(List.of()).stream().filter(u -> !"co".equals(u.role())).toList();
                    if (!units.isEmpty()) {
                        heads.add(new Head(p, units, first));
                    }
                    break;
                }
            }
        }
        return heads;
    }

    /** {@code notes} with each form's head unit given to the form's items as the layout says. */
    static List<ResponsibilityNote> apply(List<ResponsibilityNote> notes, List<Head> heads, List<TaskBlock> tasks) {
        if (heads.isEmpty()) {
            return notes;
        }
        return TaskNotes.rewrite(notes, tasks, (task, own) -> {
            Head head = null;
            for (Head h : heads) {
                if (h.from() <= task.body().start()) {
                    head = h;
                }
            }
            return head == null ? null : TaskNotes.ledBy(task, own, head.units(), head.paragraph().span());
        });
    }

    /** The starts of the heads' paragraphs: their notes are attached, not orphaned. */
    static Set<Integer> starts(List<Head> heads) {
        return heads.stream().map(h -> h.paragraph().start()).collect(java.util.stream.Collectors.toSet());
    }

    /** The index of the first paragraph starting at or after {@code start}: a binary search, paragraphs are in order. */
    private static int indexAt(List<Paragraph> paragraphs, int start) {
        int lo = 0;
        int hi = paragraphs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (paragraphs.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

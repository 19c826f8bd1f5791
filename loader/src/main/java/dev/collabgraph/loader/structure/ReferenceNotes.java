package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes that refer to another task's instead of naming units: （责任单位：同上）, a bare （同上）, （牵头单位、配合单位同第3项）,
 * （责任单位同第（二）项）. 同上 gives the units and roles of the task before; 同第N项 those of task N, as the documents
 * that write so say once (列“同上”的，与上一项任务相同). Referenced tasks are resolved in order, so a run of 同上 follows
 * the first real note.
 */
final class ReferenceNotes {
    private static final String NUMERAL = "(?:\\d{1,3}|[一二三四五六七八九十]{1,3})";
    /** The reference, in brackets or after a label's colon: its target is 上 or the item's number. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:[（(]|(?<=：|:))(?:(?:责任|牵头|配合|协办|主办)(?:单位|部门)[、和及与]?)*[：:]?[\\s\u3000]*同(?:上|第[\\s\u3000]*[（(]?("
                    + NUMERAL + ")[）)]?[\\s\u3000]*[项条])(?=[）)。；\\s]|$)");

    private ReferenceNotes() {
    }

    /** {@code notes} with every referring note (or unnoted task ending in a reference) given the units it refers to. */
    static List<ResponsibilityNote> apply(List<ResponsibilityNote> notes, List<TaskBlock> tasks, String text) {
        Map<Integer, ResponsibilityNote> byTask = new HashMap<>();
        notes.forEach(n -> byTask.put(n.taskNumber(), n));
        boolean changed = false;
        TaskBlock previous = null;
        for (TaskBlock task : tasks) {
            ResponsibilityNote own = byTask.get(task.number());
            if (own == null || own.units().stream().allMatch(u -> refers(u.name()))) {
                Optional<Reference> reference = reference(text, own == null ? task.body() : own.span());
                if (reference.isPresent()) {
                    Reference r = reference.get();
                    TaskBlock target = r.item() < 0 ? previous : GroupNotes.task(tasks, r.item()).orElse(null);
                    ResponsibilityNote source = target == null || target == task ? null : byTask.get(target.number());
                    if (source != null && !source.units().isEmpty()) {
                        byTask.put(task.number(), new ResponsibilityNote(task.number(), source.units(), r.span()));
                        changed = true;
                    } else if (own != null) {
                        byTask.remove(task.number()); // 同上 after nothing: no unit named 同上
                        changed = true;
                    }
                }
            }
            previous = task;
        }
        if (!changed) {
            return notes;
        }
        List<ResponsibilityNote> out = new ArrayList<>();
        for (TaskBlock task : tasks) {
            Optional.ofNullable(byTask.remove(task.number())).ifPresent(out::add);
        }
        out.addAll(byTask.values()); // notes of numbers no task has stay as they were
        return out;
    }

    /** A unit read out of a reference: 同上, 同第3项. */
    private static boolean refers(String name) {
        return name.startsWith("同上") || name.startsWith("同第");
    }

    private record Reference(int item, Span span) {
    }

    /** The last reference inside {@code where}: -1 as item for 同上. */
    private static Optional<Reference> reference(String text, Span where) {
        Matcher m = REFERENCE.matcher(text).region(where.start(), where.end()).useTransparentBounds(true);
        Reference last = null;
        while (m.find()) {
            int item = m.group(1) == null ? -1 : Numerals.value(m.group(1));
            last = new Reference(item, new Span(m.start(), m.end()));
        }
        return Optional.ofNullable(last);
    }
}

package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Notes rewritten task by task: the walk the readers of leads given once for many items share. */
final class TaskNotes {
    private TaskNotes() {
    }

    /**
     * {@code notes} with each task's note replaced by what {@code rewrite} makes of the task and its own note (null
     * when it has none); a null result keeps the task's own. Notes of no listed task stay; the result is in task order.
     */
    static List<ResponsibilityNote> rewrite(List<ResponsibilityNote> notes, List<TaskBlock> tasks,
                                            BiFunction<TaskBlock, ResponsibilityNote, ResponsibilityNote> rewrite) {
        Map<Integer, ResponsibilityNote> byTask = new HashMap<>();
        notes.forEach(n -> byTask.put(n.taskNumber(), n));
        List<ResponsibilityNote> out = new ArrayList<>();
        for (TaskBlock task : tasks) {
            ResponsibilityNote own = byTask.remove(task.number());
            ResponsibilityNote rewritten = rewrite.apply(task, own);
            if (rewritten != null) {
                out.add(rewritten);
            } else if (own != null) {
                out.add(own);
            }
        }
        out.addAll(byTask.values());
        out.sort((a, b) -> Integer.compare(a.taskNumber(), b.taskNumber()));
        return out;
    }

    /**
     * The note of {@code task} led by {@code leads}, given once for many items, or null when its own note names a lead
     * (then it keeps its own): an item that names only units that assist gets the leads as leads beside them; an item
     * without a note gets them with the roles they were given ({@code where}: the span of that one statement).
     */
    static ResponsibilityNote ledBy(TaskBlock task, ResponsibilityNote own, List<UnitRef> leads,
                                    dev.collabgraph.loader.text.Span where) {
        if (leads.isEmpty() || own != null && own.units().stream().anyMatch(u -> !"co".equals(u.role()))) {
            return null;
        }
        List<UnitRef> units = new ArrayList<>();
        for (UnitRef lead : leads) {
            units.add(new UnitRef(lead.name(), lead.surface(), own == null ? lead.role() : "lead", lead.span(),
                    lead.repairedFrom()));
        }
        if (own != null) {
            own.units().stream().filter(u -> units.stream().noneMatch(v -> v.name().equals(u.name())))
                    .forEach(units::add);
        }
        return new ResponsibilityNote(task.number(), units, own != null ? own.span() : where);
    }
}

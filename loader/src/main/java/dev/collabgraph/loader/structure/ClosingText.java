package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a document closes every task with its note, the paragraphs after the last task's note are the document's
 * closing text (本措施自…起施行, 各单位要…报送进展情况), not part of that task: the last task ends with the paragraph
 * holding its note. Nothing but a numbered heading would end it otherwise.
 */
final class ClosingText {
    /** What may stand between a note and the end of its task: the sentence end, brackets and line breaks. */
    private static final String NOTE_TAIL = "。；;，,）)】 \u3000\n";
    /** Fewer tasks closed by their note than this say nothing about the layout. */
    private static final int MIN_CLOSED = 2;

    private ClosingText() {
    }

    /** {@code tasks} with the last one ending at its note's paragraph when the layout says so. */
    static List<TaskBlock> trim(List<TaskBlock> tasks, List<ResponsibilityNote> notes, String text) {
        if (tasks.size() <= MIN_CLOSED) {
            return tasks;
        }
        Map<Integer, ResponsibilityNote> noteOf = new HashMap<>();
        notes.forEach(n -> noteOf.put(n.taskNumber(), n));
        for (TaskBlock task : tasks.subList(0, tasks.size() - 1)) {
            ResponsibilityNote note = noteOf.get(task.number());
            if (note == null || !closes(note.span(), task.body(), text)) {
                return tasks;
            }
        }
        TaskBlock last = tasks.get(tasks.size() - 1);
        ResponsibilityNote note = noteOf.get(last.number());
        if (note == null || closes(note.span(), last.body(), text)) {
            return tasks;
        }
        int lineEnd = text.indexOf('\n', note.span().end());
        if (lineEnd < 0 || lineEnd >= last.body().end()) {
            return tasks;
        }
        List<TaskBlock> trimmed = new ArrayList<>(tasks.subList(0, tasks.size() - 1));
        trimmed.add(new TaskBlock(last.number(), last.label(), last.title(), last.sectionKey(), last.heading(),
                new Span(last.body().start(), lineEnd)));
        return trimmed;
    }

    /** Whether only a note's tail stands between the note and the end of its task. */
    private static boolean closes(Span note, Span body, String text) {
        for (int i = note.end(); i < body.end(); i++) {
            if (NOTE_TAIL.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}

package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Notes set before their tasks: a line of their own holding only the responsible units (【A、B】, 【牵头：A　配合：B】)
 * just above each numbered task. Read the usual way, each note would close the task before it. The layout is
 * recognised by the first note-only line: it stands above the first task or after a heading, where it can close
 * no task before, and such lines stand above most of the tasks.
 */
final class LeadingNotes {
    /** The tasks with the note lines above them cut from the tasks before, and those notes. */
    record Reading(List<TaskBlock> tasks, List<ResponsibilityNote> notes) {
    }

    /** Below this many tasks a layout is not told apart. */
    private static final int MIN_TASKS = 2;
    /** What may stand around a note on its line besides the note: blanks and a closing 。 */
    private static final String AROUND = " \u3000。";

    private LeadingNotes() {
    }

    /** The reading when {@code tasks}' notes stand above them, else empty. */
    static Optional<Reading> read(String text, List<Paragraph> paragraphs, List<TaskBlock> tasks, String city) {
        if (tasks.size() < MIN_TASKS) {
            return Optional.empty();
        }
        List<Paragraph> above = new ArrayList<>();
        List<ResponsibilityNote> notes = new ArrayList<>();
        int found = 0;
        int walked = 0; // tasks come in text order: one walk over the paragraphs serves them all
        for (TaskBlock task : tasks) {
            Paragraph line = null;
            while (walked < paragraphs.size() && paragraphs.get(walked).start() < task.heading().start()) {
                if (!paragraphs.get(walked).text().isBlank()) {
                    line = paragraphs.get(walked);
                }
                walked++;
            }
            if (line == null && walked > 0) {
                line = lastNonBlank(paragraphs, walked);
            }
            Optional<ResponsibilityNote> note = line == null ? Optional.empty() : noteOnly(text, line, task.number(), city);
            above.add(note.isPresent() ? line : null);
            note.ifPresent(notes::add);
            found += note.isPresent() ? 1 : 0;
        }
        // the tasks before the first note line (articles of principle) have none: most of the rest must
        if (!firstNoteLeads(text, tasks, above, city) || found * 2 <= tasks.size() - firstNoted(above)) {
            return Optional.empty();
        }
        List<TaskBlock> cut = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            TaskBlock task = tasks.get(i);
            Paragraph next = i + 1 < tasks.size() ? above.get(i + 1) : null;
            int end = task.body().end();
            if (next != null && next.start() > task.body().start() && next.start() <= end) {
                end = Math.max(task.heading().end(), trimmedEnd(text, task.body().start(), next.start()));
            }
            cut.add(new TaskBlock(task.number(), task.label(), task.title(), task.sectionKey(), task.heading(),
                    new Span(task.body().start(), end)));
        }
        return Optional.of(new Reading(cut, notes));
    }

    /**
     * Whether the first note line found above a task can only be that task's: it stands above the first task, or
     * after a heading, outside the task before (第三章 重点任务 ⏎ 【牵头单位：A】 ⏎ 第四条…, the first articles without
     * notes). A note line inside the task before may close that task, as most documents' own-line notes do.
     */
    private static boolean firstNoteLeads(String text, List<TaskBlock> tasks, List<Paragraph> above, String city) {
        int i = firstNoted(above);
        if (i == 0 || i == above.size()) {
            return i == 0;
        }
        // after a heading, only where no task closes its own paragraph with a note (those lines are parts')
        return tasks.get(i - 1).body().end() <= above.get(i).start()
                && tasks.stream().noneMatch(t -> NoteReader.present(paragraphAt(text, t.heading().start()), city));
    }

    /** The paragraph (logical line) of the text that starts at {@code start}. */
    private static String paragraphAt(String text, int start) {
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static int firstNoted(List<Paragraph> above) {
        for (int i = 0; i < above.size(); i++) {
            if (above.get(i) != null) {
                return i;
            }
        }
        return above.size();
    }

    /**
     * The reading when the items of some part (and not the whole document) have their notes above them: under the
     * part's heading a note-only line stands above its first item, another above each of the others, and the last item
     * ends with no note of its own (四、… ⏎ 牵头单位：A；配合单位：B ⏎ （八）… ⏎ 牵头单位：C ⏎ （九）…). The items of such
     * parts are cut before the next item's note and given the notes above them; the other items are returned as they
     * came, without notes (they are read the usual way). Empty when no part is so laid out.
     */
    static Optional<Reading> readParts(String text, List<Paragraph> paragraphs, List<TaskBlock> tasks, String city) {
        List<TaskBlock> cut = new ArrayList<>(tasks);
        List<ResponsibilityNote> notes = new ArrayList<>();
        int from = 0;
        while (from < tasks.size()) {
            int to = from + 1;
            String key = tasks.get(from).sectionKey();
            while (to < tasks.size() && java.util.Objects.equals(tasks.get(to).sectionKey(), key)) {
                to++;
            }
            List<TaskBlock> part = tasks.subList(from, to);
            Optional<Reading> read = key == null || part.size() < MIN_TASKS ? Optional.empty()
                    : readPart(text, paragraphs, part, from == 0 ? -1 : tasks.get(from - 1).heading().start(), city);
            if (read.isPresent()) {
                for (int i = 0; i < part.size(); i++) {
                    cut.set(from + i, read.get().tasks().get(i));
                }
                notes.addAll(read.get().notes());
            }
            from = to;
        }
        return notes.isEmpty() ? Optional.empty() : Optional.of(new Reading(cut, notes));
    }

    /** The reading of one part's items when every one has a note-only line above it and the last ends with none. */
    private static Optional<Reading> readPart(String text, List<Paragraph> paragraphs, List<TaskBlock> part,
                                              int previousTask, String city) {
        TaskBlock last = part.get(part.size() - 1);
        if (NoteReader.read(text, last.body(), last.number(), city).isPresent()) {
            return Optional.empty();
        }
        List<Paragraph> above = new ArrayList<>();
        List<ResponsibilityNote> notes = new ArrayList<>();
        int floor = previousTask;
        // the paragraphs are in text order: one walk from the first after the task before serves the part
        int walked = firstAfter(paragraphs, floor);
        for (TaskBlock task : part) {
            Paragraph line = null;
            while (walked < paragraphs.size() && paragraphs.get(walked).start() < task.heading().start()) {
                Paragraph p = paragraphs.get(walked++);
                if (p.start() > floor && !p.text().isBlank()) {
                    line = p;
                }
            }
            Optional<ResponsibilityNote> note = line == null ? Optional.empty() : noteOnly(text, line, task.number(), city);
            if (note.isEmpty()) {
                return Optional.empty();
            }
            above.add(line);
            notes.add(note.get());
            floor = task.heading().start();
        }
        List<TaskBlock> cut = new ArrayList<>();
        for (int i = 0; i < part.size(); i++) {
            TaskBlock task = part.get(i);
            int end = task.body().end();
            if (i + 1 < part.size()) {
                Paragraph next = above.get(i + 1);
                end = Math.max(task.heading().end(), trimmedEnd(text, task.body().start(), Math.min(end, next.start())));
            }
            cut.add(new TaskBlock(task.number(), task.label(), task.title(), task.sectionKey(), task.heading(),
                    new Span(task.body().start(), end)));
        }
        return Optional.of(new Reading(cut, notes));
    }

    /** The index of the first paragraph starting after offset {@code at} (binary search: they are in text order). */
    private static int firstAfter(List<Paragraph> paragraphs, int at) {
        int lo = 0;
        int hi = paragraphs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (paragraphs.get(mid).start() <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The last non-blank paragraph before index {@code end}, or null. */
    private static Paragraph lastNonBlank(List<Paragraph> paragraphs, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (!paragraphs.get(i).text().isBlank()) {
                return paragraphs.get(i);
            }
        }
        return null;
    }

    /** The note of {@code line} when the line holds nothing else. */
    private static Optional<ResponsibilityNote> noteOnly(String text, Paragraph line, int taskNumber, String city) {
        if (Headings.ARABIC_TASK.matcher(line.text()).find() || Headings.levelOne(line.text()) >= 0) {
            return Optional.empty();
        }
        Optional<ResponsibilityNote> note = NoteReader.read(text, line.span(), taskNumber, city);
        if (note.isEmpty() || note.get().units().isEmpty()) {
            return Optional.empty();
        }
        Span span = note.get().span();
        boolean whole = blank(text, line.start(), span.start()) && blank(text, closeAfter(text, span.end(), line.end()),
                line.end());
        return whole ? note : Optional.empty();
    }

    /** Past the bracket that closes a note at {@code at}, if one does. */
    private static int closeAfter(String text, int at, int end) {
        return at < end && "】）".indexOf(text.charAt(at)) >= 0 ? at + 1 : at;
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (AROUND.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int trimmedEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}

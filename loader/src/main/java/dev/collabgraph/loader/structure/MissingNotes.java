package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Warns about tasks without a responsibility note, but only in sections where other tasks have one:
 * whole sections without notes (保障措施) are normal; and about notes that belong to no task.
 */
final class MissingNotes {
    /** A short bracket that names a role: what an unread note looks like. */
    private static final Pattern ROLE_BRACKET = Pattern.compile("（[^（）\\n]{2,60}(?:牵头|配合|负责|协办|参与)[^（）\\n]{0,60}）");

    private MissingNotes() {
    }

    static List<String> check(List<TaskBlock> tasks, List<ResponsibilityNote> notes, List<SectionBlock> sections) {
        Set<Integer> noted = notes.stream().map(ResponsibilityNote::taskNumber).collect(Collectors.toSet());
        Set<String> sectionsWithNotes = tasks.stream().filter(t -> noted.contains(t.number()))
                .map(t -> topLevel(t.sectionKey())).collect(Collectors.toSet());
        List<String> warnings = new ArrayList<>();
        for (TaskBlock task : tasks) {
            if (!noted.contains(task.number()) && sectionsWithNotes.contains(topLevel(task.sectionKey()))) {
                warnings.add("task " + task.number() + " (" + task.label() + ") has no responsibility note");
            }
        }
        return warnings;
    }

    /**
     * Warns about tasks without a note whose text still holds a bracket naming roles (（…牵头…）, （…负责）): a note
     * worded in a form the grammar does not read, whose units are lost.
     */
    static List<String> unread(List<TaskBlock> tasks, List<ResponsibilityNote> notes, String text) {
        Set<Integer> noted = notes.stream().map(ResponsibilityNote::taskNumber).collect(Collectors.toSet());
        List<String> warnings = new ArrayList<>();
        for (TaskBlock task : tasks) {
            if (noted.contains(task.number())) {
                continue;
            }
            Matcher bracket = ROLE_BRACKET.matcher(text).region(task.body().start(), task.body().end());
            if (bracket.find()) {
                warnings.add("task " + task.number() + " (" + task.label() + "): '" + bracket.group()
                        + "' names roles but was not read as a responsibility note");
            }
        }
        return warnings;
    }

    /**
     * Warns about body paragraphs that hold a note but lie in no task: a note the outline could not attach
     * (its item was not recognised as numbered, or it follows a heading).
     */
    static List<String> orphans(List<Paragraph> body, List<TaskBlock> tasks) {
        List<String> warnings = new ArrayList<>();
        int t = 0;
        for (Paragraph p : body) {
            while (t < tasks.size() && tasks.get(t).body().end() < p.start()) {
                t++;
            }
            boolean inTask = t < tasks.size() && tasks.get(t).body().start() <= p.start();
            // a note naming its items by number (第四项、第五项责任单位：…, 以上第1—3条由…), a part's note for the items
            // before it (以上任务由…) or a unit's line of duties naming them by label or title reaches them from where it
            // stands
            if (!inTask && !p.isTableRow() && NoteReader.present(p.text(), "") && !GroupNotes.opens(p.text())
                    && !PartNotes.opens(p.text()) && !DutyLists.opens(p.text())) {
                String text = p.text();
                warnings.add("paragraph '" + (text.length() > 30 ? text.substring(0, 30) + "…" : text)
                        + "' holds a responsibility note but belongs to no task: note not attached");
            }
        }
        return warnings;
    }

    private static String topLevel(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }
}

package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A division of work whose rows repeat the body's numbered items, by number and title (表1 …任务分工: 序号 | 任务 |
 * 牵头单位 | 配合单位 after each group of items, or one table at the end): the items carry no note of their own, and
 * each row is the note of the item of its number whose heading it repeats, shortened or not.
 */
final class TableItems {
    private static final Pattern LAST_NUMBER = Pattern.compile("(\\d{1,3})\\D*$");

    private TableItems() {
    }

    /**
     * What the document's tables say of its numbered items: the titles of work-table rows by number, the numbers
     * (3, 2.1) tables of item numbers give units to, and the sections (3.2 for 第三章第二节) rows point at.
     */
    record Named(Map<Integer, String> rowTitles, Set<String> numbers, Set<String> sections) {
        static final Named NONE = new Named(Map.of(), Set.of(), Set.of());
    }

    /** The rows' titles by row number (the first row of a number when several tables repeat it). */
    static Map<Integer, String> titles(List<AnnexRow> rows) {
        Map<Integer, String> titles = new HashMap<>();
        for (AnnexRow row : rows) {
            if (row.number() > 0 && !row.title().isBlank() && !row.units().isEmpty()) {
                titles.putIfAbsent(row.number(), row.title());
            }
        }
        return titles;
    }

    /**
     * The paragraphs (by index) of the numbered items a table of item numbers names, or whose number (as printed or
     * counted) and heading a work table's row repeats.
     */
    static Set<Integer> named(TaskNumbering.Result numbered, Named byTables) {
        Set<Integer> named = new HashSet<>();
        Map<Integer, String> rowTitles = byTables.rowTitles();
        // each row title's words once, not once per item: how many rows carry each
        Map<String, Integer> rowWords = new HashMap<>();
        rowTitles.values().forEach(r -> rowWords.merge(AnnexLinker.words(r), 1, Integer::sum));
        for (TaskNumbering.Numbered t : numbered.tasks()) {
            // an outline's 2.1 by its label; a plain number only while the numbering runs through the document
            if (byTables.numbers().contains(t.label()) && t.label().indexOf('.') > 0
                    || !numbered.restarted() && byTables.numbers().contains(String.valueOf(t.number()))) {
                named.add(t.paragraph().index());
                continue;
            }
            String title = OutlineReader.titleOf(t.paragraph().text().substring(t.markerLength()));
            for (int number : List.of(t.number(), printed(t.label()))) {
                String row = rowTitles.get(number);
                if (row != null && sameTask(row, title)) {
                    named.add(t.paragraph().index());
                    break;
                }
            }
            String words = AnnexLinker.words(title);
            if (!named.contains(t.paragraph().index()) && !words.isEmpty() && rowWords.getOrDefault(words, 0) == 1) {
                // rows numbered apart from the items (序号 1–8 | 支持事项 | 对应条款 第七条…) name them by their words
                named.add(t.paragraph().index());
            }
        }
        return named;
    }

    /** The number an item's label ends with (二（一）.3 → 3), or 0. */
    private static int printed(String label) {
        Matcher m = LAST_NUMBER.matcher(label);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The notes the rows give the tasks of their number whose titles they repeat. */
    static List<ResponsibilityNote> notes(List<AnnexRow> rows, List<TaskBlock> tasks) {
        List<ResponsibilityNote> notes = new ArrayList<>();
        List<String> taskWords = null; // the tasks' words, read once when a row first needs them
        for (AnnexRow row : rows) {
            if (row.units().isEmpty()) {
                continue;
            }
            Optional<TaskBlock> task = GroupNotes.task(tasks, row.number()).filter(t -> sameTask(row.title(), t.title()));
            if (task.isEmpty()) {
                // a row numbered apart from the items names the one item with its words, if one has them
                String words = AnnexLinker.words(row.title());
                if (taskWords == null) {
                    taskWords = tasks.stream().map(t -> AnnexLinker.words(t.title())).toList();
                }
                List<TaskBlock> worded = new ArrayList<>();
                for (int k = 0; k < tasks.size() && !words.isEmpty(); k++) {
                    if (words.equals(taskWords.get(k))) {
                        worded.add(tasks.get(k));
                    }
                }
                task = worded.size() == 1 ? Optional.of(worded.get(0)) : Optional.empty();
            }
            task.ifPresent(t -> notes.add(new ResponsibilityNote(t.number(), row.units(), row.span())));
        }
        return notes;
    }

    static boolean sameTask(String rowTitle, String itemTitle) {
        return !itemTitle.isBlank() && AnnexLinker.sameTask(rowTitle, itemTitle);
    }
}

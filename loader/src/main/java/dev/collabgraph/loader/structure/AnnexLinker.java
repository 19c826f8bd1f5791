package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Links annex rows to body tasks. The row number names the task when its title is close enough
 * (加强关键技术攻关 for 加强关键技术的突破研发); otherwise a task with a close title wins (an annex that
 * numbers its own rows 1…N over restarted body numbering), and failing that the number, with a warning. When
 * every row matching a title is off by the same distance between row and task numbers (two or more rows, task
 * 3 for row 1, task 4 for row 2), the annex numbers its rows apart from the body in the body's order: the rows
 * matching no title are off by that distance too. When those rows lie at differing distances, two or more away from their
 * own numbers, the annex divides the tasks its own way: the rows matching no title are linked to no task.
 */
final class AnnexLinker {
    /** Titles at least this similar are the same task worded differently. */
    static final double SAME_TASK = 0.5;

    private AnnexLinker() {
    }

    /** The task a row names on its own, and whether its title (not only its number) says so. */
    private record Match(TaskBlock task, boolean titled) {
    }

    /** The fewest rows that make a list of work of its own when none names a task's title. */
    private static final int MIN_OWN_LIST = 3;

    /**
     * The rows linked to the tasks; {@code noted} holds the numbers of the tasks that carry a note of their own. When no
     * row names a task's title and every task carries its own note, the annex is a list of work of its own (the year's
     * projects under a plan's tasks) and a row's number names no task.
     */
    static List<AnnexRow> link(List<AnnexRow> rows, List<TaskBlock> tasks, Set<Integer> noted, List<String> warnings) {
        // titles normalised once, not once per (row, task) pair
        List<String> taskTitles = tasks.stream().map(t -> normal(t.title())).toList();
        List<Match> matches = rows.stream().map(row -> match(row, tasks, taskTitles)).toList();
        if (rows.size() >= MIN_OWN_LIST && !tasks.isEmpty() && matches.stream().noneMatch(Match::titled)
                && tasks.stream().allMatch(t -> noted.contains(t.number()))) {
            warnings.add("annex rows " + rows.get(0).number() + "–" + rows.get(rows.size() - 1).number()
                    + " name no task's title and every task carries its own note: read as a list of work of their own,"
                    + " linked to no task");
            return rows.stream().map(row -> row.withTask(0)).toList();
        }
        int offset = sharedOffset(rows, matches);
        boolean numbersApart = offset == 0 && numberedApart(rows, matches);
        List<AnnexRow> linked = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            AnnexRow row = rows.get(r);
            TaskBlock task = matches.get(r).task();
            if (numbersApart && !matches.get(r).titled()) {
                // the rows matching a title say the annex numbers its rows its own way: a row's number names no task
                task = null;
            }
            boolean byPosition = offset != 0 && !matches.get(r).titled();
            if (byPosition) {
                int wanted = row.number() + offset;
                task = tasks.stream().filter(t -> t.number() == wanted).findFirst().orElse(null);
            }
            String where = "annex row " + row.number();
            if (task == null) {
                warnings.add(where + " '" + row.title() + "': no body task");
            } else if (!taskTitles.get(tasks.indexOf(task)).equals(normal(row.title()))) {
                warnings.add(where + " '" + row.title() + "' linked to task " + task.number() + " '" + task.title()
                        + "'" + (byPosition ? " by its place among the rows matching a title"
                        : task.number() == row.number() ? " by number; titles differ" : " by title"));
            }
            linked.add(row.withTask(task == null ? 0 : task.number()));
        }
        return linked;
    }

    /** The task of the row's number when its title is close enough, else the closest title, else the number. */
    private static Match match(AnnexRow row, List<TaskBlock> tasks, List<String> taskTitles) {
        String title = normal(row.title());
        TaskBlock byNumber = null;
        double numberScore = 0;
        // the task of the row's number is scored first (usually its title is the row's), so that the bound skips
        // the LCS table of every other title that cannot beat it; the best title is still the first of the best score
        int numberedAt = -1;
        for (int k = 0; k < tasks.size() && numberedAt < 0; k++) {
            if (tasks.get(k).number() == row.number()) {
                numberedAt = k;
            }
        }
        double best = 0;
        int bestAt = -1;
        if (numberedAt >= 0) {
            byNumber = tasks.get(numberedAt);
            numberScore = normalSimilarity(title, taskTitles.get(numberedAt));
            if (numberScore > 0) {
                best = numberScore;
                bestAt = numberedAt;
            }
        }
        for (int k = 0; k < tasks.size(); k++) {
            if (k == numberedAt) {
                continue;
            }
            // a title whose length alone caps the score below the best (or at it, after the best) cannot win
            double cap = bound(title, taskTitles.get(k));
            if (cap < best || cap == best && (bestAt < 0 || k > bestAt)) {
                continue;
            }
            double s = normalSimilarity(title, taskTitles.get(k));
            if (s > best || s == best && s > 0 && k < bestAt) {
                best = s;
                bestAt = k;
            }
        }
        TaskBlock byTitle = bestAt < 0 ? null : tasks.get(bestAt);
        if (byNumber != null && (numberScore >= SAME_TASK || best < SAME_TASK)) {
            return new Match(byNumber, numberScore >= SAME_TASK);
        }
        return best >= SAME_TASK ? new Match(byTitle, true) : new Match(null, false);
    }

    /**
     * Whether the rows matching a title lie at differing distances from their tasks' numbers, two or more of them away
     * from their own number (rows 3, 5, 6 on tasks 2, 4, 5 beside row 1 on task 1): the annex divides the tasks into
     * rows of its own, and a row that matches no title is not the task of its number.
     */
    private static boolean numberedApart(List<AnnexRow> rows, List<Match> matches) {
        Set<Integer> offsets = new HashSet<>();
        int away = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (matches.get(r).titled()) {
                int offset = matches.get(r).task().number() - rows.get(r).number();
                offsets.add(offset);
                away += offset != 0 ? 1 : 0;
            }
        }
        return away >= 2 && offsets.size() > 1;
    }

    /** The one distance between task and row numbers of all rows matching a title, when two or more do; else 0. */
    private static int sharedOffset(List<AnnexRow> rows, List<Match> matches) {
        Set<Integer> offsets = new HashSet<>();
        int titled = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (matches.get(r).titled()) {
                titled++;
                offsets.add(matches.get(r).task().number() - rows.get(r).number());
            }
        }
        return titled >= 2 && offsets.size() == 1 ? offsets.iterator().next() : 0;
    }

    /**
     * Twice the longest common subsequence over the total length, of titles already {@link #normal normalised}
     * (punctuation and quotes removed); the LCS table is kept one row at a time.
     */
    /** The highest {@link #normalSimilarity} two titles of these lengths can have. */
    private static double bound(String x, String y) {
        return x.isEmpty() || y.isEmpty() ? 0 : 2.0 * Math.min(x.length(), y.length()) / (x.length() + y.length());
    }

    /** Whether two titles are the same task worded differently (a table's cell shortens its item's heading). */
    static boolean sameTask(String x, String y) {
        return normalSimilarity(normal(x), normal(y)) >= SAME_TASK;
    }

    private static double normalSimilarity(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        if (x.equals(y)) {
            return 1;
        }
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int i = 1; i <= x.length(); i++) {
            char c = x.charAt(i - 1);
            for (int j = 1; j <= y.length(); j++) {
                current[j] = c == y.charAt(j - 1) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 2.0 * previous[y.length()] / (x.length() + y.length());
    }

    /** A title's words without punctuation and spaces: two titles with the same words name the same item. */
    static String words(String title) {
        return normal(title);
    }

    /**
     * The title without what {@code [^\p{IsHan}\p{Alnum}]} matches, read by code point as the pattern reads it
     * ({@code \p{Alnum}} is ASCII's): a loop, not {@code replaceAll}, as {@link #sameTask} normalises both its
     * titles at every call.
     */
    private static String normal(String title) {
        StringBuilder out = null;
        for (int i = 0; i < title.length(); ) {
            int c = title.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean word = c < 128 ? c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                    : Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (!word && out == null) {
                out = new StringBuilder(title.length()).append(title, 0, i);
            } else if (word && out != null) {
                out.append(title, i, next);
            }
            i = next;
        }
        return out == null ? title : out.toString();
    }
}

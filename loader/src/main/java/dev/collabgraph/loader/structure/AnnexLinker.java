package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Links annex rows to body tasks. The row number names the task when its title is close enough
 * (加强关键技术攻关 for 加强关键技术的突破研发); otherwise a task with a close title wins (an annex that
 * numbers its own rows 1…N over restarted body numbering), and failing that the number, with a warning.
 */
final class AnnexLinker {
    /** Titles at least this similar are the same task worded differently. */
    static final double SAME_TASK = 0.5;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{IsHan}\\p{Alnum}]");

    private AnnexLinker() {
    }

    static List<AnnexRow> link(List<AnnexRow> rows, List<TaskBlock> tasks, List<String> warnings) {
        List<AnnexRow> linked = new ArrayList<>();
        // titles normalised once, not once per (row, task) pair
        List<String> taskTitles = tasks.stream().map(t -> normal(t.title())).toList();
        for (AnnexRow row : rows) {
            String title = normal(row.title());
            TaskBlock byNumber = null;
            double numberScore = 0;
            TaskBlock byTitle = null;
            double best = 0;
            for (int k = 0; k < tasks.size(); k++) {
                TaskBlock t = tasks.get(k);
                boolean numbered = byNumber == null && t.number() == row.number();
                // a title whose length alone caps the score at best cannot win: skip its LCS table
                if (!numbered && bound(title, taskTitles.get(k)) <= best) {
                    continue;
                }
                double s = normalSimilarity(title, taskTitles.get(k));
                if (numbered) {
                    byNumber = t;
                    numberScore = s;
                }
                if (s > best) {
                    best = s;
                    byTitle = t;
                }
            }
            TaskBlock task;
            if (byNumber != null && (numberScore >= SAME_TASK || best < SAME_TASK)) {
                task = byNumber;
            } else {
                task = best >= SAME_TASK ? byTitle : null;
            }
            String where = "annex row " + row.number();
            if (task == null) {
                warnings.add(where + " '" + row.title() + "': no body task");
            } else if (!taskTitles.get(tasks.indexOf(task)).equals(title)) {
                warnings.add(where + " '" + row.title() + "' linked to task " + task.number() + " '" + task.title()
                        + "'" + (task == byNumber ? " by number; titles differ" : " by title"));
            }
            linked.add(new AnnexRow(row.number(), row.title(), row.work(), row.year(), row.units(),
                    task == null ? 0 : task.number(), row.span(), row.workSpan()));
        }
        return linked;
    }

    /**
     * Twice the longest common subsequence over the total length, of titles already {@link #normal normalised}
     * (punctuation and quotes removed); the LCS table is kept one row at a time.
     */
    /** The highest {@link #normalSimilarity} two titles of these lengths can have. */
    private static double bound(String x, String y) {
        return x.isEmpty() || y.isEmpty() ? 0 : 2.0 * Math.min(x.length(), y.length()) / (x.length() + y.length());
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

    private static String normal(String title) {
        return NOT_WORD.matcher(title).replaceAll("");
    }
}

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
        for (AnnexRow row : rows) {
            TaskBlock byNumber = tasks.stream().filter(t -> t.number() == row.number()).findFirst().orElse(null);
            TaskBlock byTitle = null;
            double best = 0;
            for (TaskBlock t : tasks) {
                double s = similarity(row.title(), t.title());
                if (s > best) {
                    best = s;
                    byTitle = t;
                }
            }
            double numberScore = byNumber == null ? 0 : similarity(row.title(), byNumber.title());
            TaskBlock task;
            if (byNumber != null && (numberScore >= SAME_TASK || best < SAME_TASK)) {
                task = byNumber;
            } else {
                task = best >= SAME_TASK ? byTitle : null;
            }
            String where = "annex row " + row.number();
            if (task == null) {
                warnings.add(where + " '" + row.title() + "': no body task");
            } else if (!normal(task.title()).equals(normal(row.title()))) {
                warnings.add(where + " '" + row.title() + "' linked to task " + task.number() + " '" + task.title()
                        + "'" + (task == byNumber ? " by number; titles differ" : " by title"));
            }
            linked.add(new AnnexRow(row.number(), row.title(), row.work(), row.year(), row.units(),
                    task == null ? 0 : task.number(), row.span(), row.workSpan()));
        }
        return linked;
    }

    /** Twice the longest common subsequence over the total length, ignoring punctuation and quotes. */
    static double similarity(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int[][] lcs = new int[x.length() + 1][y.length() + 1];
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                lcs[i][j] = x.charAt(i - 1) == y.charAt(j - 1) ? lcs[i - 1][j - 1] + 1
                        : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        return 2.0 * lcs[x.length()][y.length()] / (x.length() + y.length());
    }

    private static String normal(String title) {
        return NOT_WORD.matcher(title).replaceAll("");
    }
}

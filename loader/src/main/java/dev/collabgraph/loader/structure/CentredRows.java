package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the lines of a wrapped table row stand around its number. Most tables print a row's number on its first
 * line and its wrapped cells below; a PDF exported with its layout kept centres a row's one-line cells (number, lead
 * unit, deadline) on the middle line, so a three-line row has one line above its number. Both readings fit the same
 * lines; the one chosen is the one whose rows' work starts the way work does (推动…, 建设…, 支持…) more often — a row
 * whose number line reads 内服务…30项 started on the line above.
 */
final class CentredRows {
    /** How a row's work opens: the verbs the genre's tasks start with, a few measures of place and time. */
    private static final Pattern OPENS_WORK = Pattern.compile("^(?:推动|推进|建设|实施|支持|开展|组织|举办|加快|培育|引进|打造"
            + "|完善|落实|深化|赴|制定|建立|组建|鼓励|引导|强化|提升|优化|设立|新建|研究|编制|争取|创建|申报|完成|召开|出台|启动"
            + "|组织|举行|发布|推广|新增|加大|加强|做好|健全|构建|探索)");
    /** Rows tried at most: the search keeps one assignment per row, two choices each. */
    private static final int MAX_ROWS = 400;
    /** Readings compared at most: few tables fit more than a handful. */
    private static final int MAX_READINGS = 64;

    private CentredRows() {
    }

    /**
     * For each numbered line, in order, how many of the continuation lines just above it belong to its row (all zero
     * when the table prints numbers on the first line).
     */
    static int[] above(List<AnnexReader.Line> lines, int workColumn) {
        List<List<AnnexReader.Line>> runs = runs(lines);
        List<Integer> result = new ArrayList<>();
        for (List<AnnexReader.Line> run : runs) {
            int[] best = new int[(int) run.stream().filter(l -> l.number() > 0).count()];
            int bestScore = score(run, best, workColumn);
            // the centred readings, each scored: the top-aligned one wins ties
            for (int[] centred : centred(run)) {
                int score = score(run, centred, workColumn);
                if (score > bestScore) {
                    best = centred;
                    bestScore = score;
                }
            }
            for (int a : best) {
                result.add(a);
            }
        }
        return result.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Runs of lines between boundaries (a repeated header, a category row). */
    private static List<List<AnnexReader.Line>> runs(List<AnnexReader.Line> lines) {
        List<List<AnnexReader.Line>> runs = new ArrayList<>();
        List<AnnexReader.Line> run = new ArrayList<>();
        for (AnnexReader.Line l : lines) {
            if (l.boundary()) {
                runs.add(run);
                run = new ArrayList<>();
            } else {
                run.add(l);
            }
        }
        runs.add(run);
        return runs;
    }

    /**
     * The centred readings: each row has as many lines below its number as above, or one more; none when the run's
     * lines fit no such reading. The first row takes the lines before it, if any.
     */
    private static List<int[]> centred(List<AnnexReader.Line> run) {
        List<Integer> gaps = new ArrayList<>(); // continuation lines before each numbered line, then after the last
        int count = 0;
        for (AnnexReader.Line l : run) {
            if (l.number() > 0) {
                gaps.add(count);
                count = 0;
            } else {
                count++;
            }
        }
        gaps.add(count);
        int rows = gaps.size() - 1;
        List<int[]> found = new ArrayList<>();
        if (rows > 0 && rows <= MAX_ROWS) {
            fit(gaps, new int[rows], 0, gaps.get(0), found, new java.util.HashMap<>());
        }
        return found;
    }

    /**
     * Depth first over the rows, each row's lines below its number being as many as above or one more; a state
     * (row, lines above it) known to lead nowhere is not tried again, so a run of rows that fits no reading is given up
     * in time linear in its length, not exponential.
     */
    private static boolean fit(List<Integer> gaps, int[] above, int row, int linesAbove, List<int[]> found,
                               java.util.Map<Long, Boolean> dead) {
        if (found.size() >= MAX_READINGS) {
            return true;
        }
        long state = (long) row << 32 | linesAbove;
        if (dead.containsKey(state)) {
            return false;
        }
        above[row] = linesAbove;
        int next = gaps.get(row + 1);
        boolean any = false;
        for (int below = linesAbove + 1; below >= linesAbove; below--) {
            if (row == above.length - 1) {
                if (below == next) {
                    found.add(above.clone());
                    any = true;
                }
            } else if (below <= next) {
                any |= fit(gaps, above, row + 1, next - below, found, dead);
            }
        }
        if (!any) {
            dead.put(state, Boolean.TRUE);
        }
        return any;
    }

    /** How many rows of a reading start their work as work starts. */
    private static int score(List<AnnexReader.Line> run, int[] above, int workColumn) {
        int score = 0;
        int row = 0;
        List<AnnexReader.Line> pending = new ArrayList<>();
        for (AnnexReader.Line l : run) {
            if (l.number() > 0) {
                AnnexReader.Line first = above[row] > 0 ? pending.get(pending.size() - above[row]) : l;
                String work = workColumn >= 0 && workColumn < first.cells().size()
                        ? first.cells().get(workColumn).text() : "";
                score += OPENS_WORK.matcher(work).find() ? 1 : 0;
                row++;
                pending.clear();
            } else {
                pending.add(l);
            }
        }
        return score;
    }
}

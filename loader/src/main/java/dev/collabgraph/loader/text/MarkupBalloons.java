package dev.collabgraph.loader.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft printed from Word with its markup shown (a 送审稿 or 征求意见稿 sent round with its changes): the body is
 * narrowed to the left and a pane on the right holds the revision balloons (已删除: …, 已设置格式: …, 批注 [ZL1]: …)
 * on the baselines of the lines they belong to. Read in position order, each balloon runs on from the body line it
 * stands beside, and a deleted task or unit would be read as the document's. Balloons are found by Word's labels,
 * and each balloon, with the lines it wraps onto under its label, is cut away: the final text is what is left.
 */
final class MarkupBalloons {
    /** Word's balloon labels (Chinese UI, older and newer wording), after the gap that parts the pane from the body. */
    private static final Pattern LABEL = Pattern.compile("(?:^|[ \u3000]{2,})((?:已删除|删除的内容|已设置格式|带格式的|设置了格式|"
            + "已插入|已移动[（(](?:插入|删除)[）)]|批注[ \u3000]*[\\[［][^\\]］]{1,16}[\\]］])[ \u3000]*[:：])");
    /** The pane stands right of the body's left part: a label nearer the left edge is the body's own text. */
    private static final int MIN_PANE_COLUMN = 20;
    /** A PDF's positions are approximate: a balloon's wrapped line may start this many columns right of the edge. */
    private static final int SLACK = 2;

    private MarkupBalloons() {
    }

    /** The pages' lines with their balloons removed; the pages as given when none is found. */
    static List<List<String>> remove(List<List<String>> pages) {
        int edge = paneEdge(pages);
        if (edge < 0) {
            return pages;
        }
        List<List<String>> out = new ArrayList<>(pages.size());
        for (List<String> page : pages) {
            List<String> kept = new ArrayList<>(page.size());
            boolean inBalloon = false;
            for (String line : page) {
                int at = textAtOrAfter(line, edge);
                Matcher label = LABEL.matcher(line);
                boolean opens = label.find() && DisplayWidth.of(line, 0, label.start(1)) >= edge;
                if (opens) {
                    inBalloon = true;
                } else if (at < 0 || DisplayWidth.of(line, 0, at) > edge + SLACK) {
                    inBalloon = false; // a balloon's wrapped lines start at the pane's edge, under its label
                }
                if (!inBalloon || at < 0) {
                    kept.add(line);
                    continue;
                }
                String body = line.substring(0, opens ? label.start(1) : at).stripTrailing();
                if (!body.isBlank()) {
                    kept.add(body);
                }
            }
            out.add(kept);
        }
        return out;
    }

    /**
     * The display column where the pane starts: the leftmost balloon label standing apart from the body; -1 when no
     * label does, or when body text runs across that column (no pane: the label words are the document's own).
     */
    private static int paneEdge(List<List<String>> pages) {
        int edge = Integer.MAX_VALUE;
        for (List<String> page : pages) {
            for (String line : page) {
                if (line.length() < MIN_PANE_COLUMN) {
                    continue;
                }
                Matcher label = LABEL.matcher(line);
                if (label.find()) {
                    int column = DisplayWidth.of(line, 0, label.start(1));
                    if (column >= MIN_PANE_COLUMN) {
                        edge = Math.min(edge, column);
                    }
                }
            }
        }
        if (edge == Integer.MAX_VALUE) {
            return -1;
        }
        for (List<String> page : pages) {
            for (String line : page) {
                if (crosses(line, edge)) {
                    return -1;
                }
            }
        }
        return edge;
    }

    /** Whether the line has text on both sides of {@code edge} with no blank at it: one run across the column. */
    private static boolean crosses(String line, int edge) {
        int column = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int width = DisplayWidth.wide(c) ? 2 : 1;
            if (column < edge && column + width > edge) {
                return true; // a wide character straddling the edge
            }
            if (column == edge) {
                return i > 0 && !blank(line.charAt(i - 1)) && !blank(c);
            }
            column += width;
        }
        return false;
    }

    /** The offset of the first non-blank character at or right of display column {@code edge}, or -1. */
    private static int textAtOrAfter(String line, int edge) {
        int column = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (column >= edge && !blank(c)) {
                return i;
            }
            column += DisplayWidth.wide(c) ? 2 : 1;
        }
        return -1;
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\u3000' || c == '\t';
    }
}

package dev.collabgraph.loader.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Footnotes a printed page sets at its foot (①中试平台：指…), between its last line of text and its page number, moved
 * out of the sentence they cut. A text copied out of a PDF keeps them where the page had them: the page's last
 * sentence breaks off (…支持某大学依), the footnotes follow, then the page number, then the sentence goes on (托某产业园
 * 建设…). The footnotes are put after the paragraph that goes on, so that the sentence is whole again.
 *
 * <p>A block is footnotes only when each of its marks also stands glued to a word earlier in the text (中试平台①): a
 * list numbered ①② at a page's foot opens its lines with them and nowhere else.
 */
final class PageFootnotes {
    /** Lines a page's footnotes may take, their wraps included. */
    private static final int MAX_BLOCK = 12;
    /** Lines after the page turn in which the cut sentence must end. */
    private static final int MAX_CONTINUATION = 6;
    private static final String ENDS = "。！？!?";
    private static final String CUT_ENDS = "。！？；：!?;:）)」』”\"〕】";

    private PageFootnotes() {
    }

    /**
     * The lines ([start, end, …] offsets into {@code text}, in reading order) with each page's footnotes that cut a
     * sentence moved after the paragraph the sentence goes on in; {@code pageTurns} are the offsets of page-number
     * lines, ascending.
     */
    static List<int[]> moved(String text, List<int[]> lines, List<Integer> pageTurns) {
        if (pageTurns.isEmpty() || text.indexOf('①') < 0) {
            return lines;
        }
        List<int[]> out = new ArrayList<>(lines);
        int turn = 0;
        for (int k = 0; k + 1 < out.size() && turn < pageTurns.size(); k++) {
            int[] last = out.get(k);
            int[] next = out.get(k + 1);
            while (turn < pageTurns.size() && pageTurns.get(turn) < last[1]) {
                turn++;
            }
            if (turn >= pageTurns.size() || pageTurns.get(turn) >= next[0] || next[0] < last[1]) {
                continue; // no page turn between line k and the next
            }
            int first = blockStart(text, out, k);
            if (first < 1 || endsSentence(text, out.get(first - 1), CUT_ENDS)) {
                continue;
            }
            int resumed = k + 1;
            int end = resumed;
            while (end < out.size() && end - resumed < MAX_CONTINUATION && !endsSentence(text, out.get(end), CUT_ENDS)) {
                end++;
            }
            if (end >= out.size() || end - resumed >= MAX_CONTINUATION) {
                continue;
            }
            List<int[]> block = new ArrayList<>(out.subList(first, k + 1));
            out.subList(first, k + 1).clear();
            int insertAt = end - block.size() + 1;
            out.addAll(insertAt, block);
            k = insertAt + block.size() - 1;
        }
        return out;
    }

    /** The first line of a footnote block ending at line {@code last}, or -1. */
    private static int blockStart(String text, List<int[]> lines, int last) {
        int best = -1;
        for (int j = last; j >= 0 && last - j < MAX_BLOCK; j--) {
            int[] line = lines.get(j);
            char c = text.charAt(line[0]);
            if (isMark(c)) {
                if (!gluedBefore(text, c, line[0])) {
                    return best;
                }
                best = j;
            } else if (j == 0 || endsSentence(text, lines.get(j - 1), ENDS)) {
                // a line not opened by a mark continues a footnote only when the line above it broke off: this one
                // starts something else, and the footnotes are those found below it
                return best;
            }
        }
        return best;
    }

    /** Whether the mark stands right after a word somewhere before {@code before}: a footnote's mark in the text. */
    private static boolean gluedBefore(String text, char mark, int before) {
        for (int at = text.indexOf(mark); at >= 0 && at < before; at = text.indexOf(mark, at + 1)) {
            if (at > 0 && Character.isLetter(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMark(char c) {
        return c >= '①' && c <= '⑳';
    }

    private static boolean endsSentence(String text, int[] line, String ends) {
        return line[1] > line[0] && ends.indexOf(text.charAt(line[1] - 1)) >= 0;
    }
}

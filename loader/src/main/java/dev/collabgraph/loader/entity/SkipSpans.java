package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.structure.AnnexRow;
import dev.collabgraph.loader.structure.DocumentHeader;
import dev.collabgraph.loader.structure.DocumentStructure;
import dev.collabgraph.loader.structure.ResponsibilityNote;
import dev.collabgraph.loader.text.CharPositions;
import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text whose names are not this stage's: the title block and distribution lists (抄送：…); and the unit
 * lists, responsibility notes and the unit cells of annex rows, whose units are read by the structure
 * stage but whose places are the document's places ({@link UnitListPlaces}).
 */
final class SkipSpans {
    private static final Pattern DISTRIBUTION = Pattern.compile("(?m)^(?:抄送|抄报|主送|发)：.*$");
    private static final String DISTRIBUTION_FIRSTS = "抄主发";

    private static final int DATE_NEAR_TITLE = 40;

    private SkipSpans() {
    }

    /** The title block and distribution lists: no names are read there. */
    static List<Span> of(String text, DocumentStructure structure) {
        List<Span> skip = new ArrayList<>();
        DocumentHeader h = structure.header();
        if (h != null) {
            int end = 0;
            for (Span s : new Span[] {h.numberSpan(), h.titleSpan()}) {
                if (s != null) {
                    end = Math.max(end, s.end());
                }
            }
            // A date printed under the title belongs to the block; one at the end of the document does not.
            if (h.dateSpan() != null && h.dateSpan().start() <= end + DATE_NEAR_TITLE) {
                end = Math.max(end, h.dateSpan().end());
            }
            if (end > 0) {
                skip.add(new Span(0, end));
            }
        }
        attendance(text, skip);
        // without anchoring bounds ^ and $ keep their line meaning inside the region a line is tried in
        Matcher m = DISTRIBUTION.matcher(text).useAnchoringBounds(false);
        for (int at = 0; nextDistributionLine(m, text, at); at = m.end()) {
            skip.add(new Span(m.start(), m.end()));
        }
        return skip;
    }

    /**
     * Minutes' attendance (出席：某某　市政府副市长, one person a line) and an office system's routing fields (拟稿：, 签发：):
     * people and their posts, glued together once blanks are dropped (钱卫东沣溪大学副校长), not the document's actors.
     */
    private static final Pattern ROSTER = Pattern.compile("(?m)^(?:出席|列席|参加|请假|记录|拟稿|核稿|会签|签发|印发|校对|分送)：");
    /** The characters {@link #ROSTER}'s labels open with. */
    private static final String ROSTER_FIRSTS = "出" + "列" + "参" + "请" + "记" + "拟" + "核" + "会" + "签" + "印" + "校" + "分";
    private static final int MAX_ROSTER_LINE = 40;

    private static void attendance(String text, List<Span> skip) {
        // without anchoring bounds ^ keeps its line meaning inside the region a line start is tried in
        Matcher m = ROSTER.matcher(text).useAnchoringBounds(false);
        for (int at = 0; nextAtLineStart(m, text, at, ROSTER_FIRSTS); at = m.end()) {
            int start = m.start();
            int end = lineEnd(text, start);
            // the people listed under the label, a line each, until a sentence or another kind of line
            while (end + 1 < text.length()) {
                int next = lineEnd(text, end + 1);
                String line = text.substring(end + 1, next);
                if (line.isBlank() || line.length() > MAX_ROSTER_LINE || line.indexOf('。') >= 0 || line.indexOf('，') >= 0
                        || ROSTER.matcher(line).lookingAt() || line.indexOf('：') >= 0) {
                    break;
                }
                end = next;
            }
            skip.add(new Span(start, end));
        }
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** Responsibility notes and the unit cells of annex rows: lists of responsible units. */
    static List<Span> unitLists(DocumentStructure structure) {
        List<Span> lists = new ArrayList<>();
        for (ResponsibilityNote note : structure.notes()) {
            // the units' own spans: a note joined from clauses spread through a task (①…（A牵头）；②…（B）) spans
            // text that is no list, whose names stay the task's
            boolean located = !note.units().isEmpty() && note.units().stream().allMatch(u -> u.span() != null);
            if (located) {
                note.units().forEach(u -> lists.add(u.span()));
            } else {
                lists.add(note.span());
            }
        }
        for (AnnexRow row : structure.annex()) {
            if (row.workSpan() != null && row.span() != null && row.workSpan().end() < row.span().end()) {
                lists.add(new Span(row.workSpan().end(), row.span().end()));
            } else {
                // a row without a work cell (序号 | 工作任务 | 牵头单位 | 配合单位): its units where they stand
                row.units().stream().filter(u -> u.span() != null).forEach(u -> lists.add(u.span()));
            }
        }
        return lists;
    }

    /**
     * Next {@link #DISTRIBUTION} line at or after {@code from}, as {@code find()} would give it, tried only at line
     * starts that begin with 抄, 主 or 发 ({@code find()} tries every character of the document).
     */
    private static boolean nextDistributionLine(Matcher m, String text, int from) {
        return nextAtLineStart(m, text, from, DISTRIBUTION_FIRSTS);
    }

    /**
     * Next match at or after {@code from} of a line pattern ({@code (?m)^…}, its matcher without anchoring bounds) whose
     * matches open with one of {@code firsts}: tried only at line starts holding one of them, found from those
     * characters' positions in the document.
     */
    private static boolean nextAtLineStart(Matcher m, String text, int from, String firsts) {
        int[] opens = CharPositions.of(text, firsts);
        for (int k = CharPositions.firstAtOrAfter(opens, from); k < opens.length; k++) {
            int p = opens[k];
            if ((p == 0 || endsLine(text.charAt(p - 1))) && m.region(p, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Line terminators after which ^ matches in MULTILINE mode. */
    private static boolean endsLine(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}

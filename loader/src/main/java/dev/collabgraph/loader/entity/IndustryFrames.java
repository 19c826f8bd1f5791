package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Industry names that the frame X业以“…”为方向，重点发展A、B等C，D、E等F reveals: every item and every
 * 等-head of the comma-separated segments, up to the first segment that starts with a new verb.
 */
final class IndustryFrames {
    private IndustryFrames() {
    }

    /** 煤盐化工业以“…”为方向，重点发展制盐、氯碱等盐化工，煤焦化、气化等煤化工 … */
    static void find(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher frame = IndustryRules.FRAME.matcher(text);
        for (int at = 0; AnchoredFind.startingWith(frame, text, at, text.length(), IndustryRules.FRAME_OPENINGS); at = frame.end()) {
            topic(scan, frame.start(), out);
            int segmentStart = frame.end();
            boolean first = true;
            while (segmentStart < text.length()) {
                int segmentEnd = segmentEnd(text, segmentStart);
                if (!first && Lexicon.BOUNDARY.longestAt(text, segmentStart, segmentEnd) != null) {
                    break;
                }
                int deng = text.lastIndexOf('等', segmentEnd - 1);
                // 重点发展A、B、C等。: a list closed by 等 at the end of its segment has no head, its items are the industries
                boolean headless = deng == segmentEnd - 1 && deng > segmentStart;
                if (headless) {
                    addItems(scan, deng, segmentStart, out);
                }
                if (deng > segmentStart && segmentEnd - deng - 1 >= 2) {
                    String head = text.substring(deng + 1, segmentEnd);
                    // A head glossed in brackets (整机（车）制造) names the kind of the items, not an industry.
                    if (Lexicon.specificChars(head) >= 2 && head.length() <= 12 && head.indexOf('（') < 0
                            && head.indexOf('的') < 0 && Lexicon.LEADING_ONLY.longestAt(head, 0, head.length()) == null) {
                        out.add(new Candidate(Label.Industry, deng + 1, segmentEnd, "context:industry-frame", null));
                    }
                    for (int[] item : Enumerations.items(scan, deng, Label.Industry)) {
                        if (item[0] >= segmentStart && item[1] - item[0] >= 2 && item[1] - item[0] <= 12) {
                            out.add(new Candidate(Label.Industry, item[0], item[1], "context:industry-frame", null));
                        }
                    }
                }
                if (segmentEnd >= text.length() || text.charAt(segmentEnd) != '，') {
                    break;
                }
                segmentStart = segmentEnd + 1;
                first = false;
            }
        }
    }

    private static void addItems(Scan scan, int deng, int segmentStart, List<Candidate> out) {
        for (int[] item : Enumerations.items(scan, deng, Label.Industry)) {
            if (item[0] >= segmentStart && item[1] - item[0] >= 2 && item[1] - item[0] <= 12
                    && Lexicon.specificChars(scan.text.substring(item[0], item[1])) >= 2) {
                out.add(new Candidate(Label.Industry, item[0], item[1], "context:industry-frame", null));
            }
        }
    }

    /** The industry a motto is about: 绿色冶金业 in 绿色冶金业以“…”为方向. */
    private static void topic(Scan scan, int frameStart, List<Candidate> out) {
        String text = scan.text;
        if (text.charAt(frameStart) != '以' || frameStart < 3) {
            return;
        }
        int chunk = Boundaries.chunkStart(text, frameStart);
        int start = Boundaries.nameStart(text, chunk, frameStart, Label.Industry, scan.covered);
        String name = text.substring(start, frameStart);
        if (name.length() >= 3 && name.length() <= 12 && name.endsWith("业") && Lexicon.specificChars(name) >= 2) {
            out.add(new Candidate(Label.Industry, start, frameStart, "context:industry-frame", null));
        }
    }

    private static int segmentEnd(String text, int from) {
        int i = from;
        while (i < text.length() && "，。；\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}

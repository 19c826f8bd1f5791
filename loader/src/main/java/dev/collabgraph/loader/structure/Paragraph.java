package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;

/** One paragraph (line) of the logical text with its offsets; {@code text} never holds the '\n'. */
record Paragraph(int index, int start, int end, String text) {

    static List<Paragraph> split(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                int from = start;
                for (int cut : notedPoints(text, start, end)) {
                    paragraphs.add(new Paragraph(paragraphs.size(), from, cut, text.substring(from, cut)));
                    from = cut;
                }
                paragraphs.add(new Paragraph(paragraphs.size(), from, end, text.substring(from, end)));
            }
            start = end + 1;
        }
        return paragraphs;
    }

    /**
     * 一是建设…。…（由A负责，B配合）；二是打造…（由C负责）: points made in one line, each closed by its own note, are items
     * of their own; the starts of the second and later points, or none when the line is no such run of noted points.
     */
    private static List<Integer> notedPoints(String text, int start, int end) {
        int first = start;
        while (first < end && (text.charAt(first) == ' ' || text.charAt(first) == '\u3000')) {
            first++;
        }
        if (end - first < MIN_POINTS_LINE || !text.startsWith(FIRST_POINT, first)) {
            return List.of();
        }
        List<Integer> cuts = new ArrayList<>();
        java.util.regex.Matcher next = NEXT_POINT.matcher(text).region(first, end);
        while (next.find()) {
            int close = next.start() - 1; // the bracket closing the point before
            int open = text.lastIndexOf('（', close);
            if (open < first || !NOTE_WORDS.matcher(text.substring(open, close)).find()) {
                return List.of();
            }
            cuts.add(next.start() + 1);
        }
        return cuts;
    }

    private static final String FIRST_POINT = "一是";
    private static final int MIN_POINTS_LINE = 20;
    /** The separator after a point's closing note, then the next point's number (；二是, 。三是). */
    private static final java.util.regex.Pattern NEXT_POINT = java.util.regex.Pattern.compile("(?<=）)[；。][二三四五六七八九十]是");
    private static final java.util.regex.Pattern NOTE_WORDS = java.util.regex.Pattern.compile("负责|牵头|配合|责任");

    Span span() {
        return new Span(start, end);
    }

    boolean isTableRow() {
        return text.indexOf('\t') >= 0;
    }
}

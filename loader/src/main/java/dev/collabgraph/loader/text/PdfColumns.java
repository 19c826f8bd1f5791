package dev.collabgraph.loader.text;

import org.apache.pdfbox.text.TextPosition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A page set in two columns (a gazette, a bulletin): found by the empty band down its middle that justified lines on
 * both sides run up to, and read column by column, so that a sentence is not interleaved with the other column's line
 * beside it. A running header or footer set apart from the columns by a wider gap stays a line of its own, first or
 * last. A table is not two columns: its cells do not fill their width line after line.
 */
final class PdfColumns {
    /** The page's text in reading order: header lines, the left column, the right column, footer lines. */
    record Parts(List<TextPosition> header, List<TextPosition> left, List<TextPosition> right,
                 List<TextPosition> footer, float rightEdge) {
    }

    /** The band a gutter may lie in, as fractions of the text's width. */
    private static final float MIDDLE_FROM = 0.3f;
    private static final float MIDDLE_TO = 0.7f;
    /** Lines crossing the gutter may be at most this share (a heading or header set across). */
    private static final float CROSSING = 0.1f;
    private static final int MIN_LINES = 8;
    /** Share of two-sided lines whose left part is one run of text ending at the gutter (justified). */
    private static final float JUSTIFIED = 0.35f;
    /** Share of two-sided lines whose right part is one run of text. */
    private static final float PROSE = 0.6f;
    /** How far from the left margin a column's line may start, in characters: a paragraph's indent is two. */
    private static final float INDENT = 3.5f;
    /** Share of two-sided lines that may start further in than an indent (a centred heading, a quotation). */
    private static final float INSIDE_LINES = 0.25f;
    /** A gap between lines this many times the usual one sets a header or footer apart. */
    private static final float APART = 1.8f;

    private PdfColumns() {
    }

    private record Line(float y, List<TextPosition> chars) {
    }

    /** The page split into its parts, or null when it is not set in two columns. */
    static Parts split(List<TextPosition> positions, float charWidth) {
        List<TextPosition> visible = positions.stream().filter(p -> !p.getUnicode().isBlank()).toList();
        if (visible.size() < MIN_LINES * 10) {
            return null;
        }
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        for (TextPosition p : visible) {
            minX = Math.min(minX, p.getXDirAdj());
            maxX = Math.max(maxX, p.getXDirAdj() + p.getWidthDirAdj());
        }
        float width = maxX - minX;
        if (width < charWidth * 20) {
            return null;
        }
        List<Line> lines = lines(visible, charWidth);
        if (lines.size() < MIN_LINES) {
            return null;
        }
        int from = Math.round(minX + MIDDLE_FROM * width);
        int to = Math.round(minX + MIDDLE_TO * width);
        int[] covered = new int[to - from + 1];
        for (Line line : lines) {
            boolean[] mark = new boolean[covered.length];
            for (TextPosition p : line.chars()) {
                int a = Math.max(from, (int) Math.floor(p.getXDirAdj()));
                int b = Math.min(to, (int) Math.ceil(p.getXDirAdj() + p.getWidthDirAdj()));
                for (int x = a; x < b; x++) {
                    mark[x - from] = true;
                }
            }
            for (int i = 0; i < mark.length; i++) {
                covered[i] += mark[i] ? 1 : 0;
            }
        }
        int limit = Math.max(1, Math.round(CROSSING * lines.size()));
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < covered.length; ) {
            if (covered[i] > limit) {
                i++;
                continue;
            }
            int j = i;
            while (j < covered.length && covered[j] <= limit) {
                j++;
            }
            if (j - i > bestLength) {
                bestLength = j - i;
                bestStart = i;
            }
            i = j;
        }
        if (bestLength < charWidth * 0.8f) {
            return null;
        }
        float gutterFrom = from + bestStart;
        float gutterTo = gutterFrom + bestLength;
        float gutter = (gutterFrom + gutterTo) / 2;
        // the columns: most lines with text on both sides fill their left side up to the gutter in one run
        // and the right side of most is one run too (a table's cells beside a long cell are several)
        int twoSided = 0;
        int justified = 0;
        int prose = 0;
        List<Float> leftStarts = new ArrayList<>();
        for (Line line : lines) {
            List<TextPosition> left = line.chars().stream().filter(p -> centre(p) < gutter).toList();
            List<TextPosition> right = line.chars().stream().filter(p -> centre(p) >= gutter).toList();
            if (left.isEmpty() || right.isEmpty()) {
                continue;
            }
            twoSided++;
            leftStarts.add(left.get(0).getXDirAdj());
            TextPosition last = left.get(left.size() - 1);
            if (gutterFrom - (last.getXDirAdj() + last.getWidthDirAdj()) <= charWidth * 2 && oneRun(left, charWidth)) {
                justified++;
            }
            prose += oneRun(right, charWidth) ? 1 : 0;
        }
        if (twoSided < MIN_LINES || justified < Math.max(MIN_LINES, JUSTIFIED * twoSided) || prose < PROSE * twoSided) {
            return null;
        }
        // a column's lines start at its margin or a paragraph's indent from it; a table's left part starts in any of
        // its columns, wherever a row's cells have lines (its third column's, for a line that only a long cell fills)
        float margin = leftStarts.stream().min(Float::compare).orElse(0f);
        long inside = leftStarts.stream().filter(x -> x - margin > charWidth * INDENT).count();
        if (inside > INSIDE_LINES * twoSided) {
            return null;
        }
        int first = 0;
        int last = lines.size() - 1;
        float leading = usualLeading(lines);
        float bodySize = usualSize(visible);
        while (first < last && lines.get(first + 1).y() - lines.get(first).y() > APART * leading
                && smaller(lines.get(first), bodySize)) {
            first++;
        }
        while (last > first && lines.get(last).y() - lines.get(last - 1).y() > APART * leading
                && smaller(lines.get(last), bodySize)) {
            last--;
        }
        List<TextPosition> header = new ArrayList<>();
        List<TextPosition> footer = new ArrayList<>();
        List<TextPosition> left = new ArrayList<>();
        List<TextPosition> right = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (TextPosition p : lines.get(i).chars()) {
                (i < first ? header : i > last ? footer : centre(p) < gutter ? left : right).add(p);
            }
        }
        return new Parts(header, left, right, footer, gutterTo);
    }

    /** Whether a line is set smaller than the body, as running headers and page numbers are. */
    private static boolean smaller(Line line, float bodySize) {
        return line.chars().stream().allMatch(p -> p.getFontSizeInPt() < bodySize * SMALLER);
    }

    private static final float SMALLER = 0.9f;

    /** The font size most characters are set in. */
    private static float usualSize(List<TextPosition> visible) {
        java.util.Map<Float, Long> sizes = visible.stream().collect(
                java.util.stream.Collectors.groupingBy(TextPosition::getFontSizeInPt, java.util.stream.Collectors.counting()));
        return sizes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(0f);
    }

    private static float centre(TextPosition p) {
        return p.getXDirAdj() + p.getWidthDirAdj() / 2;
    }

    /** Whether the characters run without a gap wider than two characters. */
    private static boolean oneRun(List<TextPosition> chars, float charWidth) {
        for (int i = 1; i < chars.size(); i++) {
            TextPosition before = chars.get(i - 1);
            if (chars.get(i).getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj()) > charWidth * 2) {
                return false;
            }
        }
        return true;
    }

    /** The page's characters grouped into lines by baseline, top to bottom, each line left to right. */
    private static List<Line> lines(List<TextPosition> visible, float charWidth) {
        List<TextPosition> sorted = new ArrayList<>(visible);
        sorted.sort(Comparator.comparing(TextPosition::getYDirAdj).thenComparing(TextPosition::getXDirAdj));
        List<Line> lines = new ArrayList<>();
        List<TextPosition> current = new ArrayList<>();
        float y = Float.NaN;
        for (TextPosition p : sorted) {
            if (!current.isEmpty() && p.getYDirAdj() - y > charWidth * 0.5f) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                y = p.getYDirAdj();
            }
            current.add(p);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<TextPosition> chars) {
        chars.sort(Comparator.comparing(TextPosition::getXDirAdj));
        return new Line(chars.get(0).getYDirAdj(), chars);
    }

    /** The most common distance between consecutive lines. */
    private static float usualLeading(List<Line> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            gaps.add(lines.get(i).y() - lines.get(i - 1).y());
        }
        gaps.sort(Float::compare);
        return gaps.get(gaps.size() / 2);
    }
}

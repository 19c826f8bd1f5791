package dev.collabgraph.bench.mutate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The lines of a text, where each stands, and which of them are table rows that most mutations leave alone. */
final class Lines {
    /** Cells set apart by tabs, rules or a run of spaces (a table laid out in plain text). */
    private static final Pattern TABLE_ROW = Pattern.compile("[\\t|│┃]|\\S {3,}\\S");
    /** Display columns of blanks before a line beyond which it stands at a column, not at a paragraph's indent. */
    static final int DEEP_INDENT = 12;

    /**
     * A line: {@code [start, end)} without its line break; {@code next} is where the following line starts (the
     * text's length after the last line).
     */
    record Line(int start, int end, int next) {
        String of(String text) {
            return text.substring(start, end);
        }

        boolean blank(String text) {
            return of(text).isBlank();
        }
    }

    private Lines() {
    }

    /** Every line of {@code text}; a CR before a line feed belongs to the line break. */
    static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int feed = text.indexOf('\n', start);
            if (feed < 0) {
                if (start < text.length()) {
                    lines.add(new Line(start, text.length(), text.length()));
                }
                break;
            }
            int end = feed > start && text.charAt(feed - 1) == '\r' ? feed - 1 : feed;
            lines.add(new Line(start, end, feed + 1));
            start = feed + 1;
        }
        return lines;
    }

    /**
     * Whether a line is laid out rather than flowing: a row of a table (tabs, rules or aligned columns), or a cell or
     * heading standing at a column of its own (a PDF's layout text: more blanks before it than a paragraph's indent).
     * The mutations keep such lines as they are.
     */
    static boolean laidOut(String line) {
        int indent = 0;
        for (int i = 0; i < line.length() && blank(line.charAt(i)); i++) {
            indent += line.charAt(i) == '\u3000' ? 2 : line.charAt(i) == '\t' ? DEEP_INDENT : 1;
        }
        return indent >= DEEP_INDENT || TABLE_ROW.matcher(line.strip()).find();
    }

    /** Where a line's text starts after its indent ({@code end} for a blank line). */
    static int firstNonBlank(String text, Line line) {
        int i = line.start();
        while (i < line.end() && blank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether only blanks stand between the start of {@code at}'s line and it. */
    static boolean atLineStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) != '\n' && blank(text.charAt(i))) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /** Whether only blanks stand between {@code at} and its line's end. */
    static boolean atLineEnd(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r' && blank(text.charAt(i))) {
            i++;
        }
        return i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    /** A blank inside a line: space, tab, full-width or no-break space. */
    static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    /** The text's own line break: CRLF when its first line ends so, else LF. */
    static String lineBreak(String text) {
        int feed = text.indexOf('\n');
        return feed > 0 && text.charAt(feed - 1) == '\r' ? "\r\n" : "\n";
    }
}

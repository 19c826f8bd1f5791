package dev.collabgraph.loader.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * A text rewritten from an original, each character written with the offset in the original it stands for: what
 * the layout readers (side columns, forms) hand the cleaner, so that quotes still point into the original.
 */
final class Rewrite {
    /** A printed line of the original: [start, end) without its line break. */
    record Line(int start, int end) {
        /** The line's characters in {@code text}. */
        String of(String text) {
            return text.substring(start, end);
        }

        /** Whether the line holds one of {@code words}, looked for within the line only. */
        boolean holds(String text, String[] words) {
            for (String word : words) {
                if (occurrences(text, this, word, 1) > 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A text rewritten in places: its characters, and each one's offset in the original. */
    record Rearranged(String text, int[] origin) {
    }

    private final String original;
    /** What is written, and where each character stands in the original: made at the first write (most layouts write none). */
    private StringBuilder out;
    private List<Integer> origin;
    /** Where the original is copied from next: the end of the last part replaced. */
    private int copied;
    private boolean replaced;

    Rewrite(String original) {
        this.original = original;
    }

    /** The text written so far, made at the first use: most texts have none of a layout and are never written. */
    private StringBuilder out() {
        if (out == null) {
            out = new StringBuilder(original.length() + 64);
            origin = new ArrayList<>(original.length() + 64);
        }
        return out;
    }

    private List<Integer> origins() {
        out();
        return origin;
    }

    /** Copies the original's characters [from, to), each at its own place. */
    void copy(int from, int to) {
        StringBuilder out = out();
        for (int k = from; k < to; k++) {
            out.append(original.charAt(k));
            origin.add(k);
        }
    }

    /** Writes {@code added}, every character of it standing at the original's offset {@code at}. */
    void add(String added, int at) {
        StringBuilder out = out();
        for (int i = 0; i < added.length(); i++) {
            out.append(added.charAt(i));
            origin.add(at);
        }
    }

    /**
     * Replaces the original's {@code [from, to)} by what {@code write} writes here, after copying the original up to
     * {@code from}.
     */
    void replace(int from, int to, Runnable write) {
        copy(copied, from);
        write.run();
        copied = to;
        replaced = true;
    }

    /** The rewritten text, the rest of the original copied after the last part replaced; empty when none was. */
    Optional<Rearranged> finish() {
        if (!replaced) {
            return Optional.empty();
        }
        copy(copied, original.length());
        return Optional.of(new Rearranged(text(), origin()));
    }

    /** The last character written, or 0 when none is. */
    char last() {
        return out().isEmpty() ? 0 : out.charAt(out.length() - 1);
    }

    /** The original offset the last character written stands at. */
    int lastOrigin() {
        return origins().get(origin.size() - 1);
    }

    String text() {
        return out().toString();
    }

    int[] origin() {
        return origins().stream().mapToInt(Integer::intValue).toArray();
    }

    /** A run of text on a printed line: [start, end) in the original, and the display columns [from, to) it covers. */
    record Run(int start, int end, int from, int to) {
        int centre() {
            return (from + to) / 2;
        }
    }

    /**
     * The runs of text of a printed line set apart by two blanks or more (a tab counting eight columns), as a table laid
     * out with spaces prints its cells; {@code joined(runStart, at)} keeps a gap before {@code at} inside the run begun
     * at {@code runStart} (a label spaced letter by letter, 备　　注).
     */
    static List<Run> runs(String text, Line line, BiPredicate<Integer, Integer> joined) {
        List<Run> runs = new ArrayList<>();
        int column = 0;
        int start = -1;
        int startColumn = 0;
        int lastEnd = -1;
        int lastColumn = 0;
        int blanks = 0;
        for (int i = line.start(); i < line.end(); i++) {
            char c = text.charAt(i);
            boolean blank = c == ' ' || c == '\u3000' || c == '\t' || c == '\f';
            int width = DisplayWidth.wide(c) ? 2 : c == '\t' ? 8 : 1;
            if (blank) {
                blanks += width;
            } else {
                if (start >= 0 && blanks >= 2 && !joined.test(start, i)) {
                    runs.add(new Run(start, lastEnd, startColumn, lastColumn));
                    start = -1;
                }
                if (start < 0) {
                    start = i;
                    startColumn = column;
                }
                blanks = 0;
            }
            column += width;
            if (!blank) {
                lastEnd = i + 1;
                lastColumn = column;
            }
        }
        if (start >= 0) {
            runs.add(new Run(start, lastEnd, startColumn, lastColumn));
        }
        return runs;
    }

    /**
     * How many times {@code word} stands on {@code line}, counted up to {@code enough}: looked for within the line only,
     * as the layout readers ask it of every line (a search on to the text's end would make them quadratic).
     */
    static int occurrences(String text, Line line, String word, int enough) {
        int count = 0;
        // from where the word's first character stands in the text, found once for all lines
        int[] firsts = CharPositions.of(text, word.charAt(0));
        int last = line.end() - word.length();
        for (int k = CharPositions.firstAtOrAfter(firsts, line.start()); k < firsts.length && firsts[k] <= last
                && count < enough; k++) {
            if (text.startsWith(word, firsts[k])) {
                count++;
            }
        }
        return count;
    }

    /**
     * The printed lines of {@code text}, a CR before a line break left out; unmodifiable. The cleaner's rearrangers
     * each ask for the lines of the same text in turn, so the last answer is kept (per thread, by identity).
     */
    static List<Line> lines(String text) {
        Object[] last = LAST_LINES.get();
        if (last[0] == text) {
            @SuppressWarnings("unchecked")
            List<Line> kept = (List<Line>) last[1];
            return kept;
        }
        List<Line> lines = Collections.unmodifiableList(split(text));
        last[0] = text;
        last[1] = lines;
        return lines;
    }

    private static final ThreadLocal<Object[]> LAST_LINES = ThreadLocal.withInitial(() -> new Object[2]);

    /** Drops the kept lines, once a text is cleaned. */
    static void forget() {
        LAST_LINES.remove();
    }

    /** The lines, their breaks found by String.indexOf (many characters a step) rather than a test of every one. */
    private static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (true) {
            int i = text.indexOf('\n', start);
            int stop = i < 0 ? text.length() : i;
            int end = stop > start && text.charAt(stop - 1) == '\r' ? stop - 1 : stop;
            lines.add(new Line(start, end));
            if (i < 0) {
                return lines;
            }
            start = i + 1;
        }
    }
}

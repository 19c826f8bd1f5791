package dev.collabgraph.bench.mutate;

import java.util.Random;

/**
 * {@code wrap}: every paragraph line wider than the page broken mid-sentence, as a text copied out of a PDF is. The
 * page holds 28 to 40 Chinese characters a line (chosen per document), Latin letters and digits half as wide; a
 * number or a Latin word is not split. Laid-out lines (table rows, cells standing at a column) are left alone, and no
 * character is lost or added but the breaks.
 */
final class HardWrap implements Mutation {
    static final int FEWEST_CHARACTERS = 28;
    static final int MOST_CHARACTERS = 40;

    @Override
    public String name() {
        return "wrap";
    }

    @Override
    public MutatedDocument apply(MutatedDocument document, Random random) {
        String text = document.text();
        int columns = 2 * random.nextInt(FEWEST_CHARACTERS, MOST_CHARACTERS + 1);
        String lineBreak = Lines.lineBreak(text);
        TextEdits edits = new TextEdits(text);
        int wrapped = 0;
        for (Lines.Line line : Lines.of(text)) {
            if (Lines.laidOut(line.of(text))) {
                continue;
            }
            boolean broke = false;
            int width = 0;
            int lineStart = line.start();
            for (int i = line.start(); i < line.end(); i++) {
                char c = text.charAt(i);
                if (Character.isLowSurrogate(c)) {
                    continue; // counted with its high surrogate
                }
                int w = width(c);
                if (width + w > columns) {
                    int at = breakBefore(text, lineStart, i);
                    edits.insert(at, lineBreak);
                    broke = true;
                    lineStart = at;
                    width = columnsBetween(text, at, i);
                }
                width += w;
            }
            wrapped += broke ? 1 : 0;
        }
        return document.edited(edits, wrapped, 0);
    }

    /** Where to break a line that is full before {@code at}: before a number or Latin word it would split. */
    private static int breakBefore(String text, int lineStart, int at) {
        int b = at;
        while (b > lineStart + 1 && joined(text.charAt(b - 1), text.charAt(b))) {
            b--;
        }
        return b == lineStart + 1 && joined(text.charAt(b - 1), text.charAt(b)) ? at : b;
    }

    private static boolean joined(char before, char after) {
        return latin(before) && latin(after) || Character.isDigit(before) && (after == '.' || after == '%')
                || before == '.' && Character.isDigit(after);
    }

    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static int columnsBetween(String text, int from, int to) {
        int width = 0;
        for (int i = from; i < to; i++) {
            width += Character.isLowSurrogate(text.charAt(i)) ? 0 : width(text.charAt(i));
        }
        return width;
    }

    /** Display columns: Chinese characters, full-width forms and CJK punctuation take two. */
    static int width(char c) {
        return c < 0x1100 ? 1 : 2;
    }
}

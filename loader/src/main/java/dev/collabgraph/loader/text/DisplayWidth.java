package dev.collabgraph.loader.text;

/**
 * Width of text as a fixed-pitch print lays it out: a Han or full-width character takes two columns, any other one.
 * Text exported from a PDF's layout, or typed into columns with spaces, lines up by this width, not by characters.
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    public static boolean wide(char c) {
        return c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6
                || c == '\u2014' || c == '\u201C' || c == '\u201D';
    }

    /** Columns taken by {@code text[from, to)}. */
    public static int of(CharSequence text, int from, int to) {
        int width = 0;
        for (int i = from; i < to; i++) {
            width += wide(text.charAt(i)) ? 2 : 1;
        }
        return width;
    }

    public static int of(CharSequence text) {
        return of(text, 0, text.length());
    }
}

package dev.collabgraph.loader.text;

/**
 * The cleaned, logical text that every later stage reads, with a map from each of its characters
 * back to the original. Stages find things in {@link #text()} and report logical spans; only
 * {@link #originalStart}/{@link #originalEnd}/{@link #quote} turn them into evidence offsets.
 *
 * <p>Paragraphs are separated by exactly one {@code '\n'}; page breaks inside a sentence are gone;
 * table cells keep their {@code '\t'}.
 */
public final class MappedText {
    private final SourceText source;
    private final String text;
    private final int[] origin;

    MappedText(SourceText source, String text, int[] origin) {
        if (text.length() != origin.length) {
            throw new IllegalArgumentException("one origin per character");
        }
        this.source = source;
        this.text = text;
        this.origin = origin;
    }

    public SourceText source() {
        return source;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /**
     * Offset in the original text of the character at logical index {@code start}; for the end of the text (where an
     * empty span, such as an empty last table cell, may start) the offset just past its last character.
     */
    public int originalStart(int start) {
        if (start == origin.length) {
            return start == 0 ? 0 : origin[start - 1] + 1;
        }
        return origin[start];
    }

    /** Offset in the original text just past the character at logical index {@code end - 1}. */
    public int originalEnd(int end) {
        return end == 0 ? originalStart(0) : origin[end - 1] + 1;
    }

    /** The original range [first, last + 1) every character of logical {@code [start, end)} comes from. */
    public int[] originalCover(int start, int end) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int k = start; k < end; k++) {
            first = Math.min(first, origin[k]);
            last = Math.max(last, origin[k]);
        }
        return last < 0 ? new int[] {originalStart(start), originalStart(start)} : new int[] {first, last + 1};
    }

    /** The original text behind the logical span, page breaks and all. */
    public String quote(int start, int end) {
        // a text read column by column (SideColumns) maps a later character to an earlier place: never a reversed span
        int from = originalStart(start);
        return source.text().substring(from, Math.max(from, originalEnd(end)));
    }

    /**
     * The logical text {@code [start, end)} on its own, each character still mapped to its place in the original (a
     * document cut out of a periodical's pages).
     */
    public MappedText slice(int start, int end) {
        return new MappedText(source, text.substring(start, end), java.util.Arrays.copyOfRange(origin, start, end));
    }

    public String substring(int start, int end) {
        return text.substring(start, end);
    }
}

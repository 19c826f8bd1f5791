package dev.collabgraph.loader.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page whose text a crawler or a tag-stripping export flattened onto one line: every block (menu item, heading,
 * paragraph, table cell) joined to the next by a single space, so no line break is left to show an outline. Chinese
 * text sets no space between its words, so in such a line a space next to a Han character is where a block ended:
 * there it becomes a line break again (one character for one, offsets kept). Paragraphs keep the indent they open
 * with, and a table's cells come out one per line under their header, as a table whose cells are lines is read.
 * Spaces between Latin letters and figures (2026-03-11 09:30) stay.
 */
final class FlatPages {
    /** A flattened line is long: the whole page. */
    static final int MIN_FLAT_LINE = 400;
    /** Blocks joined after a sentence or a bracket closed, or before a paragraph's indent: what shows the flattening. */
    static final int MIN_JOINS = 8;
    /**
     * Of those, paragraphs that open with their indent or number right after the space: what a paragraph of sentences
     * spaced apart in the Western way (…。 …。) does not have.
     */
    static final int MIN_PARAGRAPH_JOINS = 3;
    private static final Pattern PARAGRAPH_OPENING = Pattern.compile(
            "\u3000|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,3}[.．、](?!\\d)");
    private static final String BLOCK_ENDS = "。！？；）】”〕》";

    private FlatPages() {
    }

    /** The text with its flattened lines broken into blocks again, or empty when no line is flattened. */
    static Optional<Rewrite.Rearranged> split(String text) {
        Rewrite rewrite = new Rewrite(text);
        for (Rewrite.Line line : Rewrite.lines(text)) {
            if (line.end() - line.start() < MIN_FLAT_LINE || joins(text, line) < MIN_JOINS
                    || paragraphJoins(text, line) < MIN_PARAGRAPH_JOINS) {
                continue;
            }
            for (int i = line.start() + 1; i + 1 < line.end(); i++) {
                if (text.charAt(i) == ' ' && blockJoin(text.charAt(i - 1), text.charAt(i + 1))) {
                    int at = i;
                    rewrite.replace(at, at + 1, () -> rewrite.add("\n", at));
                }
            }
        }
        return rewrite.finish();
    }

    /** How many spaces of {@code line} join a block that ended a sentence or bracket, or open an indented one. */
    private static int joins(String text, Rewrite.Line line) {
        int joins = 0;
        for (int i = line.start() + 1; i + 1 < line.end(); i++) {
            if (text.charAt(i) == ' ' && (BLOCK_ENDS.indexOf(text.charAt(i - 1)) >= 0 || text.charAt(i + 1) == '\u3000')) {
                joins++;
            }
        }
        return joins;
    }

    /** How many spaces of {@code line} are followed by a paragraph's indent or number. */
    private static int paragraphJoins(String text, Rewrite.Line line) {
        Matcher opening = PARAGRAPH_OPENING.matcher(text);
        int joins = 0;
        for (int i = line.start() + 1; i + 1 < line.end(); i++) {
            if (text.charAt(i) == ' ' && text.charAt(i - 1) != ' '
                    && opening.region(i + 1, line.end()).lookingAt()) {
                joins++;
            }
        }
        return joins;
    }

    /** A space between Han text and Han text, a figure or a Latin word parts two blocks; between Latin text it is a space. */
    private static boolean blockJoin(char before, char after) {
        boolean wideBefore = before > 0x7F;
        boolean wideAfter = after > 0x7F;
        return wideBefore && (wideAfter || Character.isLetterOrDigit(after))
                || wideAfter && Character.isLetterOrDigit(before);
    }
}

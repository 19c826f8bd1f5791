package dev.collabgraph.loader.text;

import java.util.List;
import java.util.Optional;

/**
 * A document forwarded or answered by e-mail and saved as text carries the mail client's quote marks before every
 * line of the quoted message: {@code > 　　1、推进…} (nested replies: {@code > > }). Read with them, no line opens
 * with its number or its indent, so the outline is lost. The marks (each {@code >} and the one blank after it) are
 * dropped when a run of quoted lines long enough to hold a document stands in the text; the reply above it and the
 * rest stay as they are. One character for one: the kept characters keep their offsets.
 */
final class QuotedMail {
    /** A quoted run shorter than this is a quoted sentence or two, not a forwarded document. */
    static final int MIN_QUOTED_LINES = 8;

    private QuotedMail() {
    }

    /** The text without its quote marks, or empty when it quotes no message. */
    static Optional<Rewrite.Rearranged> strip(String text) {
        List<Rewrite.Line> lines = Rewrite.lines(text);
        int quoted = 0;
        int longest = 0;
        for (Rewrite.Line line : lines) {
            if (markEnd(text, line) > line.start()) {
                longest = Math.max(longest, ++quoted);
            } else if (line.end() > line.start() || quoted == 0) {
                // a blank line between quoted paragraphs (some clients leave it unmarked) does not end the run
                quoted = 0;
            }
        }
        if (longest < MIN_QUOTED_LINES) {
            return Optional.empty();
        }
        Rewrite rewrite = new Rewrite(text);
        for (Rewrite.Line line : lines) {
            int end = markEnd(text, line);
            if (end > line.start()) {
                rewrite.replace(line.start(), end, () -> { });
            }
        }
        return rewrite.finish();
    }

    /** Where the quote marks opening {@code line} end (after the blank each may carry), or its start when none do. */
    private static int markEnd(String text, Rewrite.Line line) {
        int i = line.start();
        while (i < line.end() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= line.end() || text.charAt(i) != '>') {
            return line.start();
        }
        while (i < line.end() && text.charAt(i) == '>') {
            i++;
            if (i < line.end() && text.charAt(i) == ' ') {
                i++;
            }
            while (i < line.end() && text.charAt(i) == ' ' && i + 1 < line.end() && text.charAt(i + 1) == '>') {
                i++;
            }
        }
        return i;
    }
}

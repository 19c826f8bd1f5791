package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.CharPositions;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The words every match of a pattern begins with (a literal alternation's words, or their first characters), for
 * {@link AnchoredFind#startingWith}: a position that begins none of them is skipped with one bit test (most
 * positions) or a few char comparisons, without resetting the matcher there. {@code soleFirst} is the only first
 * character, or -1 when the words begin with several.
 *
 * <p>The rules look for the same openings in the same document many times (each rule from the start, some per
 * paragraph), so the positions where one begins are found once per text, in one scan, and kept for the thread's
 * current text ({@link #positions}).
 */
record Openings(BitSet firsts, int soleFirst, List<String> words, ThreadLocal<Found> found) {
    /** The positions of one text (compared by identity: a document's text is one String). */
    record Found(String text, int[] positions) {
    }

    static Openings of(String... words) {
        BitSet firsts = new BitSet();
        for (String w : words) {
            firsts.set(w.charAt(0));
        }
        return new Openings(firsts, firsts.cardinality() == 1 ? firsts.nextSetBit(0) : -1, List.of(words),
                new ThreadLocal<>());
    }

    /** Whether one of the words starts at {@code p} of {@code text}. */
    boolean openAt(String text, int p) {
        if (!firsts.get(text.charAt(p))) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (text.startsWith(words.get(k), p)) {
                return true;
            }
        }
        return false;
    }

    /** Every position of {@code text} where one of the words starts, ascending. */
    int[] positions(String text) {
        Found f = found.get();
        if (f != null && f.text() == text) {
            return f.positions();
        }
        // by first character, whose positions the text's other rules share (CharPositions finds each once per text)
        int[] out = new int[16];
        int n = 0;
        for (int c = firsts.nextSetBit(0); c >= 0; c = firsts.nextSetBit(c + 1)) {
            for (int p : CharPositions.of(text, (char) c)) {
                if (openAt(text, p)) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = p;
                }
            }
        }
        int[] positions = Arrays.copyOf(out, n);
        if (soleFirst < 0) {
            Arrays.sort(positions);
        }
        found.set(new Found(text, positions));
        return positions;
    }

    /** Index of the first of {@code positions} at or after {@code from}. */
    static int firstAtOrAfter(int[] positions, int from) {
        int i = Arrays.binarySearch(positions, from);
        return i >= 0 ? i : -i - 1;
    }
}

package dev.collabgraph.loader.entity;

import java.util.BitSet;
import java.util.List;

/**
 * The words every match of a pattern begins with (a literal alternation's words, or their first characters), for
 * {@link AnchoredFind#startingWith}: a position that begins none of them is skipped with one bit test (most
 * positions) or a few char comparisons, without resetting the matcher there. {@code soleFirst} is the only first
 * character, or -1 when the words begin with several.
 */
record Openings(BitSet firsts, int soleFirst, List<String> words) {
    static Openings of(String... words) {
        BitSet firsts = new BitSet();
        for (String w : words) {
            firsts.set(w.charAt(0));
        }
        return new Openings(firsts, firsts.cardinality() == 1 ? firsts.nextSetBit(0) : -1, List.of(words));
    }

    /** Whether one of the words starts at {@code p} of {@code text}. */
    boolean openAt(String text, int p) {
        if (!firsts.get(text.charAt(p))) {
            return false;
        }
        for (String w : words) {
            if (text.startsWith(w, p)) {
                return true;
            }
        }
        return false;
    }
}

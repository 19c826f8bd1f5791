package dev.collabgraph.loader.entity;

import java.util.List;

/**
 * The words every match of a pattern begins with (a literal alternation's words, or their first characters), for
 * {@link AnchoredFind#startingWith}: a position that begins none of them is skipped with a few char comparisons,
 * without resetting the matcher there.
 */
record Openings(String firsts, List<String> words) {
    static Openings of(String... words) {
        StringBuilder firsts = new StringBuilder();
        for (String w : words) {
            if (firsts.indexOf(w.substring(0, 1)) < 0) {
                firsts.append(w.charAt(0));
            }
        }
        return new Openings(firsts.toString(), List.of(words));
    }

    /** Whether one of the words starts at {@code p} of {@code text}. */
    boolean openAt(String text, int p) {
        if (firsts.indexOf(text.charAt(p)) < 0) {
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

package dev.collabgraph.loader.text;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * A pattern looked for only where a match can start. {@code find()} tries the whole pattern (its optional heads, its
 * look-behinds) at every character of a text; most rules' matches open with one of a few characters, so trying only
 * there gives the same matches for a fraction of the work.
 */
public final class MatchStarts {
    private MatchStarts() {
    }

    /**
     * Next match of {@code m} in {@code text} at or after {@code from}, as {@code find()} would give it, tried only at the
     * offsets {@code canStart} accepts; the matcher's groups are then set. A matcher with transparent bounds lets
     * look-behinds see before the offset tried.
     */
    public static boolean next(Matcher m, String text, int from, IntPredicate canStart) {
        for (int p = from; p < text.length(); p++) {
            if (canStart.test(p) && m.region(p, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #next(Matcher, String, int, IntPredicate)}, visiting only {@code positions} (ascending, e.g. the
     * {@link CharPositions} of the characters a match can open with) instead of every character from {@code from}.
     */
    public static boolean next(Matcher m, String text, int from, int[] positions, IntPredicate canStart) {
        for (int i = CharPositions.firstAtOrAfter(positions, from); i < positions.length; i++) {
            int p = positions[i];
            if (canStart.test(p) && m.region(p, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}

package dev.collabgraph.loader.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where characters stand in a text, kept for the thread's current text (compared by identity: a document's text is
 * one String). Many rules open with one of a few characters and used to test every character of the document for
 * them, each rule once per entity pass; with the positions found once (a character's by {@code String.indexOf}, a
 * set's from the text's positions grouped by character, once per text), a rule visits only the places its
 * characters stand.
 */
public final class CharPositions {
    private static final ThreadLocal<CharPositions> CURRENT = new ThreadLocal<>();

    private final String text;
    /** The characters asked for one by one and their positions, in the order first asked (a text is asked few). */
    private char[] chars = new char[8];
    private int[][] positions = new int[8][];
    private int asked;
    /** The text's distinct characters, ascending; built at the first set asked for. */
    private char[] distinct;
    /** Where each of {@link #distinct}'s positions start in {@link #grouped}, and the end of the last. */
    private int[] offsets;
    /** The text's positions grouped by character in {@link #distinct}'s order, ascending within a character. */
    private int[] grouped;
    /** The positions of each set of characters asked for. */
    private final Map<String, int[]> bySet = new HashMap<>();

    private CharPositions(String text) {
        this.text = text;
    }

    /** Every position of {@code text} holding {@code c}, ascending. The array is shared: do not change it. */
    public static int[] of(String text, char c) {
        return current(text).single(c);
    }

    /** Every position of {@code text} holding one of {@code chars}, ascending. The array is shared: do not change it. */
    public static int[] of(String text, String chars) {
        CharPositions index = current(text);
        return chars.length() == 1 ? index.single(chars.charAt(0)) : index.bySet.computeIfAbsent(chars, index::ofSet);
    }

    /** Index of the first of {@code positions} at or after {@code from}. */
    public static int firstAtOrAfter(int[] positions, int from) {
        int i = Arrays.binarySearch(positions, from);
        return i >= 0 ? i : -i - 1;
    }

    private static CharPositions current(String text) {
        CharPositions index = CURRENT.get();
        if (index == null || index.text != text) {
            index = new CharPositions(text);
            CURRENT.set(index);
        }
        return index;
    }

    private int[] single(char c) {
        for (int k = 0; k < asked; k++) {
            if (chars[k] == c) {
                return positions[k];
            }
        }
        if (asked == chars.length) {
            chars = Arrays.copyOf(chars, asked * 2);
            positions = Arrays.copyOf(positions, asked * 2);
        }
        int[] out = new int[16];
        int n = 0;
        // String.indexOf skips many characters per step
        for (int p = text.indexOf(c); p >= 0; p = text.indexOf(c, p + 1)) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = p;
        }
        chars[asked] = c;
        positions[asked++] = Arrays.copyOf(out, n);
        return positions[asked - 1];
    }

    /**
     * A set's positions from the text's positions grouped by character (built at the first set asked for): a set
     * costs its own characters' occurrences, not a pass over the text.
     */
    private int[] ofSet(String set) {
        if (grouped == null) {
            group();
        }
        int[] from = new int[set.length()];
        int[] to = new int[set.length()];
        int ranges = 0;
        int total = 0;
        for (int k = 0; k < set.length(); k++) {
            char c = set.charAt(k);
            if (set.indexOf(c) < k) {
                continue; // a character written twice in the set stands once in its positions
            }
            int slot = Arrays.binarySearch(distinct, c);
            if (slot >= 0) {
                from[ranges] = offsets[slot];
                to[ranges] = offsets[slot + 1];
                total += to[ranges] - from[ranges];
                ranges++;
            }
        }
        if (ranges == 0) {
            return new int[0];
        }
        if (ranges == 1) {
            return Arrays.copyOfRange(grouped, from[0], to[0]);
        }
        int[] out = new int[total];
        int n = 0;
        for (int r = 0; r < ranges; r++) {
            System.arraycopy(grouped, from[r], out, n, to[r] - from[r]);
            n += to[r] - from[r];
        }
        Arrays.sort(out);
        return out;
    }

    /** A count per character, zero between uses: cleared again for the characters a text had. */
    private static final ThreadLocal<int[]> COUNTS = ThreadLocal.withInitial(() -> new int[Character.MAX_VALUE + 1]);

    /** Groups the text's positions by character (a counting sort): {@link #distinct}, {@link #offsets}, {@link #grouped}. */
    private void group() {
        int length = text.length();
        int[] count = COUNTS.get();
        char[] seen = new char[64];
        int d = 0;
        for (int p = 0; p < length; p++) {
            char c = text.charAt(p);
            if (count[c]++ == 0) {
                if (d == seen.length) {
                    seen = Arrays.copyOf(seen, d * 2);
                }
                seen[d++] = c;
            }
        }
        char[] chars = Arrays.copyOf(seen, d);
        Arrays.sort(chars);
        int[] starts = new int[d + 1];
        int at = 0;
        for (int k = 0; k < d; k++) {
            char c = chars[k];
            starts[k] = at;
            at += count[c];
            count[c] = starts[k]; // from here on: where the character's next position goes
        }
        starts[d] = at;
        int[] out = new int[length];
        for (int p = 0; p < length; p++) {
            out[count[text.charAt(p)]++] = p;
        }
        for (int k = 0; k < d; k++) {
            count[chars[k]] = 0;
        }
        distinct = chars;
        offsets = starts;
        grouped = out;
    }
}

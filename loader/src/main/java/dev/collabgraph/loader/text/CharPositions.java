package dev.collabgraph.loader.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the characters of a text occur, found in one pass over it and kept for the thread's current text (compared by
 * identity: a document's text is one String). Many rules open with one of a few characters and used to test every
 * character of the document for them, each rule once per entity pass; with the positions found once, a rule visits
 * only the places its characters stand.
 */
public final class CharPositions {
    private static final ThreadLocal<CharPositions> CURRENT = new ThreadLocal<>();

    private final String text;
    /** The text's positions grouped by character, ascending within a character. */
    private final int[] positions;
    /** By character: where its positions start in {@link #positions}, and how many there are (0: it does not occur). */
    private final int[] starts = new int[Character.MAX_VALUE + 1];
    private final int[] counts = new int[Character.MAX_VALUE + 1];
    /** The positions of each set of characters asked for, merged. */
    private final Map<String, int[]> bySet = new HashMap<>();

    private CharPositions(String text) {
        this.text = text;
        for (int i = 0; i < text.length(); i++) {
            counts[text.charAt(i)]++;
        }
        int offset = 0;
        for (int c = 0; c < counts.length; c++) {
            starts[c] = offset;
            offset += counts[c];
        }
        positions = new int[text.length()];
        int[] next = starts.clone();
        for (int i = 0; i < text.length(); i++) {
            positions[next[text.charAt(i)]++] = i;
        }
    }

    /** Every position of {@code text} holding one of {@code chars}, ascending. The array is shared: do not change it. */
    public static int[] of(String text, String chars) {
        CharPositions index = CURRENT.get();
        if (index == null || index.text != text) {
            index = new CharPositions(text);
            CURRENT.set(index);
        }
        return index.bySet.computeIfAbsent(chars, index::merged);
    }

    /** Index of the first of {@code positions} at or after {@code from}. */
    public static int firstAtOrAfter(int[] positions, int from) {
        int i = Arrays.binarySearch(positions, from);
        return i >= 0 ? i : -i - 1;
    }

    private int[] merged(String chars) {
        int n = 0;
        for (int k = 0; k < chars.length(); k++) {
            n += chars.indexOf(chars.charAt(k)) < k ? 0 : counts[chars.charAt(k)];
        }
        int[] out = new int[n];
        int filled = 0;
        for (int k = 0; k < chars.length(); k++) {
            char c = chars.charAt(k);
            if (chars.indexOf(c) == k) {
                System.arraycopy(positions, starts[c], out, filled, counts[c]);
                filled += counts[c];
            }
        }
        Arrays.sort(out);
        return out;
    }
}

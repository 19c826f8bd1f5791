package dev.collabgraph.loader.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where characters stand in a text, kept for the thread's current text (compared by identity: a document's text is
 * one String). Many rules open with one of a few characters and used to test every character of the document for
 * them, each rule once per entity pass; with the positions of a set found once (by {@code String.indexOf}, which
 * skips many characters per step), a rule visits only the places its characters stand.
 */
public final class CharPositions {
    private static final ThreadLocal<CharPositions> CURRENT = new ThreadLocal<>();

    private final String text;
    /** The positions of each character asked for. */
    private final Map<Character, int[]> byChar = new HashMap<>();
    /** The positions of each set of characters asked for, merged. */
    private final Map<String, int[]> bySet = new HashMap<>();

    private CharPositions(String text) {
        this.text = text;
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
        int[][] parts = new int[chars.length()][];
        int n = 0;
        for (int k = 0; k < chars.length(); k++) {
            char c = chars.charAt(k);
            parts[k] = chars.indexOf(c) < k ? new int[0] : byChar.computeIfAbsent(c, this::positions);
            n += parts[k].length;
        }
        if (parts.length == 1) {
            return parts[0];
        }
        int[] out = new int[n];
        int filled = 0;
        for (int[] part : parts) {
            System.arraycopy(part, 0, out, filled, part.length);
            filled += part.length;
        }
        Arrays.sort(out);
        return out;
    }

    private int[] positions(char c) {
        int[] out = new int[16];
        int n = 0;
        for (int p = text.indexOf(c); p >= 0; p = text.indexOf(c, p + 1)) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = p;
        }
        return Arrays.copyOf(out, n);
    }
}

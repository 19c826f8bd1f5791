package dev.collabgraph.loader.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where characters stand in a text, kept for the thread's current text (compared by identity: a document's text is
 * one String). Many rules open with one of a few characters and used to test every character of the document for
 * them, each rule once per entity pass; with the positions found once (a character's by {@code String.indexOf}, a
 * set's in one pass), a rule visits only the places its characters stand.
 */
public final class CharPositions {
    private static final ThreadLocal<CharPositions> CURRENT = new ThreadLocal<>();

    private final String text;
    /** The characters asked for one by one and their positions, in the order first asked (a text is asked few). */
    private char[] chars = new char[8];
    private int[][] positions = new int[8][];
    private int asked;
    /** The text's characters, copied at the first set asked for. */
    private char[] textChars;
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

    /** A set's positions in one pass over the text, by a bit per character: ascending as found, nothing to sort. */
    private int[] ofSet(String set) {
        long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
        for (int k = 0; k < set.length(); k++) {
            char c = set.charAt(k);
            bits[c >>> 6] |= 1L << c;
        }
        if (textChars == null) {
            // the text's characters copied once for all its sets: reading an array skips charAt's checks at every step
            textChars = text.toCharArray();
        }
        char[] in = textChars;
        int[] out = new int[16];
        int n = 0;
        for (int p = 0; p < in.length; p++) {
            char c = in[p];
            if ((bits[c >>> 6] & 1L << c) != 0) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
    }
}

package dev.collabgraph.loader.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The character sets the rules of one thread look for ({@link CharPositions#of(String, String)}), remembered in the
 * order first asked, so that a new text's positions for all of them are found in one pass over it instead of one
 * pass per set: each character maps to a bit mask of the sets holding it, kept by the character's high byte.
 */
final class CharSets {
    /** Sets found together, one bit each of a mask; a set asked for after these is found on its own. */
    private static final int MAX_SETS = 64;

    private final List<String> sets = new ArrayList<>();
    private final Map<String, Integer> indexOf = new HashMap<>();
    /** By a character's high byte, the masks of the sets holding each character of that page; null for a page none does. */
    private final long[][] pages = new long[256][];

    /** Remembers {@code set} for the next texts; false when the table is full (the set is then found on its own). */
    boolean add(String set) {
        if (indexOf.containsKey(set)) {
            return true;
        }
        if (sets.size() == MAX_SETS) {
            return false;
        }
        int bit = sets.size();
        sets.add(set);
        indexOf.put(set, bit);
        for (int k = 0; k < set.length(); k++) {
            char c = set.charAt(k);
            long[] page = pages[c >>> 8];
            if (page == null) {
                page = pages[c >>> 8] = new long[256];
            }
            page[c & 0xFF] |= 1L << bit;
        }
        return true;
    }

    boolean isEmpty() {
        return sets.isEmpty();
    }

    /** The positions in {@code text} of each remembered set, by set, ascending: what one pass per set would find. */
    Map<String, int[]> positions(char[] text) {
        int count = sets.size();
        int[][] found = new int[count][16];
        int[] sizes = new int[count];
        for (int p = 0; p < text.length; p++) {
            char c = text[p];
            long[] page = pages[c >>> 8];
            if (page == null) {
                continue;
            }
            for (long mask = page[c & 0xFF]; mask != 0; mask &= mask - 1) {
                int s = Long.numberOfTrailingZeros(mask);
                if (sizes[s] == found[s].length) {
                    found[s] = Arrays.copyOf(found[s], sizes[s] * 2);
                }
                found[s][sizes[s]++] = p;
            }
        }
        Map<String, int[]> out = new HashMap<>(count * 2);
        for (int s = 0; s < count; s++) {
            out.put(sets.get(s), Arrays.copyOf(found[s], sizes[s]));
        }
        return out;
    }
}

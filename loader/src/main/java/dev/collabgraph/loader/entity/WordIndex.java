package dev.collabgraph.loader.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A set of words as two character tries, one read forwards and one backwards, so that "longest word starting at
 * i" and "longest word ending at i" follow the text one character per step and stop at the first character no
 * word continues with, instead of comparing every word that shares a first or last character.
 */
final class WordIndex {
    private final CharTrie forward = new CharTrie();
    private final CharTrie backward = new CharTrie();

    /** Most first characters for which {@link #starts} finds positions by {@code String.indexOf}. */
    private static final int FEW_FIRSTS = 16;
    /** The characters words begin with, when there are at most {@link #FEW_FIRSTS} of them; else null. */
    private final char[] firsts;

    WordIndex(Collection<String> words) {
        java.util.TreeSet<Character> first = new java.util.TreeSet<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                forward.add(w, false);
                backward.add(w, true);
                first.add(w.charAt(0));
            }
        }
        if (first.size() <= FEW_FIRSTS) {
            firsts = new char[first.size()];
            int k = 0;
            for (char c : first) {
                firsts[k++] = c;
            }
        } else {
            firsts = null;
        }
    }

    /**
     * The positions of {@code text} where a word may start (its character begins some word), ascending; or null when
     * the words begin with too many characters for this to beat testing every position. With few first characters
     * (a small word list, the names learned from one document) {@code String.indexOf} finds them many characters per
     * step.
     */
    int[] starts(String text) {
        if (firsts == null) {
            return null;
        }
        int[] out = new int[16];
        int n = 0;
        for (char c : firsts) {
            for (int p = text.indexOf(c); p >= 0; p = text.indexOf(c, p + 1)) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = p;
            }
        }
        out = java.util.Arrays.copyOf(out, n);
        if (firsts.length > 1) {
            java.util.Arrays.sort(out);
        }
        return out;
    }

    /** The longest word that starts at {@code i} and ends at or before {@code limit}, or null. */
    String longestAt(CharSequence text, int i, int limit) {
        String best = null;
        CharTrie.Node node = i < limit ? forward.first(text.charAt(i)) : null;
        for (int k = i + 1; node != null; k++) {
            if (node.word != null) {
                best = node.word;
            }
            node = k < limit ? node.child(text.charAt(k)) : null;
        }
        return best;
    }

    /** Every word that starts at {@code i} and ends at or before {@code limit}, longest first. */
    List<String> allAt(CharSequence text, int i, int limit) {
        List<String> out = List.of();
        CharTrie.Node node = i < limit ? forward.first(text.charAt(i)) : null;
        for (int k = i + 1; node != null; k++) {
            if (node.word != null) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
                out.add(0, node.word);
            }
            node = k < limit ? node.child(text.charAt(k)) : null;
        }
        return out;
    }

    /** The longest word that ends just before {@code end} and starts at or after {@code floor}, or null. */
    String longestEndingAt(CharSequence text, int end, int floor) {
        String best = null;
        CharTrie.Node node = end > floor ? backward.first(text.charAt(end - 1)) : null;
        for (int k = end - 2; node != null; k--) {
            if (node.word != null) {
                best = node.word;
            }
            node = k >= floor ? node.child(text.charAt(k)) : null;
        }
        return best;
    }

    boolean contains(String word) {
        return word.equals(longestAt(word, 0, word.length()));
    }
}

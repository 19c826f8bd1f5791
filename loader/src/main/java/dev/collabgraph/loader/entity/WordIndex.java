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

    WordIndex(Collection<String> words) {
        for (String w : words) {
            if (!w.isEmpty()) {
                forward.add(w, false);
                backward.add(w, true);
            }
        }
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

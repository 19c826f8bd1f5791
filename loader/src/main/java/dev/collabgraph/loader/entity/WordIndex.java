package dev.collabgraph.loader.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of words indexed by first and by last character, so that "longest word starting at i" and
 * "longest word ending at i" cost a hash lookup and a few comparisons instead of a regex per word.
 */
final class WordIndex {
    /** Indexed by the char value itself: a lookup per text position must not box or hash. */
    private final String[][] byFirst = new String[Character.MAX_VALUE + 1][];
    private final String[][] byLast = new String[Character.MAX_VALUE + 1][];

    WordIndex(Collection<String> words) {
        Map<Character, List<String>> first = new HashMap<>();
        Map<Character, List<String>> last = new HashMap<>();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            first.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
            last.computeIfAbsent(w.charAt(w.length() - 1), c -> new ArrayList<>()).add(w);
        }
        fill(first, byFirst);
        fill(last, byLast);
    }

    private static void fill(Map<Character, List<String>> from, String[][] to) {
        from.forEach((c, list) -> to[c] = list.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new));
    }

    /** The longest word that starts at {@code i} and ends at or before {@code limit}, or null. */
    String longestAt(CharSequence text, int i, int limit) {
        if (i >= limit) {
            return null;
        }
        String[] words = byFirst[text.charAt(i)];
        if (words != null) {
            for (String w : words) {
                if (i + w.length() <= limit && regionMatches(text, i, w)) {
                    return w;
                }
            }
        }
        return null;
    }

    /** Every word that starts at {@code i} and ends at or before {@code limit}, longest first. */
    List<String> allAt(CharSequence text, int i, int limit) {
        String[] words = i < limit ? byFirst[text.charAt(i)] : null;
        if (words == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        for (String w : words) {
            if (i + w.length() <= limit && regionMatches(text, i, w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The longest word that ends just before {@code end} and starts at or after {@code floor}, or null. */
    String longestEndingAt(CharSequence text, int end, int floor) {
        if (end <= floor) {
            return null;
        }
        String[] words = byLast[text.charAt(end - 1)];
        if (words != null) {
            for (String w : words) {
                if (end - w.length() >= floor && regionMatches(text, end - w.length(), w)) {
                    return w;
                }
            }
        }
        return null;
    }

    boolean contains(String word) {
        String[] words = word.isEmpty() ? null : byFirst[word.charAt(0)];
        if (words != null) {
            for (String w : words) {
                if (w.equals(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean regionMatches(CharSequence text, int at, String w) {
        for (int k = 0; k < w.length(); k++) {
            if (text.charAt(at + k) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}

package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.CharPositions;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * Pattern searches that give the matches {@code find()} would, in the same order, but try the pattern (with
 * {@code lookingAt}) only where a match can start: next to a character every match has. Java's regex engine
 * otherwise tries a pattern at every text position, and for one that begins with a character class or an
 * alternation of words that was most of the entity stage's time. None of these patterns has anchors or lookbehind,
 * so a match tried at its start is the match {@code find()} reaches there. The matcher's region is left at the
 * match's.
 */
final class AnchoredFind {
    /** The numerals a park count is written with (ContextNames' PARK_COUNT): Chinese numerals and ASCII digits. */
    static final String COUNT_NUMERALS = "一二三四五六七八九十两0123456789";
    /** Longest zone-place match: a 3-character place, 国家级 and 高新技术产业开发区; its 区 is the last character. */
    private static final int ZONE_LONGEST = 3 + 3 + 9;

    private AnchoredFind() {
    }

    /**
     * Next match over [{@code from}, {@code to}) of a pattern whose every match starts with one of {@code openings}.
     * The matcher is reset (its region set) only where one of them starts: a reset costs more than the test.
     */
    static boolean startingWith(Matcher m, String text, int from, int to, Openings openings) {
        return startingWith(m, text, from, to, openings, p -> true);
    }

    /**
     * As {@link #startingWith(Matcher, String, int, int, Openings)}, where {@code possible} rules out cheaply (without
     * a reset of the matcher) openings where no match can start.
     */
    static boolean startingWith(Matcher m, String text, int from, int to, Openings openings, IntPredicate possible) {
        int first = openings.soleFirst();
        if (first >= 0) {
            int[] at = CharPositions.of(text, (char) first);
            for (int i = CharPositions.firstAtOrAfter(at, from); i < at.length && at[i] < to; i++) {
                int p = at[i];
                if (openings.openAt(text, p) && possible.test(p) && m.region(p, to).lookingAt()) {
                    return true;
                }
            }
            return false;
        }
        int[] positions = openings.positions(text);
        for (int i = Openings.firstAtOrAfter(positions, from); i < positions.length && positions[i] < to; i++) {
            if (possible.test(positions[i]) && m.region(positions[i], to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #startingWith(Matcher, String, int, int, Openings)} for a pattern with a single first character, where
     * {@code possible} rules out cheaply (without a reset of the matcher) the positions where no match can start.
     */
    static boolean startingWith(Matcher m, String text, int from, int to, char first, IntPredicate possible) {
        int[] at = CharPositions.of(text, first);
        for (int i = CharPositions.firstAtOrAfter(at, from); i < at.length && at[i] < to; i++) {
            int p = at[i];
            if (possible.test(p) && m.region(p, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Next match at or after {@code from} of a pattern whose matches have {@code mark} at {@code offset}. */
    static boolean at(Matcher m, String text, int from, char mark, int offset) {
        for (int q = text.indexOf(mark, from + offset); q >= 0; q = text.indexOf(mark, q + 1)) {
            if (m.region(q - offset, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Next park count at or after {@code from}: a run of numerals, then 家 or 个; tried at the run's start. */
    static boolean parkCount(Matcher parks, String text, int from) {
        for (int at = nextCounter(text, from); at >= 0; at = nextCounter(text, at + 1)) {
            int start = at;
            while (start > from && COUNT_NUMERALS.indexOf(text.charAt(start - 1)) >= 0) {
                start--;
            }
            if (start < at && parks.region(start, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The next 家 or 个 at or after {@code from}: one pass (two indexOf calls ran to the end when one was rare). */
    private static int nextCounter(String text, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '家' || c == '个') {
                return i;
            }
        }
        return -1;
    }

    /** Next zone place at or after {@code from}: every match ends with 区 and is 5 to {@value #ZONE_LONGEST} long. */
    private static boolean zoneEnd(char a, char b) {
        return a == '开' && b == '发' || a == '高' && b == '新' || a == '经' && b == '开';
    }

    static boolean zonePlace(Matcher zone, String text, int from) {
        int tried = from;
        for (int q = text.indexOf('区', from); q >= 0; q = text.indexOf('区', q + 1)) {
            // every alternative ends in 开发区, 高新区 or 经开区: other 区 (区域, 地区 …) cannot end a match
            if (q < 2 || !zoneEnd(text.charAt(q - 2), text.charAt(q - 1))) {
                continue;
            }
            for (int start = Math.max(tried, q - ZONE_LONGEST + 1); start <= q - 4; start++) {
                if (zone.region(start, text.length()).lookingAt()) {
                    return true;
                }
            }
            tried = Math.max(tried, q - 3);
        }
        return false;
    }
}

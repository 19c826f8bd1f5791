package dev.collabgraph.loader.structure;

import java.util.List;

/**
 * The first two characters every match of a pattern consumes, for a pattern tried at the positions of its first
 * characters: a position whose two characters open no match is passed by with a few char comparisons instead of
 * resetting the matcher there. {@code singles} are characters that open a match alone (an optional prefix such as
 * 拟), tried wherever they stand.
 */
record PairOpenings(String singles, List<String> pairs) {
    static PairOpenings of(String singles, String... pairs) {
        return new PairOpenings(singles, List.of(pairs));
    }

    /** Whether a match may open at {@code p}, its first two characters read before {@code end}. */
    boolean openAt(String text, int p, int end) {
        char c = text.charAt(p);
        if (singles.indexOf(c) >= 0) {
            return true;
        }
        if (p + 1 >= end) {
            return false;
        }
        char d = text.charAt(p + 1);
        for (int k = 0; k < pairs.size(); k++) {
            String pair = pairs.get(k);
            if (pair.charAt(0) == c && pair.charAt(1) == d) {
                return true;
            }
        }
        return false;
    }
}

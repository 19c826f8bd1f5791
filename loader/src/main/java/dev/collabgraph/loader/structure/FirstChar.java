package dev.collabgraph.loader.structure;

/**
 * Cheap tests before a pattern is created and tried: a pattern that must open with one of a few characters, or that
 * needs one of a few characters somewhere, cannot match a string without them.
 */
final class FirstChar {
    private FirstChar() {
    }

    /** Whether {@code s} opens with one of {@code firstChars}. */
    static boolean among(String s, String firstChars) {
        return !s.isEmpty() && firstChars.indexOf(s.charAt(0)) >= 0;
    }

    /** Whether {@code s} holds one of {@code chars} anywhere. */
    static boolean anyIn(String s, String chars) {
        for (int k = 0; k < chars.length(); k++) {
            if (s.indexOf(chars.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }
}

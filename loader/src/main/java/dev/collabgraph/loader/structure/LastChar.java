package dev.collabgraph.loader.structure;

/**
 * A cheap test before a pattern anchored at the end ({@code (?:局|委…)$}): {@code find()} tries such a pattern at
 * every character of the string, though only strings ending with one of its last characters can match. A final
 * line terminator lets the pattern through as well, since {@code $} also matches just before one.
 */
final class LastChar {
    private LastChar() {
    }

    /** Whether {@code s} ends with one of {@code lastChars} or with a line terminator. */
    static boolean among(String s, String lastChars) {
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return lastChars.indexOf(last) >= 0 || last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028'
                || last == '\u2029';
    }
}

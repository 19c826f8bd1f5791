package dev.collabgraph.loader.structure;

/** Chinese ordinal numerals as printed in headings (一 … 九十九, 一百零五), and ASCII digits. */
final class Numerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private Numerals() {
    }

    /** The value of {@code numeral}, or -1 when it is not a numeral. */
    static int value(String numeral) {
        if (numeral.isEmpty()) {
            return -1;
        }
        if (numeral.length() == 1 && numeral.charAt(0) >= '\u2460' && numeral.charAt(0) <= '\u2473') {
            return numeral.charAt(0) - '\u2460' + 1; // ① … ⑳
        }
        if (allDigits(numeral)) {
            return Integer.parseInt(numeral);
        }
        int total = 0;
        int current = 0;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int digit = c == '〇' ? 0 : c == '两' ? 2 : DIGITS.indexOf(c);
            if (digit >= 0) {
                current = digit;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return -1;
            }
        }
        return total + current;
    }

    /** Whether every char of {@code s} is a digit: asked of every heading and task number, so without a stream. */
    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

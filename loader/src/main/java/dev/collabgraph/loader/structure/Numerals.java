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
        if (numeral.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(numeral);
        }
        int total = 0;
        int current = 0;
        for (char c : numeral.replace('〇', '零').replace('两', '二').toCharArray()) {
            int digit = DIGITS.indexOf(c);
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
}

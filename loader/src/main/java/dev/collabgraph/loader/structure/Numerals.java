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
        if (numeral.length() == 1) {
            int circled = circled(numeral.charAt(0));
            if (circled > 0) {
                return circled;
            }
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

    /** {@code n} (1 … 99) written as a heading writes it: 一, 十, 十二, 二十, 二十三. */
    static String chinese(int n) {
        if (n < 1 || n > 99) {
            return "";
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }

    /**
     * The circled numbers {@link #circled} reads, as a regex character range: ① … ⑳, the dingbats ❶ … ❿, ➀ … ➉, ➊ … ➓,
     * and ⓵ … ⓾.
     */
    static final String CIRCLED_RANGE = "\u2460-\u2473\u2776-\u2793\u24F5-\u24FE";

    /** The value of a circled number (① … ⑳, ❶ … ❿, ➀ … ➉, ➊ … ➓, ⓵ … ⓾), or 0 when {@code c} is none. */
    static int circled(char c) {
        if (c >= '\u2460' && c <= '\u2473') {
            return c - '\u2460' + 1;
        }
        if (c >= '\u2776' && c <= '\u2793') {
            return (c - '\u2776') % 10 + 1; // three runs of ten: ❶…❿, ➀…➉, ➊…➓
        }
        return c >= '\u24F5' && c <= '\u24FE' ? c - '\u24F5' + 1 : 0;
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

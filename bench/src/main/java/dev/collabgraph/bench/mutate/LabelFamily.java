package dev.collabgraph.bench.mutate;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering families of the genre's items, each able to read a label's ordinal and to write an ordinal as its
 * own label (with the family's own separator: none after a bracket or a circle).
 */
enum LabelFamily {
    CHINESE_BRACKETED("[（(]([一二三四五六七八九十]{1,3})[）)]", n -> "（" + Numerals.chinese(n) + "）", true),
    CHINESE_COMMA("([一二三四五六七八九十]{1,3})、", n -> Numerals.chinese(n) + "、", false),
    ARABIC_DOT("([0-9０-９]{1,2})[.．](?![0-9０-９])", n -> n + ".", false),
    ARABIC_COMMA("([0-9０-９]{1,2})、", n -> n + "、", false),
    ARABIC_BRACKETED("[（(]([0-9０-９]{1,2})[）)]", n -> "（" + n + "）", true),
    CIRCLED("([\\u2460-\\u2473])", n -> String.valueOf((char) (0x2460 + n - 1)), true),
    ARTICLE("第([一二三四五六七八九十]{1,3})条", n -> "第" + Numerals.chinese(n) + "条", false),
    ENUMERATED("([一二三四五六七八九十]{1,3})是", n -> Numerals.chinese(n) + "是", false);

    /** The families a label is rewritten into: those that number headings and items alike. */
    static final LabelFamily[] TARGETS = {CHINESE_BRACKETED, ARABIC_DOT, ARABIC_COMMA, ARABIC_BRACKETED, CIRCLED};
    private static final int CIRCLED_MOST = 20;

    private final Pattern pattern;
    private final IntFunction<String> writer;
    /** Whether the label also stands inside a paragraph, after a sentence (（1）…；（2）…). */
    private final boolean inline;

    LabelFamily(String pattern, IntFunction<String> writer, boolean inline) {
        this.pattern = Pattern.compile(pattern);
        this.writer = writer;
        this.inline = inline;
    }

    /** A label read at a position of a text: its family, ordinal and range. */
    record Label(LabelFamily family, int ordinal, int start, int end) {
    }

    /** The label of the first family that reads one at {@code at}, if any. */
    static Optional<Label> at(String text, int at) {
        return Arrays.stream(values()).map(f -> f.read(text, at)).flatMap(Optional::stream).findFirst();
    }

    Optional<Label> read(String text, int at) {
        Matcher m = pattern.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int ordinal = this == CIRCLED ? m.group(1).charAt(0) - 0x2460 + 1 : Numerals.value(m.group(1));
        return ordinal < 1 ? Optional.empty() : Optional.of(new Label(this, ordinal, at, m.end()));
    }

    String write(int ordinal) {
        return writer.apply(ordinal);
    }

    /** Whether this family can number {@code most} items, in a paragraph too when {@code inlineNeeded}. */
    boolean fits(int most, boolean inlineNeeded) {
        return (this != CIRCLED || most <= CIRCLED_MOST) && (inline || !inlineNeeded);
    }

    /** Chinese and Arabic numerals up to 99. */
    static final class Numerals {
        private static final String DIGITS = "零一二三四五六七八九";

        private Numerals() {
        }

        /** The value of a numeral, Chinese (十一, 二十三) or Arabic in any width; 0 when it is none. */
        static int value(String numeral) {
            if (Character.isDigit(numeral.charAt(0))) {
                int n = 0;
                for (char c : numeral.toCharArray()) {
                    n = 10 * n + Character.digit(c, 10);
                }
                return n;
            }
            int ten = numeral.indexOf('十');
            if (ten < 0) {
                return numeral.length() == 1 ? DIGITS.indexOf(numeral.charAt(0)) : 0;
            }
            int tens = ten == 0 ? 1 : ten == 1 ? DIGITS.indexOf(numeral.charAt(0)) : -100;
            int units = ten == numeral.length() - 1 ? 0
                    : ten == numeral.length() - 2 ? DIGITS.indexOf(numeral.charAt(ten + 1)) : -100;
            return Math.max(0, 10 * tens + units);
        }

        static String chinese(int n) {
            if (n < 10) {
                return String.valueOf(DIGITS.charAt(n));
            }
            return (n >= 20 ? String.valueOf(DIGITS.charAt(n / 10)) : "") + "十"
                    + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        }
    }
}

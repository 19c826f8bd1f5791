package dev.collabgraph.loader.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A draft printed with Word's line numbering (or a text copied from a code-style viewer) starts every printed line
 * with its number in the margin: 13␣␣␣␣一、强化成果供给 / 14␣␣␣␣1．建立… / 15␣␣化科技成果…. The numbers are no part of the
 * text; read with them, every line looks like a numbered item. They are dropped when nearly every line carries one
 * and they count up line by line (starting again at 1 on a new page), with the gap after them that the printer set;
 * the indent after that gap is the line's own and stays. A table's numbered rows (a tab after the number) and a list of
 * one-line items (each ending its sentence) are no such numbering: printed lines wrap sentences, so many of them go
 * on from the line before.
 */
final class LineNumbers {
    /** The text without the numbers and, for each of its characters, the offset in the original. */
    record Stripped(String text, int[] origin) {
    }

    /** Enough numbered lines to tell a numbering from a list, and the share of lines that must carry one. */
    private static final int MIN_LINES = 20;
    private static final double NUMBERED_SHARE = 0.8;
    private static final int MAX_DIGITS = 4;
    private static final double WRAPPED_SHARE = 0.25;
    /** Characters that end a line without its sentence going on in the next. */
    private static final String LINE_ENDS = "。；！？：）)》」】";

    private LineNumbers() {
    }

    /** The text without its line numbers, or empty when its lines are not numbered so. */
    static Optional<Stripped> strip(String text) {
        List<int[]> lines = lines(text);
        int[] numberEnd = new int[lines.size()];
        Arrays.fill(numberEnd, -1);
        int nonBlank = 0;
        int counted = 0;
        int previous = 0;
        int gap = Integer.MAX_VALUE;
        int wrapped = 0;
        char lastEnd = '。';
        // the next tab at or after the line read: found again only once passed, so the text is searched once
        int tab = text.indexOf('\t');
        for (int k = 0; k < lines.size(); k++) {
            int start = lines.get(k)[0];
            int end = lines.get(k)[1];
            if (blank(text, start, end)) {
                continue;
            }
            if (tab >= 0 && tab < start) {
                tab = text.indexOf('\t', start);
            }
            nonBlank++;
            int i = start;
            while (i < end && isBlank(text.charAt(i))) {
                i++;
            }
            int digits = i;
            while (digits < end && digits - i < MAX_DIGITS + 1 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
                digits++;
            }
            if (digits == i || digits - i > MAX_DIGITS || digits < end && !isGap(text.charAt(digits))
                    || tab >= 0 && tab < end) {
                continue;
            }
            int n = Integer.parseInt(text.substring(i, digits));
            if (n != previous + 1 && n != 1) {
                continue;
            }
            previous = n;
            counted++;
            String rest = text.substring(digits, end).strip();
            if (!rest.isEmpty()) {
                wrapped += LINE_ENDS.indexOf(lastEnd) < 0 ? 1 : 0;
                lastEnd = rest.charAt(rest.length() - 1);
            }
            numberEnd[k] = digits;
            int after = digits;
            while (after < end && isBlank(text.charAt(after))) {
                after++;
            }
            if (after < end) {
                gap = Math.min(gap, after - digits);
            }
        }
        if (counted < MIN_LINES || counted < NUMBERED_SHARE * nonBlank || wrapped < WRAPPED_SHARE * counted) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length()];
        int n = 0;
        int at = 0;
        for (int k = 0; k < lines.size(); k++) {
            int lineStart = lines.get(k)[0];
            int from = numberEnd[k] < 0 ? lineStart : Math.min(lines.get(k)[1], numberEnd[k] + gap);
            for (int i = at; i < lineStart; i++) { // the line break before this line
                out.append(text.charAt(i));
                origin[n++] = i;
            }
            for (int i = from; i < lines.get(k)[1]; i++) {
                out.append(text.charAt(i));
                origin[n++] = i;
            }
            at = lines.get(k)[1];
        }
        for (int i = at; i < text.length(); i++) {
            out.append(text.charAt(i));
            origin[n++] = i;
        }
        return Optional.of(new Stripped(out.toString(), Arrays.copyOf(origin, n)));
    }

    /** The gap a printer sets after a line's number: spaces, never a table's tab. */
    private static boolean isGap(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    /** Whether text[start, end) is blank as {@code String.isBlank} says, tested without cutting it out. */
    private static boolean blank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Each line's [start, end) without its line break (the breaks found by String.indexOf, many characters a step). */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            lines.add(new int[]{start, i});
            start = i + 1;
        }
        lines.add(new int[]{start, text.length()});
        return lines;
    }
}

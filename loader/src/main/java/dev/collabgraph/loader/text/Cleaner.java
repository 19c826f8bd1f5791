package dev.collabgraph.loader.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns decoded text into {@link MappedText}: one paragraph per line, sentences broken by page breaks
 * joined again, page numbers dropped, spaces inside Chinese text removed, half-width punctuation made
 * full-width and full-width digits and letters made ASCII. Every kept character remembers its
 * original offset; no character is ever rewritten into more or fewer characters.
 */
public final class Cleaner {
    /** Lines that start a new paragraph even when the previous one does not end a sentence. */
    private static final Pattern BLOCK_START = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\\d{1,3}\\s*[、.．．](?!\\d)|"
                    + "[（(]\\d{1,3}[）)]|第[一二三四五六七八九十百零〇\\d]+[章节条]|附件|附表|[（(]?(?:责任|牵头|配合|主办|协办)单位|"
                    + "[（(]\\d{4}年|[—\\-－]{2})");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[\\s\\-—－_]*(?:第\\s*)?\\d{1,4}(?:\\s*页)?[\\s\\-—－_]*$");
    private static final String SENTENCE_ENDS = "。！？；：!?;:）)」』”\"";
    private static final String WRAP_HINTS = "、，,（(：:“";

    private Cleaner() {
    }

    public static MappedText clean(SourceText source) {
        List<int[]> lines = paragraphLines(source.text());
        StringBuilder out = new StringBuilder(source.text().length());
        IntList origin = new IntList(source.text().length());
        int previousEnd = -1;
        String previous = null;
        for (int[] line : lines) {
            String content = source.text().substring(line[0], line[1]);
            if (previous != null) {
                if (!continues(previous, content)) {
                    out.append('\n');
                    origin.add(previousEnd);
                }
            }
            int before = out.length();
            appendNormalised(source.text(), line[0], line[1], out, origin);
            previous = out.substring(before);
            previousEnd = line[1];
        }
        return new MappedText(source, out.toString(), origin.toArray());
    }

    /** Non-blank, non-page-number lines as [start, end) with surrounding white space trimmed. */
    private static List<int[]> paragraphLines(String text) {
        List<int[]> lines = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r' && text.charAt(end) != '\f') {
                end++;
            }
            int s = i;
            int e = end;
            while (s < e && isBlank(text.charAt(s))) {
                s++;
            }
            while (e > s && isBlank(text.charAt(e - 1)) && text.charAt(e - 1) != '\t') {
                e--;
            }
            if (s < e && !PAGE_NUMBER.matcher(text.substring(s, e)).matches()) {
                lines.add(new int[] {s, e});
            }
            i = end + 1;
        }
        return lines;
    }

    /** Whether {@code next} continues the paragraph {@code previous} across a line or page break. */
    private static boolean continues(String previous, String next) {
        if (previous.indexOf('\t') >= 0 || next.indexOf('\t') >= 0) {
            return false;
        }
        if (BLOCK_START.matcher(next).find()) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        if (SENTENCE_ENDS.indexOf(last) >= 0) {
            return false;
        }
        if (WRAP_HINTS.indexOf(last) >= 0) {
            return true;
        }
        // Short lines without a sentence end are titles, headings and signatures; long ones were cut.
        return previous.length() >= 30 && !BLOCK_START.matcher(previous).find()
                || previous.length() >= 60;
    }

    private static void appendNormalised(String text, int start, int end, StringBuilder out, IntList origin) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || c == '\r') {
                continue;
            }
            if (c == ' ' || c == '\u3000' || c == '\u00A0') {
                if (keepSpace(text, i, start, end, out)) {
                    out.append(' ');
                    origin.add(i);
                }
                continue;
            }
            out.append(normalise(c, text, i, start, end));
            origin.add(i);
        }
    }

    /** A space survives only between two ASCII letters or digits (stray English words, numbers). */
    private static boolean keepSpace(String text, int i, int start, int end, StringBuilder out) {
        if (out.length() == 0 || !isAsciiWord(out.charAt(out.length() - 1))) {
            return false;
        }
        int j = i + 1;
        while (j < end && (text.charAt(j) == ' ' || text.charAt(j) == '\u3000' || text.charAt(j) == '\u00A0')) {
            j++;
        }
        return j < end && isAsciiWord(normalise(text.charAt(j), text, j, start, end)) && text.charAt(i - 1) != ' ';
    }

    private static char normalise(char c, String text, int i, int start, int end) {
        if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '(': return '（';
            case ')': return '）';
            case ';': return '；';
            case ':': return i + 1 < end && Character.isDigit(text.charAt(i + 1)) && i > start
                    && Character.isDigit(text.charAt(i - 1)) ? ':' : '：';
            case ',': return i + 1 < end && Character.isDigit(text.charAt(i + 1)) && i > start
                    && Character.isDigit(text.charAt(i - 1)) ? ',' : '，';
            case '％': return '%';
            case '．': return '.';
            case '～': return '~';
            case '＋': return '+';
            case '－': return '-';
            case '≧': return '≥';
            default: return c;
        }
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '%');
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }

    /** A growable int array, to avoid boxing one Integer per character. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(16, capacity)];
        }

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}

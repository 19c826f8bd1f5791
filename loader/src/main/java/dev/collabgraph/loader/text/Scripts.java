package dev.collabgraph.loader.text;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Traditional characters read as simplified, and the pinyin some mirror sites print after characters (發(fā)), so
 * that a document republished in traditional script is read by the same rules and its names meet the same names
 * written in simplified script. The conversion is one character for one, so every offset still points into the
 * original text (quotes stay as published). Numbers printed as one enclosed character (⒈ ⒓ for 1. 12., ⑴ for (1), as
 * newspapers and Word's symbol font set them) are spelt out, each of their characters pointing at the original one.
 * A newspaper's jump (…基地，（下转第3版） … the next page's masthead and contents … （上接第2版）支持…) is closed up, so
 * that the sentence it cut reads on. Radical code points a PDF's font gave for ordinary characters are read as those
 * characters ({@link Radicals}).
 */
public final class Scripts {
    /** The basic CJK block: every character a policy document's rules name. */
    private static final char FIRST = '\u4E00';
    private static final char LAST = '\u9FFF';
    /**
     * A text is traditional when at least this share of its Han characters have another simplified form: about a
     * quarter do in traditional prose, almost none in simplified (著 in 显著, 乾 in names).
     */
    private static final double TRADITIONAL_SHARE = 0.10;
    /** Enough characters to tell the script; the head of a long text decides. */
    private static final int SAMPLE = 20_000;
    /** A pinyin syllable with its tone mark in ASCII brackets, as annotation sites print it after a character. */
    private static final Pattern PINYIN = Pattern.compile(
            "\\([a-zê]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ][a-zêü]{0,5}\\)");
    private static final int MAX_PINYIN = 13;
    /** ⑴ … ⒇: parenthesised numbers 1–20. */
    private static final char FIRST_PARENTHESISED = '\u2474';
    /** ⒈ … ⒛: numbers 1–20 with their full stop. */
    private static final char FIRST_FULL_STOP = '\u2488';
    private static final char LAST_FULL_STOP = '\u249B';
    /** ㈠ … ㈩: parenthesised ideographs one to ten, as WPS and some input methods type （一）. */
    private static final char FIRST_IDEOGRAPH = '\u3220';
    private static final char LAST_IDEOGRAPH = '\u3229';
    private static final String IDEOGRAPH_NUMERALS = "一二三四五六七八九十";
    /** A keycap: a digit, an optional emoji presentation selector, the enclosing keycap mark (1️⃣). */
    private static final char VARIATION_SELECTOR = '\uFE0F';
    private static final char KEYCAP = '\u20E3';
    /** 🔟, the keycap ten: one character outside the basic plane. */
    private static final int KEYCAP_TEN = 0x1F51F;
    /** 👉, which posts put before an item's units as documents put ☞: read as ☞. */
    private static final int POINTING_HAND = 0x1F449;
    private static final char POINTER = '\u261E';
    /** Where a newspaper's article breaks off to another page: （下转第3版）, （转A3版）. */
    private static final Pattern JUMP_OUT = Pattern.compile("[（(](?:下转|转至|转)第?\\s*[A-Za-z]?\\d{1,2}\\s*版[）)]");
    /** Where it goes on: （上接第2版）; a page's contents list repeats it before the article does. */
    private static final Pattern JUMP_IN = Pattern.compile("[（(](?:上接|接)第?\\s*[A-Za-z]?\\d{1,2}\\s*版[）)]");
    /** A jump's pages in between are a masthead and a contents list, not a whole page of text. */
    private static final int MAX_JUMP = 6_000;

    private Scripts() {
    }

    /** A text made ready for the cleaner, and the offset in the original text of each of its characters. */
    record Prepared(String text, int[] origin) {
    }

    /**
     * {@code text} in simplified characters when it is written in traditional script, without the pinyin printed after
     * characters, without the '?' a lost blank became and without invisible marks; empty when none of these is in it.
     */
    static Optional<Prepared> prepare(String text) {
        // one look at every character for what the checks below need (most texts have none of it): the common
        // traditional characters in the sample, enclosed numbers, '?', '(', radicals and invisible marks
        int limit = Math.min(text.length(), SAMPLE);
        int common = 0;
        int enclosedNumbers = 0;
        boolean question = false;
        boolean parenthesis = false;
        boolean radicals = false;
        boolean invisibles = false;
        boolean decorated = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST) {
                if (i < limit && IS_COMMON_TRADITIONAL[c - FIRST]) {
                    common++;
                }
                continue;
            }
            if (c < '\u00AD') {
                question |= c == '?';
                parenthesis |= c == '(';
                continue;
            }
            if (invisible(c)) {
                invisibles = true;
                continue;
            }
            if (c >= FIRST_PARENTHESISED && c <= LAST_FULL_STOP || c >= FIRST_IDEOGRAPH && c <= LAST_IDEOGRAPH
                    || c == KEYCAP || Character.isHighSurrogate(c)
                    && (text.codePointAt(i) == KEYCAP_TEN || text.codePointAt(i) == POINTING_HAND)) {
                enclosedNumbers++;
            }
            decorated |= Character.isHighSurrogate(c) && lineStartDecoration(text, i) > 0;
            radicals |= Radicals.stands(c);
        }
        boolean traditional = common >= COMMON_TRADITIONAL_NEEDED && traditionalShare(text, limit);
        boolean enclosed = enclosedNumbers > 0;
        // a jump mark closes on 版） or 版): most texts have neither, and are not scanned for marks
        List<int[]> jumps = text.contains("版）") || text.contains("版)") ? jumps(text) : List.of();
        if (!traditional && !question && !(parenthesis && hasPinyin(text)) && !enclosed && jumps.isEmpty() && !radicals
                && !invisibles && !decorated) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(text.length());
        // an enclosed number is spelt in up to four characters ((20)): room for all of them from the start
        int[] origin = new int[text.length() + 3 * enclosedNumbers];
        int n = 0;
        int jump = 0;
        for (int i = 0; i < text.length(); i++) {
            if (jump < jumps.size() && i == jumps.get(jump)[0]) {
                i = jumps.get(jump++)[1] - 1;
                continue;
            }
            char c = text.charAt(i);
            if (invisible(c)) {
                continue; // a page's anti-copy marks inside words (科\u200D技局): no letters of the text
            }
            if (c >= FIRST_PARENTHESISED && c <= LAST_FULL_STOP || c >= FIRST_IDEOGRAPH && c <= LAST_IDEOGRAPH) {
                String spelt = c >= FIRST_IDEOGRAPH ? "（" + IDEOGRAPH_NUMERALS.charAt(c - FIRST_IDEOGRAPH) + "）"
                        : c >= FIRST_FULL_STOP ? (c - FIRST_FULL_STOP + 1) + "." : "(" + (c - FIRST_PARENTHESISED + 1) + ")";
                for (int k = 0; k < spelt.length(); k++) {
                    out.append(spelt.charAt(k));
                    origin[n++] = i;
                }
                continue;
            }
            if (Character.isHighSurrogate(c) && text.codePointAt(i) == POINTING_HAND) {
                out.append(POINTER);
                origin[n++] = i++;
                continue;
            }
            int decoration = Character.isHighSurrogate(c) ? lineStartDecoration(text, i) : 0;
            if (decoration > 0) {
                i += decoration - 1; // 🔋 一、…: a post's emoji before a heading is no letter of it
                continue;
            }
            int keycaps = keycapLength(text, i);
            if (keycaps > 0) {
                // 1️⃣ 🔟 1️⃣2️⃣: the number the keycaps spell, then a full stop, as an item's label
                StringBuilder number = new StringBuilder();
                for (int k = i; k < i + keycaps; k++) {
                    if (text.codePointAt(k) == KEYCAP_TEN) {
                        number.append("10");
                    } else if (Character.isDigit(text.charAt(k))) {
                        number.append(text.charAt(k));
                    }
                }
                number.append('.');
                for (int k = 0; k < number.length(); k++) {
                    out.append(number.charAt(k));
                    origin[n++] = i;
                }
                i += keycaps - 1;
                continue;
            }
            int pinyin = c == '(' ? pinyinLength(text, i) : 0;
            if (pinyin > 0) {
                i += pinyin - 1;
                continue;
            }
            if (c == '?' && lostBlank(text, i)) {
                continue; // the blank after it parts the cell's items, as the lost one did
            }
            char read = radicals ? Radicals.unified(c) : c;
            char written = traditional && read >= FIRST && read <= LAST && Table.SIMPLIFIED[read - FIRST] != 0
                    ? Table.SIMPLIFIED[read - FIRST] : read;
            out.append(written);
            origin[n++] = i;
        }
        if (n == text.length() && !traditional && !enclosed && jumps.isEmpty() && !radicals) {
            return Optional.empty();
        }
        return Optional.of(new Prepared(out.toString(), Arrays.copyOf(origin, n)));
    }

    /**
     * The length of a pictograph set at a line's start as a post decorates its headings (🔋 一、…, 📌 1.…), with the
     * variation selector and blanks after it; 0 elsewhere, and for the keycaps and the pointing hand, which stand for
     * numbers and pointers.
     */
    private static int lineStartDecoration(String text, int at) {
        int cp = text.codePointAt(at);
        if (cp < FIRST_PICTOGRAPH || cp > LAST_PICTOGRAPH || cp == KEYCAP_TEN || cp == POINTING_HAND) {
            return 0;
        }
        int before = at - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\u3000')) {
            before--;
        }
        if (before >= 0 && text.charAt(before) != '\n') {
            return 0;
        }
        int end = at + Character.charCount(cp);
        while (end < text.length() && (text.charAt(end) == VARIATION_SELECTOR || text.charAt(end) == ' '
                || text.charAt(end) == '\u3000')) {
            end++;
        }
        return end - at;
    }

    /** The pictographs and emoji of the supplementary plane (🌀 … 🫿). */
    private static final int FIRST_PICTOGRAPH = 0x1F300;
    private static final int LAST_PICTOGRAPH = 0x1FAFF;

    /** The spans of {@code text} a newspaper's jumps leave out: each from its 下转 mark to the end of its 上接 mark. */
    private static List<int[]> jumps(String text) {
        List<int[]> outs = new ArrayList<>();
        Matcher out = JUMP_OUT.matcher(text);
        while (out.find()) {
            outs.add(new int[]{out.start(), out.end()});
        }
        List<int[]> jumps = new ArrayList<>();
        for (int k = 0; k < outs.size(); k++) {
            int start = outs.get(k)[0];
            int end = outs.get(k)[1];
            int next = k + 1 < outs.size() ? outs.get(k + 1)[0] : text.length();
            Matcher in = JUMP_IN.matcher(text).region(end, Math.min(next, end + MAX_JUMP));
            while (in.find()) {
                end = in.end(); // the last one: the next page's contents list names the article before it goes on
            }
            jumps.add(new int[]{start, end});
        }
        return jumps;
    }

    /** The length of the run of keycaps (1️⃣, 🔟) starting at {@code i}, or 0. */
    private static int keycapLength(String text, int i) {
        int j = i;
        while (j < text.length()) {
            if (text.codePointAt(j) == KEYCAP_TEN) {
                j += 2;
                continue;
            }
            int k = j;
            if (!Character.isDigit(text.charAt(k))) {
                break;
            }
            k++;
            if (k < text.length() && text.charAt(k) == VARIATION_SELECTOR) {
                k++;
            }
            if (k >= text.length() || text.charAt(k) != KEYCAP) {
                break;
            }
            j = k + 1;
        }
        return j - i;
    }

    private static boolean hasPinyin(String text) {
        for (int i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
            if (pinyinLength(text, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A blank lost to a charset that lacks it (a no-break or ideographic space saved as GBK or Latin-1 becomes '?'):
     * after a word, before a blank, a cell's bar or the line's end (县科技局? | 李某某? 王某?).
     */
    private static boolean lostBlank(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
        return (Character.isIdeographic(before) || Character.isDigit(before) || before == ')' || before == '）')
                && (after == ' ' || after == '|' || after == '\t' || after == '\n' || after == '\r');
    }

    /** {@code text} with every traditional character made simplified (names compared up to script). */
    public static String simplified(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= FIRST && c <= LAST && Table.SIMPLIFIED[c - FIRST] != 0) {
                chars[i] = Table.SIMPLIFIED[c - FIRST];
            }
        }
        return new String(chars);
    }

    static boolean traditional(String text) {
        int limit = Math.min(text.length(), SAMPLE);
        if (!hasCommonTraditional(text, limit)) {
            return false; // most texts: decided without building the conversion table
        }
        return traditionalShare(text, limit);
    }

    /** Whether enough of the first {@code limit} characters' Han characters are traditional forms. */
    private static boolean traditionalShare(String text, int limit) {
        int han = 0;
        int changed = 0;
        char[] table = Table.SIMPLIFIED;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST) {
                han++;
                if (table[c - FIRST] != 0) {
                    changed++;
                }
            }
        }
        return han > 0 && changed >= han * TRADITIONAL_SHARE;
    }

    /**
     * Traditional forms of the genre's commonest words (發展, 產業, 會, 國, 區, 縣, 實施, 單位 …): a text in traditional
     * script holds some in its first lines; a simplified one none, or a stray one.
     */
    private static final String COMMON_TRADITIONAL = "發產業會國區縣實單與為關於進動術設創經濟開農機構點類時對說這們個學歷";
    private static final int COMMON_TRADITIONAL_NEEDED = 3;
    private static final boolean[] IS_COMMON_TRADITIONAL = new boolean[LAST - FIRST + 1];

    static {
        for (char c : COMMON_TRADITIONAL.toCharArray()) {
            IS_COMMON_TRADITIONAL[c - FIRST] = true;
        }
    }

    /**
     * A character with no width and no meaning that a page scatters inside words to spoil copying, or an editor leaves:
     * zero-width space, non-joiner and joiner, word joiner, a byte-order mark inside the text, a soft hyphen. Tested by
     * ranges: it is asked of every character of a text.
     */
    private static boolean invisible(char c) {
        return c >= '\u200B' && (c <= '\u200D' || c == '\u2060' || c == '\uFEFF') || c == '\u00AD';
    }

    private static boolean hasCommonTraditional(String text, int limit) {
        int found = 0;
        for (int i = 0; i < limit && found < COMMON_TRADITIONAL_NEEDED; i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST && IS_COMMON_TRADITIONAL[c - FIRST]) {
                found++;
            }
        }
        return found >= COMMON_TRADITIONAL_NEEDED;
    }

    /** The length of a pinyin annotation starting at {@code i} right after a Han character ((fā)), 0 when none does. */
    private static int pinyinLength(String text, int i) {
        if (text.charAt(i) != '(' || i == 0 || !Character.isIdeographic(text.charAt(i - 1))) {
            return 0;
        }
        int close = -1;
        for (int j = i + 1; j < Math.min(text.length(), i + MAX_PINYIN + 1) && close < 0; j++) {
            close = text.charAt(j) == ')' ? j : -1; // looked for nearby only: a text of many '(' stays linear
        }
        if (close < 0) {
            return 0;
        }
        return PINYIN.matcher(text).region(i, close + 1).matches() ? close + 1 - i : 0;
    }

    /** Built once, on the first text with Han characters: about 20,000 one-character conversions. */
    private static final class Table {
        static final char[] SIMPLIFIED = build();

        private static char[] build() {
            Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
            char[] table = new char[LAST - FIRST + 1];
            for (char c = FIRST; c <= LAST; c++) {
                String s = toSimplified.transliterate(String.valueOf(c));
                if (s.length() == 1 && s.charAt(0) != c) {
                    table[c - FIRST] = s.charAt(0);
                }
            }
            return table;
        }
    }
}

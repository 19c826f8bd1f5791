package dev.collabgraph.loader.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a printed page adds to a document's text: page numbers (— 3 —, 第3页, 3/8, a bare number) and running
 * headers or footers, lines that repeat at the top or the bottom of most pages. Only the lines at a page's edges
 * are looked at, so a sentence of the text is never taken for noise.
 */
final class PageNoise {
    /** How many lines at each end of a page can be page furniture (a header and a rule, a footer and a number). */
    private static final int EDGE = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[\\s\\-—－–_·]*(?:第\\s*)?\\d{1,4}(?:\\s*页)?(?:\\s*(?:[/／]|共)\\s*\\d{1,4}\\s*页?)?[\\s\\-—－–_·]*$");
    /** A bare number is a page number only when most pages end (or start) with one: it may be a table's row number. */
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*\\d{1,4}\\s*$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WHITE = Pattern.compile("[\\s\\u3000]+");

    private PageNoise() {
    }

    /** The pages' lines without their page numbers and running headers and footers. */
    static List<List<String>> remove(List<List<String>> pages) {
        Set<String> topNoise = repeated(pages, true);
        Set<String> bottomNoise = repeated(pages, false);
        List<List<String>> out = new ArrayList<>(pages.size());
        for (List<String> page : pages) {
            List<String> kept = new ArrayList<>(page);
            trim(kept, true, topNoise);
            trim(kept, false, bottomNoise);
            out.add(kept);
        }
        return out;
    }

    /** Removes noise lines (and the blank lines among them) from one end of a page, at most {@link #EDGE}. */
    private static void trim(List<String> lines, boolean top, Set<String> repeated) {
        int removed = 0;
        while (!lines.isEmpty() && removed < EDGE) {
            int at = top ? 0 : lines.size() - 1;
            String line = lines.get(at);
            if (line.isBlank()) {
                lines.remove(at);
            } else if (PAGE_NUMBER.matcher(line).matches() && !BARE_NUMBER.matcher(line).matches()
                    || repeated.contains(key(line))) {
                lines.remove(at);
                removed++;
            } else {
                return;
            }
        }
    }

    /**
     * Keys of the lines found within the top (or bottom) edge of at least half the pages, two at least. A table's
     * header row repeated on every page is not noise: the table reader needs it, and it repeats in text files too.
     */
    private static Set<String> repeated(List<List<String>> pages, boolean top) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> keys = new HashSet<>();
            for (String line : edge(page, top)) {
                if (!looksLikeTableHeader(line)) {
                    keys.add(key(line));
                }
            }
            keys.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        Set<String> repeated = new HashSet<>();
        pagesWith.forEach((k, n) -> {
            if (n >= needed) {
                repeated.add(k);
            }
        });
        return repeated;
    }

    private static List<String> edge(List<String> page, boolean top) {
        List<String> lines = page.stream().filter(line -> !line.isBlank()).toList();
        return top ? lines.subList(0, Math.min(EDGE, lines.size()))
                : lines.subList(Math.max(0, lines.size() - EDGE), lines.size());
    }

    /** Several words set apart by spaces and no number: column names, not a header or a footer. */
    private static boolean looksLikeTableHeader(String line) {
        return WHITE.split(line.strip()).length >= 3 && !DIGITS.matcher(line).find();
    }

    /**
     * A line with its spaces dropped and its numbers made alike, so 第3页 and 第4页 are the same footer; its parts set
     * apart by spaces are taken in any order, since a book's header swaps its sides on facing pages (2026年第4期 … 某市
     * 政府公报 on one, 某市政府公报 … 2026年第4期 on the next).
     */
    private static String key(String line) {
        String[] parts = WHITE.split(line.strip());
        java.util.Arrays.sort(parts);
        return DIGITS.matcher(String.join("", parts)).replaceAll("#");
    }
}

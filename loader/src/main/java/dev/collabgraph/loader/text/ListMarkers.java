package dev.collabgraph.loader.text;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Optional;

/**
 * The number a browser prints before an item of an ordered list ({@code <ol><li>}), which is not in the page's text:
 * pages whose measures are list items are numbered by the browser alone, and a reader copying them gets the numbers.
 * Follows {@code start}, {@code reversed}, an item's {@code value}, {@code type} and the CSS list-style-type set on the
 * list or item (decimal, CJK ideographic, letters, none).
 */
final class ListMarkers {
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ListMarkers() {
    }

    /** The marker of {@code item} as printed, with its punctuation (1. / 一、 / a.), when its list numbers it. */
    static Optional<String> of(Element item) {
        Element list = item.parent();
        if (list == null || !list.normalName().equals("ol")) {
            return Optional.empty();
        }
        String style = styleType(item).orElseGet(() -> styleType(list).orElseGet(() -> typeAttribute(list)));
        if (style.equals("none")) {
            return Optional.empty();
        }
        return Optional.of(format(number(item, list), style));
    }

    /** The item's ordinal: the list's start, counted on per item (down when reversed), reset by an item's value. */
    private static int number(Element item, Element list) {
        boolean reversed = list.hasAttr("reversed");
        int step = reversed ? -1 : 1;
        int n = integer(list.attr("start"), reversed ? (int) list.children().stream()
                .filter(e -> e.normalName().equals("li")).count() : 1) - step;
        for (Element sibling : list.children()) {
            if (!sibling.normalName().equals("li")) {
                continue;
            }
            n = sibling.hasAttr("value") ? integer(sibling.attr("value"), n + step) : n + step;
            if (sibling == item) {
                break;
            }
        }
        return n;
    }

    private static Optional<String> styleType(Element element) {
        for (String declaration : element.attr("style").split(";")) {
            String[] pair = declaration.split(":", 2);
            String property = pair[0].strip().toLowerCase(Locale.ROOT);
            if (pair.length == 2 && (property.equals("list-style-type") || property.equals("list-style"))) {
                String value = pair[1].strip().toLowerCase(Locale.ROOT);
                for (String word : value.split("\\s+")) {
                    if (word.equals("none") || word.contains("decimal") || word.contains("alpha") || word.contains("latin")
                            || word.contains("roman") || word.contains("cjk") || word.contains("chinese")) {
                        return Optional.of(word);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String typeAttribute(Element list) {
        return switch (list.attr("type")) {
            case "a" -> "lower-alpha";
            case "A" -> "upper-alpha";
            case "i" -> "lower-roman";
            case "I" -> "upper-roman";
            default -> "decimal";
        };
    }

    private static String format(int n, String style) {
        if (style.contains("cjk") || style.contains("chinese")) {
            return chinese(n) + "、";
        }
        if (n >= 1 && n <= 26 && (style.contains("alpha") || style.contains("latin"))) {
            char a = style.startsWith("upper") ? 'A' : 'a';
            return (char) (a + n - 1) + ".";
        }
        if (n >= 1 && n < 40 && style.contains("roman")) {
            String roman = roman(n);
            return (style.startsWith("upper") ? roman : roman.toLowerCase(Locale.ROOT)) + ".";
        }
        return n + ".";
    }

    private static String roman(int n) {
        String[] tens = {"", "X", "XX", "XXX"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return tens[n / 10] + ones[n % 10];
    }

    /** 1–99 in Chinese numerals as a list prints them (十一, 二十). */
    static String chinese(int n) {
        if (n <= 0 || n >= 100) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
    }

    private static int integer(String value, int fallback) {
        try {
            return value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

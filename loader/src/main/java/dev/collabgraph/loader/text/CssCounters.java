package dev.collabgraph.loader.text;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers a page's style sheet prints before elements with CSS counters ({@code dt::before{content:"项目" counter(xm)}},
 * {@code counter-increment}, {@code counter-reset}), which are not in its text: a page whose cards a counter numbers
 * reads to its visitors as 项目1 … 项目8, and so it should to the loader, as {@link ListMarkers} does for ordered lists.
 * Counters are kept flat (a reset sets the value wherever it stands; an inline {@code counter-reset:none} keeps it
 * counting), which is what such pages use.
 */
final class CssCounters {
    static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern BEFORE = Pattern.compile("::?before\\s*$");
    private static final Pattern CONTENT_PART = Pattern.compile("\"([^\"]*)\"|'([^']*)'|counter\\(\\s*([\\w-]+)\\s*(?:,\\s*([\\w-]+)\\s*)?\\)");
    static final int MAX_RULES = 2000;
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,6}");
    /** A CSS escape in a string (\\3000 for a full-width space). */
    private static final Pattern ESCAPE = Pattern.compile("\\\\([0-9a-fA-F]{1,6})\\s?");

    private CssCounters() {
    }

    private record Change(String counter, int value) {
    }

    /**
     * The elements whose declarations, by a rule of the page's style sheets (selectors without pseudo-classes) or by
     * their own style attribute, satisfy {@code test}.
     */
    static java.util.Set<Element> styled(Document page, java.util.function.Predicate<Map<String, String>> test) {
        java.util.Set<Element> found = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Matcher rule = RULE.matcher(styleText(page));
        for (int n = 0; rule.find() && n < MAX_RULES; n++) {
            if (!test.test(declarations(rule.group(2)))) {
                continue;
            }
            for (String selector : rule.group(1).split(",")) {
                String plain = selector.strip();
                if (plain.isEmpty() || plain.startsWith("@") || plain.contains(":")) {
                    continue;
                }
                try {
                    found.addAll(page.select(plain));
                } catch (Selector.SelectorParseException e) {
                    // a selector jsoup does not know selects nothing we read
                }
            }
        }
        for (Element element : page.select("[style]")) {
            if (test.test(declarations(element.attr("style")))) {
                found.add(element);
            }
        }
        return found;
    }

    /** What each element's {@code ::before} prints, for the elements whose content holds a counter. */
    static Map<Element, String> before(Document page) {
        String css = styleText(page);
        if (!css.contains("counter(")) {
            return Map.of();
        }
        Map<Element, List<Change>> resets = new IdentityHashMap<>();
        Map<Element, List<Change>> increments = new IdentityHashMap<>();
        Map<Element, String> contents = new IdentityHashMap<>();
        Matcher rule = RULE.matcher(css);
        for (int n = 0; rule.find() && n < MAX_RULES; n++) {
            Map<String, String> declarations = declarations(rule.group(2));
            for (String selector : rule.group(1).split(",")) {
                String plain = selector.strip();
                boolean before = BEFORE.matcher(plain).find();
                plain = BEFORE.matcher(plain).replaceFirst("").strip();
                if (plain.isEmpty() || plain.startsWith("@")) {
                    continue;
                }
                List<Element> matched;
                try {
                    matched = page.select(plain);
                } catch (Selector.SelectorParseException e) {
                    continue; // a selector jsoup does not know: the browser's business, not a number of ours
                }
                for (Element element : matched) {
                    if (before && declarations.containsKey("content")) {
                        contents.put(element, declarations.get("content"));
                    }
                    if (!before && declarations.containsKey("counter-reset")) {
                        resets.put(element, changes(declarations.get("counter-reset"), 0));
                    }
                    if (!before && declarations.containsKey("counter-increment")) {
                        increments.put(element, changes(declarations.get("counter-increment"), 1));
                    }
                }
            }
        }
        Map<Element, String> printed = new IdentityHashMap<>();
        Map<String, Integer> counters = new HashMap<>();
        for (Element element : page.getAllElements()) {
            // an inline style overrides the sheet (style="counter-reset:none" keeps the count going)
            Map<String, String> inline = declarations(element.attr("style"));
            List<Change> reset = inline.containsKey("counter-reset") ? changes(inline.get("counter-reset"), 0)
                    : resets.getOrDefault(element, List.of());
            reset.forEach(c -> counters.put(c.counter(), c.value()));
            List<Change> increment = inline.containsKey("counter-increment") ? changes(inline.get("counter-increment"), 1)
                    : increments.getOrDefault(element, List.of());
            increment.forEach(c -> counters.merge(c.counter(), c.value(), Integer::sum));
            String content = contents.get(element);
            if (content != null && content.contains("counter(")) {
                printed.put(element, render(content, counters));
            }
        }
        return printed;
    }

    static String styleText(Document page) {
        StringBuilder css = new StringBuilder();
        for (Element style : page.select("style")) {
            css.append(style.data()).append('\n');
        }
        return css.toString().replaceAll("/\\*.*?\\*/", "");
    }

    static Map<String, String> declarations(String block) {
        Map<String, String> out = new HashMap<>();
        for (String declaration : block.split(";")) {
            String[] pair = declaration.split(":", 2);
            if (pair.length == 2) {
                out.put(pair[0].strip().toLowerCase(Locale.ROOT), pair[1].strip());
            }
        }
        return out;
    }

    /** {@code xm}, {@code xm 3}, {@code a b 2}, {@code none}: each counter and its value ({@code otherwise} if none given). */
    private static List<Change> changes(String value, int otherwise) {
        List<Change> changes = new ArrayList<>();
        String[] words = value.strip().split("\\s+");
        Set<String> keywords = Set.of("none", "inherit", "initial", "unset");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.isEmpty() || keywords.contains(word.toLowerCase(Locale.ROOT)) || NUMBER.matcher(word).matches()) {
                continue;
            }
            int n = otherwise;
            if (i + 1 < words.length && NUMBER.matcher(words[i + 1]).matches()) {
                n = Integer.parseInt(words[i + 1]);
                i++;
            }
            changes.add(new Change(word, n));
        }
        return changes;
    }

    private static String render(String content, Map<String, Integer> counters) {
        StringBuilder out = new StringBuilder();
        Matcher part = CONTENT_PART.matcher(content);
        while (part.find()) {
            if (part.group(1) != null || part.group(2) != null) {
                out.append(part.group(1) != null ? part.group(1) : part.group(2));
            } else {
                int n = counters.getOrDefault(part.group(3), 0);
                String style = part.group(4) == null ? "decimal" : part.group(4).toLowerCase(Locale.ROOT);
                out.append(style.contains("cjk") || style.contains("chinese") ? ListMarkers.chinese(n) : String.valueOf(n));
            }
        }
        return ESCAPE.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                new String(Character.toChars(Integer.parseInt(m.group(1), 16)))));
    }
}

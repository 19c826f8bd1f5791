package dev.collabgraph.loader.text;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Empty inline elements the style sheet gives a wide fixed width: a PDF converted to positioned HTML (the 在线预览 of
 * many portals, pdf2htmlEX-style) keeps a printed table's rows as lines and parts their cells with such spacers
 * ({@code <span class="_ _1e"> </span>} with {@code ._1e{width:140px}}). A gap that wide parts cells, not words: the
 * renderer writes it as a tab.
 */
final class CssGaps {
    private static final Pattern WIDTH = Pattern.compile("^(\\d+(?:\\.\\d+)?)px$");
    /** About two characters of body text: narrower spacers set words or letters apart. */
    private static final double MIN_CELL_GAP_PX = 24;

    private CssGaps() {
    }

    /** The blank inline elements drawn as wide gaps, by the page's style sheets. */
    static Set<Element> of(Document page) {
        Set<Element> gaps = Collections.newSetFromMap(new IdentityHashMap<>());
        String css = CssCounters.styleText(page);
        Matcher rule = CssCounters.RULE.matcher(css);
        for (int n = 0; rule.find() && n < CssCounters.MAX_RULES; n++) {
            Matcher width = WIDTH.matcher(CssCounters.declarations(rule.group(2)).getOrDefault("width", "").strip());
            if (!width.matches() || Double.parseDouble(width.group(1)) < MIN_CELL_GAP_PX) {
                continue;
            }
            for (String selector : rule.group(1).split(",")) {
                String plain = selector.strip();
                if (!plain.startsWith(".") || plain.contains(":")) {
                    continue; // only a class makes a spacer; an element's own width is its box
                }
                try {
                    page.select("span" + plain).stream()
                            .filter(e -> e.children().isEmpty() && e.text().isBlank())
                            .forEach(gaps::add);
                } catch (Selector.SelectorParseException e) {
                    // a selector jsoup does not know draws nothing we read
                }
            }
        }
        return gaps;
    }
}

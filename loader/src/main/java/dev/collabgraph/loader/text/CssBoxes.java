package dev.collabgraph.loader.text;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Inline elements the style sheet draws as boxes of their own (display: inline-block, a border, padding): a page
 * shows a task's units as such chips (<span class="tag">市科技局</span><span class="tag">市财政局</span>), apart on
 * screen though nothing parts them in the markup. The renderer keeps them apart with a space.
 */
final class CssBoxes {
    private static final Pattern BOXED = Pattern.compile("inline-block|inline-flex|inline-grid");

    private CssBoxes() {
    }

    /** The elements drawn as boxes, by the page's style sheets and their own style attributes. */
    static Set<Element> of(Document page) {
        return CssCounters.styled(page, CssBoxes::boxed);
    }

    private static boolean boxed(Map<String, String> declarations) {
        String display = declarations.getOrDefault("display", "");
        String border = declarations.getOrDefault("border", "");
        return BOXED.matcher(display).find() || !border.isEmpty() && !border.startsWith("none") && !border.startsWith("0");
    }
}

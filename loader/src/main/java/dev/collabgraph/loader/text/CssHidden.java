package dev.collabgraph.loader.text;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Map;
import java.util.Set;

/**
 * Inline runs the page never shows (display:none or visibility:hidden, by the style sheet or their own style, or the
 * {@code hidden} attribute): forums append such runs of random letters to every line so that a copied post is
 * garbled (anti-copy "jammer" strings). Hidden blocks are kept: a fold-out panel or a tab a visitor opens holds the
 * document's own text.
 */
final class CssHidden {
    private CssHidden() {
    }

    /** Removes the page's hidden inline runs. */
    static void remove(Document page) {
        Set<Element> hidden = CssCounters.styled(page, CssHidden::hides);
        hidden.addAll(page.select("[hidden]"));
        hidden.stream().filter(CssHidden::inlineRun).forEach(Element::remove);
    }

    private static boolean hides(Map<String, String> declarations) {
        return declarations.getOrDefault("display", "").startsWith("none")
                || declarations.getOrDefault("visibility", "").startsWith("hidden");
    }

    /** An inline element holding no block: a run inside a line, never a panel of the document's text. */
    private static boolean inlineRun(Element element) {
        return element.parent() != null && !element.isBlock()
                && element.getAllElements().stream().skip(1).noneMatch(Element::isBlock);
    }
}

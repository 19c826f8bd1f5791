package dev.collabgraph.loader.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Map;
import java.util.Optional;
import java.util.List;

/**
 * The main text of a web page: scripts, styles, navigation and the page's own header and footer dropped, the
 * article container holding the most Chinese prose kept, a block element a line, {@code <br>} a line break and a
 * table one line a row with its cells joined by tabs ({@link HtmlTable}).
 */
final class HtmlText {
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, svg, canvas, nav, aside, "
            + "button, select, input, textarea";
    /** Where content management systems of government sites put the article (TRS_Editor, zoom, pages_content …). */
    private static final String ARTICLE_CONTAINERS = "article, main, [role=main], "
            + "[id~=(?i)content|article|zoom|detail|main|text|editor], "
            + "[class~=(?i)content|article|zoom|detail|main|text|editor]";
    /** A container is the article when it holds this share of the Chinese prose of the best one, and less else. */
    private static final double NEAR_BEST = 0.9;
    private static final int MAX_CANDIDATES = 200;

    /** 某府办发〔2025〕4号: issuer's code, year in brackets, number. */
    private static final Pattern NUMBER = Pattern.compile("[\\p{IsHan}]{1,12}[〔\\[［(（]\\d{4}[〕\\]］)）]\\d{1,4}号");
    private static final int MIN_HEADLINE = 6;
    private static final int MAX_HEADLINE = 120;

    private HtmlText() {
    }

    static String of(String name, byte[] bytes) {
        Document page = parse(name, bytes);
        Optional<String> shownPdf = PdfTextLayers.of(page);
        if (shownPdf.isPresent()) {
            return shownPdf.get(); // a PDF viewer's page: the text is the PDF's, the page around it is the viewer
        }
        BoldLeads.mark(page);
        // numbers the style sheet prints (read before the sheet goes with what is never text)
        Map<Element, String> printed = CssCounters.before(page);
        java.util.Set<Element> boxes = CssBoxes.of(page);
        java.util.Set<Element> gaps = CssGaps.of(page);
        Map<Element, String> roles = ChipLegends.of(page, boxes);
        CssGrids.Grids grids = CssGrids.of(page);
        CssHidden.remove(page);
        page.select(NEVER_TEXT).remove();
        // the page's banner and footer; an article's own <header> holds its title and stays
        page.select("header, footer").stream()
                .filter(e -> e.parent() != null && e.parent().closest("article, main") == null)
                .forEach(Element::remove);
        StringBuilder out = new StringBuilder();
        Element main = mainContent(page);
        if (main != page.body()) {
            // a site sets the document's number and title above the article, in its metadata and headline
            documentNumber(page, main).ifPresent(n -> out.append(n).append('\n'));
            headline(page, main).ifPresent(h -> out.append(h).append('\n'));
        }
        new HtmlText.Renderer(out, printed, boxes, gaps, roles).grids(grids).render(main);
        return out.toString();
    }

    /**
     * The page decoded by its byte order mark or {@code <meta charset>}; a page that declares none and is not UTF-8
     * (GBK pages saved from old sites) is decoded as a text file would be.
     */
    private static Document parse(String name, byte[] bytes) {
        try {
            Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
            if (page.text().indexOf('\uFFFD') >= 0) {
                page = Jsoup.parse(Decoder.decode(name, bytes).text());
            }
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 文号 (某府办发〔2025〕4号) given outside the article, in the page's metadata, when the article does not give it. */
    private static Optional<String> documentNumber(Document page, Element main) {
        if (NUMBER.matcher(main.text()).find()) {
            return Optional.empty();
        }
        Matcher number = NUMBER.matcher(page.body().text());
        return number.find() ? Optional.of(number.group()) : Optional.empty();
    }

    /**
     * The article's headline when the article container does not hold it: the first {@code <h1>} (else {@code <h2>})
     * outside it, else the page title before the site's name (标题_栏目_网站).
     */
    private static Optional<String> headline(Document page, Element main) {
        for (String tag : List.of("h1", "h2")) {
            for (Element h : page.select(tag)) {
                String text = h.text().strip();
                if (!main.text().contains(text) && han(text) >= MIN_HEADLINE && text.length() <= MAX_HEADLINE) {
                    return Optional.of(text);
                }
            }
        }
        String title = page.title().split("[_|｜]|\\s-\\s")[0].strip();
        return han(title) >= MIN_HEADLINE && title.length() <= MAX_HEADLINE && !main.text().contains(title)
                ? Optional.of(title) : Optional.empty();
    }

    /**
     * The smallest article container holding nearly as much Chinese prose (text outside links, which sidebars and
     * "related documents" lists are made of) as the best one; the body when no container holds a good share.
     */
    private static Element mainContent(Document page) {
        Element body = page.body();
        // each candidate's text is read whole: a bounded number keeps a page of thousands of nested boxes linear
        List<Element> candidates = page.select(ARTICLE_CONTAINERS).stream().limit(MAX_CANDIDATES).toList();
        int best = candidates.stream().mapToInt(HtmlText::prose).max().orElse(0);
        if (best == 0 || best < prose(body) / 3) {
            return body;
        }
        return candidates.stream().filter(e -> prose(e) >= best * NEAR_BEST)
                .min(Comparator.comparingInt(e -> e.text().length())).orElse(body);
    }

    /** Han characters outside links. */
    private static int prose(Element element) {
        int han = han(element.text());
        for (Element link : element.select("a")) {
            han -= han(link.text());
        }
        return han;
    }

    private static int han(String text) {
        return (int) text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    /** Writes an element's text: block elements and {@code <br>} end lines, tables come as tab-separated rows. */
    static final class Renderer {
        private final StringBuilder out;
        /** An ordered list item's number, written before the item's first words. */
        private String marker;

        /** What the style sheet prints before some elements (项目1　 before a card's title), by element. */
        private final Map<Element, String> printedBefore;
        /** Inline elements drawn as boxes of their own ({@link CssBoxes}): a space keeps their words apart. */
        private final java.util.Set<Element> boxes;
        /** Chips whose style a legend gives a role ({@link ChipLegends}): the role is written after them. */
        private final Map<Element, String> roles;
        /** Blank spacers wide enough to part a printed table's cells ({@link CssGaps}): written as a tab. */
        private final java.util.Set<Element> gaps;
        /** Containers the style sheet lays out as grids of cells ({@link CssGrids}): written as a table's rows. */
        private CssGrids.Grids grids = CssGrids.Grids.NONE;

        Renderer(StringBuilder out) {
            this(out, Map.of());
        }

        Renderer(StringBuilder out, Map<Element, String> printedBefore) {
            this(out, printedBefore, java.util.Set.of());
        }

        Renderer(StringBuilder out, Map<Element, String> printedBefore, java.util.Set<Element> boxes) {
            this(out, printedBefore, boxes, java.util.Set.of());
        }

        Renderer(StringBuilder out, Map<Element, String> printedBefore, java.util.Set<Element> boxes,
                 java.util.Set<Element> gaps) {
            this(out, printedBefore, boxes, gaps, Map.of());
        }

        Renderer(StringBuilder out, Map<Element, String> printedBefore, java.util.Set<Element> boxes,
                 java.util.Set<Element> gaps, Map<Element, String> roles) {
            this.roles = roles;
            this.out = out;
            this.printedBefore = printedBefore;
            this.boxes = boxes;
            this.gaps = gaps;
        }

        /** Renders the grids {@code grids} finds as tables. */
        Renderer grids(CssGrids.Grids grids) {
            this.grids = grids;
            return this;
        }

        void render(Node node) {
            if (node instanceof TextNode text) {
                // white space is layout in HTML, but its line breaks are the text's own inside <pre>
                boolean preformatted = text.parent() != null && text.parent().closest("pre") != null;
                String words = (preformatted ? text.getWholeText() : text.text()).replace('\u00A0', ' ');
                if (!words.isBlank() && marker != null) {
                    out.append(marker);
                    marker = null;
                    words = words.stripLeading();
                }
                if (!words.isBlank() || (!out.isEmpty() && out.charAt(out.length() - 1) != '\n')) {
                    out.append(atLineStart() ? words.stripLeading() : words);
                }
            } else if (node instanceof Element element) {
                switch (element.normalName()) {
                    case "br" -> endLine(true);
                    case "li" -> {
                        endLine(false);
                        // the number opens the item's first line, even when its text sits in a paragraph of its own
                        marker = ListMarkers.of(element).orElse(null);
                        element.childNodes().forEach(this::render);
                        marker = null;
                        endLine(false);
                    }
                    case "table" -> {
                        endLine(false);
                        if (HtmlTable.frame(element)) {
                            // a table that lays out the page (a forum post's frame): its cells are blocks of text
                            for (Element cell : HtmlTable.cells(element)) {
                                cell.childNodes().forEach(this::render);
                                endLine(false);
                            }
                        } else {
                            HtmlTable.rows(element).forEach(row -> out.append(String.join("\t", row)).append('\n'));
                        }
                    }
                    default -> {
                        Integer columns = grids.columns().get(element);
                        if (columns != null) {
                            endLine(false);
                            for (List<Element> row : CssGrids.rows(element, columns, grids.spans())) {
                                out.append(String.join("\t", row.stream()
                                        .map(cell -> cell == null ? "" : HtmlTable.cellText(cell)).toList())).append('\n');
                            }
                            return;
                        }
                        if (gaps.contains(element)) {
                            cellGap();
                            return;
                        }
                        boolean block = element.isBlock();
                        boolean box = !block && boxes.contains(element);
                        if (block) {
                            endLine(false);
                        } else if (box && afterBox(element)) {
                            listed();
                        } else if (box) {
                            apart();
                        }
                        String before = printedBefore.get(element);
                        if (before != null && marker == null) {
                            marker = before;
                        }
                        element.childNodes().forEach(this::render);
                        String role = roles.get(element);
                        if (role != null) {
                            out.append('（').append(role).append('）');
                        }
                        if (block) {
                            endLine(false);
                        } else if (box) {
                            apart();
                        }
                    }
                }
            }
        }

        /** A tab between a printed row's cells, not at a line's start and once between two cells. */
        private void cellGap() {
            while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
            if (!atLineStart() && out.charAt(out.length() - 1) != '\t') {
                out.append('\t');
            }
        }

        /** Whether the element before {@code element}, with nothing but blanks between, is a box too: a row of chips. */
        private boolean afterBox(Element element) {
            for (Node n = element.previousSibling(); n != null; n = n.previousSibling()) {
                if (n instanceof TextNode t) {
                    if (!t.isBlank()) {
                        return false;
                    }
                } else {
                    return n instanceof Element e && boxes.contains(e);
                }
            }
            return false;
        }

        /** The enumeration comma between two chips of a row: on screen apart, in words a list. */
        private void listed() {
            while (!out.isEmpty() && Character.isWhitespace(out.charAt(out.length() - 1))
                    && out.charAt(out.length() - 1) != '\n') {
                out.setLength(out.length() - 1);
            }
            if (!atLineStart()) {
                out.append('、');
            }
        }

        /** A space after the words written so far on this line, unless one is there. */
        private void apart() {
            if (!atLineStart() && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
        }

        private boolean atLineStart() {
            return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        }

        /** Ends the line being written; a {@code <br>} ends even an empty one. */
        private void endLine(boolean always) {
            while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
            if (always || !atLineStart()) {
                out.append('\n');
            }
        }
    }
}

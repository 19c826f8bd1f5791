package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The text of an OpenDocument text file (.odt, as LibreOffice and WPS save it), laid out as {@link DocxText} lays
 * out a .docx: a paragraph or heading a line, a list item with its number written out as its list style draws it, a
 * table a line a row with tab-joined cells (a covered, merged cell empty). The soft page breaks an editor records
 * where its own layout turned the page are no part of the document and are left out.
 */
final class OdtText {
    private static final int LEVELS = 10;
    /** Parts larger than this are refused: a text document's XML is a few megabytes at most. */
    private static final int MAX_PART = 64 << 20;

    private OdtText() {
    }

    static String of(String name, byte[] bytes) {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("content.xml") || entry.getName().equals("styles.xml")) {
                    byte[] part = zip.readNBytes(MAX_PART + 1);
                    if (part.length > MAX_PART) {
                        throw new BadDocumentException(name, entry.getName() + " is larger than "
                                + (MAX_PART >> 20) + " MB");
                    }
                    parts.put(entry.getName(), new String(part, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new BadDocumentException(name, "cannot be opened as an OpenDocument (.odt) file: " + e.getMessage());
        }
        if (!parts.containsKey("content.xml")) {
            throw new BadDocumentException(name, "an OpenDocument (.odt) file without content.xml");
        }
        Document content = Jsoup.parse(parts.get("content.xml"), "", Parser.xmlParser());
        Map<String, Element> listStyles = new HashMap<>();
        if (parts.containsKey("styles.xml")) {
            collectListStyles(Jsoup.parse(parts.get("styles.xml"), "", Parser.xmlParser()), listStyles);
        }
        collectListStyles(content, listStyles);
        java.util.Set<String> boldStyles = new java.util.HashSet<>();
        for (Element style : content.getElementsByTag("style:style")) {
            Element properties = style.selectFirst("style|text-properties");
            if (properties != null && (properties.attr("fo:font-weight").equals("bold")
                    || properties.attr("style:font-weight-asian").equals("bold"))) {
                boldStyles.add(style.attr("style:name"));
            }
        }
        Element body = content.selectFirst("office|text");
        if (body == null) {
            throw new BadDocumentException(name, "an OpenDocument file that is not a text document (no office:text)");
        }
        StringBuilder out = new StringBuilder();
        new Writer(listStyles, boldStyles, out).block(body, null, 0);
        return out.toString();
    }

    private static void collectListStyles(Document document, Map<String, Element> into) {
        for (Element style : document.getElementsByTag("text:list-style")) {
            into.put(style.attr("style:name"), style);
        }
    }

    private static final class Writer {
        private final Map<String, Element> listStyles;
        /** The automatic text styles that set type in bold. */
        private final java.util.Set<String> boldStyles;
        private final StringBuilder out;
        /** List counts by list style, shared with the writers of table cells: a list runs on through a table. */
        private final Map<String, int[]> counters;

        Writer(Map<String, Element> listStyles, java.util.Set<String> boldStyles, StringBuilder out) {
            this(listStyles, boldStyles, out, new HashMap<>());
        }

        private Writer(Map<String, Element> listStyles, java.util.Set<String> boldStyles, StringBuilder out,
                       Map<String, int[]> counters) {
            this.listStyles = listStyles;
            this.boldStyles = boldStyles;
            this.out = out;
            this.counters = counters;
        }

        /** The block elements under {@code parent}; {@code list} is the list style in force, {@code depth} its level. */
        void block(Element parent, String list, int depth) {
            for (Element child : parent.children()) {
                switch (child.tagName()) {
                    case "text:p", "text:h" -> {
                        out.append(inline(child)).append('\n');
                    }
                    case "text:list" -> list(child, list, depth);
                    case "table:table" -> table(child);
                    case "text:section", "text:index-body", "text:table-of-content" -> block(child, list, depth);
                    default -> {
                    }
                }
            }
        }

        private void list(Element element, String inherited, int depth) {
            String style = element.hasAttr("text:style-name") ? element.attr("text:style-name") : inherited;
            if (depth == 0 && style != null && !element.hasAttr("text:continue-numbering")
                    && !element.hasAttr("text:continue-list")) {
                // a new list of a style starts counting again; one that continues an earlier list says so
                counters.remove(style);
            }
            for (Element item : element.children()) {
                if (item.tagName().equals("text:list-item") || item.tagName().equals("text:list-header")) {
                    item(item, style, depth + 1, item.tagName().equals("text:list-item"));
                }
            }
        }

        private void item(Element item, String style, int level, boolean numbered) {
            boolean first = true;
            for (Element child : item.children()) {
                String tag = child.tagName();
                if ((tag.equals("text:p") || tag.equals("text:h")) && first) {
                    out.append(numbered ? label(style, level, item) : "").append(inline(child)).append('\n');
                    first = false;
                } else if (tag.equals("text:p") || tag.equals("text:h")) {
                    out.append(inline(child)).append('\n');
                } else if (tag.equals("text:list")) {
                    list(child, style, level);
                    first = false;
                } else if (tag.equals("table:table")) {
                    table(child);
                }
            }
        }

        /** The number a list style draws before an item at {@code level} (1-based), counting it. */
        private String label(String style, int level, Element item) {
            Element listStyle = style == null ? null : listStyles.get(style);
            if (listStyle == null) {
                return "";
            }
            Element levelStyle = null;
            for (Element s : listStyle.children()) {
                if (s.attr("text:level").equals(Integer.toString(level))) {
                    levelStyle = s;
                }
            }
            if (levelStyle == null) {
                return "";
            }
            if (levelStyle.tagName().equals("text:list-level-style-bullet")) {
                return level == 1 ? WordNumbering.BULLET : WordNumbering.SUB_BULLET;
            }
            String format = levelStyle.attr("style:num-format");
            if (!levelStyle.tagName().equals("text:list-level-style-number") || format.isEmpty()) {
                return "";
            }
            int index = Math.min(LEVELS - 1, level - 1);
            int[] count = counters.computeIfAbsent(style, s -> new int[LEVELS]);
            if (item.hasAttr("text:start-value")) {
                count[index] = parse(item.attr("text:start-value")) - 1;
            } else if (count[index] == 0 && levelStyle.hasAttr("text:start-value")) {
                count[index] = parse(levelStyle.attr("text:start-value")) - 1;
            }
            count[index]++;
            for (int deeper = index + 1; deeper < LEVELS; deeper++) {
                count[deeper] = 0;
            }
            int shown = Math.max(1, Math.min(level, parse(levelStyle.attr("text:display-levels"))));
            StringBuilder label = new StringBuilder(levelStyle.attr("style:num-prefix"));
            for (int l = level - shown; l < level; l++) {
                if (l > level - shown) {
                    label.append('.');
                }
                label.append(l == index ? WordNumbering.formatted(count[l], formatName(format))
                        : Integer.toString(Math.max(1, count[l])));
            }
            return label.append(levelStyle.attr("style:num-suffix")).toString();
        }

        private static String formatName(String format) {
            char c = format.charAt(0);
            return switch (c) {
                case '一', '壹' -> "chineseCounting";
                case 'a' -> "lowerLetter";
                case 'A' -> "upperLetter";
                case '①' -> "decimalEnclosedCircle";
                default -> "decimal";
            };
        }

        private static int parse(String number) {
            try {
                return Integer.parseInt(number.strip());
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private void table(Element table) {
            List<Element> rows = new ArrayList<>();
            collectRows(table, rows);
            if (rows.stream().allMatch(row -> row.children().stream().filter(c -> c.tagName().startsWith("table:")
                    && c.tagName().endsWith("table-cell")).count() <= 1)) {
                // a table of one column frames text (a task list boxed row by row): its paragraphs are the body's
                for (Element row : rows) {
                    for (Element cell : row.children()) {
                        block(cell, null, 0);
                    }
                }
                return;
            }
            for (Element row : rows) {
                List<String> cells = new ArrayList<>();
                for (Element cell : row.children()) {
                    boolean covered = cell.tagName().equals("table:covered-table-cell");
                    if (!covered && !cell.tagName().equals("table:table-cell")) {
                        continue;
                    }
                    String text = covered ? "" : cellText(cell);
                    // a run of repeated empty cells can claim the sheet's whole width: a few keep the columns
                    int repeated = Math.min(text.isEmpty() ? 8 : 64,
                            Math.max(1, parse(cell.attr("table:number-columns-repeated"))));
                    // a cell spanning several columns is followed by covered cells for them, written empty above
                    for (int i = 0; i < repeated; i++) {
                        cells.add(text);
                    }
                }
                out.append(String.join("\t", cells)).append('\n');
            }
        }

        private static void collectRows(Element parent, List<Element> rows) {
            for (Element child : parent.children()) {
                switch (child.tagName()) {
                    case "table:table-row" -> rows.add(child);
                    case "table:table-header-rows", "table:table-rows", "table:table-row-group" ->
                            collectRows(child, rows);
                    default -> {
                    }
                }
            }
        }

        private String cellText(Element cell) {
            StringBuilder saved = new StringBuilder();
            Writer inner = new Writer(listStyles, boldStyles, saved, counters);
            inner.block(cell, null, 0);
            return saved.toString().replaceAll("[\\t\\n\\r\\f]+", " ").strip();
        }

        /** A paragraph's characters: spans, spaces (text:s), tabs and line breaks written out; notes left out. */
        private String inline(Element paragraph) {
            StringBuilder text = new StringBuilder();
            List<String> notes = new ArrayList<>();
            appendInline(paragraph, text, notes);
            String own = DocxText.withHeadingStop(text.toString(), boldHead(paragraph), true);
            return own + String.join("", notes);
        }

        /**
         * The paragraph's leading bold spans, when type that is not bold follows them (a run-in heading); "" when the
         * paragraph opens with plain type or is bold throughout.
         */
        private String boldHead(Element paragraph) {
            StringBuilder bold = new StringBuilder();
            for (Node node : paragraph.childNodes()) {
                boolean isBold = node instanceof Element e && e.tagName().equals("text:span")
                        && boldStyles.contains(e.attr("text:style-name"));
                String piece = node instanceof TextNode t ? t.getWholeText()
                        : node instanceof Element e ? e.text() : "";
                if (piece.isBlank()) {
                    continue;
                }
                if (!isBold) {
                    return bold.toString();
                }
                bold.append(piece);
            }
            return "";
        }

        private int footnotes;

        /**
         * {@code element}'s characters; a footnote is written as a .docx's text has it: [footnoteRef:N] where it is
         * referred to, and its text, [N: text], after the paragraph.
         */
        private void appendInline(Element element, StringBuilder text, List<String> notes) {
            for (Node node : element.childNodes()) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    switch (e.tagName()) {
                        case "text:s" -> text.append(" ".repeat(Math.min(64, Math.max(1, parse(
                                e.hasAttr("text:c") ? e.attr("text:c") : "1")))));
                        case "text:tab" -> text.append('\t');
                        case "text:line-break" -> text.append('\n');
                        case "text:note" -> {
                            Element body = e.selectFirst("text|note-body");
                            if (body != null && !e.attr("text:note-class").equals("endnote")) {
                                int n = ++footnotes;
                                text.append("[footnoteRef:").append(n).append(']');
                                StringBuilder note = new StringBuilder();
                                for (Element p : body.children()) {
                                    appendInline(p, note, notes);
                                }
                                notes.add(" [" + n + ": " + note.toString().replaceAll("\\s+", " ").strip() + "] ");
                            }
                        }
                        case "office:annotation", "text:tracked-changes" -> {
                        }
                        default -> appendInline(e, text, notes);
                    }
                }
            }
        }
    }
}

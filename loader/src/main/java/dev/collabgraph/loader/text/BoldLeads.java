package dev.collabgraph.loader.text;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.regex.Pattern;

/**
 * A page that marks its lead units by type alone (…责任单位中，字体加粗的为牵头单位，其余为配合单位): the bold units of its
 * notes get the mark a text would print, （牵头）, since the text drops the type. Only where the page says so, and only
 * for a short bold run inside a unit list (after 单位： or a 、), so that bold headings keep their text as it was.
 */
final class BoldLeads {
    static final Pattern SAYS_BOLD_LEADS = Pattern.compile("(?:加粗|粗体|黑体)[^。；]{0,12}(?:为|是)牵头");
    private static final Pattern IN_LIST = Pattern.compile("(?:单位|部门|主体)[：:][^。]*$|、\\s*$");
    private static final int MAX_NAME = 24;

    /** A unit cell holds a list this long at most: longer, it is a sentence of work, not units. */
    static final int MAX_LIST = 120;

    private BoldLeads() {
    }

    /**
     * A bold run of a unit cell marked as leading: each name of it followed by （牵头）, a separator the run ends with
     * kept after the mark (区科技局、 → 区科技局（牵头）、). Blank or already marked runs stay as they are.
     */
    static String marked(String bold) {
        String name = bold.strip();
        if (name.isEmpty() || name.contains("牵头") || name.length() > MAX_NAME * 3) {
            return bold;
        }
        String tail = "";
        while (!name.isEmpty() && "、，,；;".indexOf(name.charAt(name.length() - 1)) >= 0) {
            tail = name.charAt(name.length() - 1) + tail;
            name = name.substring(0, name.length() - 1);
        }
        return name.isEmpty() ? bold : name.replace("、", "（牵头）、") + "（牵头）" + tail;
    }

    static void mark(Document page) {
        if (!SAYS_BOLD_LEADS.matcher(page.text()).find()) {
            return;
        }
        for (Element bold : page.select("strong, b")) {
            if (isBold(bold.nextSibling())) {
                continue; // one name set in two bold runs (<b>市地方金融</b><b>管理局</b>): marked after the last
            }
            java.util.List<Element> run = new java.util.ArrayList<>(java.util.List.of(bold));
            while (isBold(run.get(0).previousSibling())) {
                run.add(0, (Element) run.get(0).previousSibling());
            }
            String name = run.stream().map(Element::text).reduce("", String::concat).strip();
            if (name.isEmpty() || name.length() > MAX_NAME * 3 || name.contains("牵头")) {
                continue;
            }
            Element block = run.get(0).parent();
            if (block == null || !IN_LIST.matcher(textBefore(block, run.get(0))).find()) {
                continue;
            }
            // several units in one bold run (<b>市教育局、市科技局</b>) all lead
            for (Element part : run) {
                for (TextNode text : part.textNodes()) {
                    text.text(text.text().replace("、", "（牵头）、"));
                }
            }
            bold.after(new TextNode("（牵头）"));
        }
    }

    private static boolean isBold(org.jsoup.nodes.Node node) {
        return node instanceof Element e && (e.tagName().equals("strong") || e.tagName().equals("b"));
    }

    /** The text of {@code block} before {@code bold}, in document order. */
    private static String textBefore(Element block, Element bold) {
        StringBuilder text = new StringBuilder();
        for (org.jsoup.nodes.Node node : block.childNodes()) {
            if (node == bold) {
                break;
            }
            text.append(node instanceof TextNode t ? t.text() : node instanceof Element e ? e.text() : "");
        }
        return text.toString();
    }
}

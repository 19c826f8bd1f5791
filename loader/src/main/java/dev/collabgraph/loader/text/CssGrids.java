package dev.collabgraph.loader.text;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables drawn by the style sheet rather than the markup: a container of {@code <div>}s laid out as a CSS grid
 * ({@code display: grid; grid-template-columns: 1fr 180px}) shows its children as the cells of rows, as many a row as
 * the template has columns — a portal's 工作任务 | 责任单位 list set so. The renderer writes its rows as a table's, cells
 * parted by tabs; a child spanning the columns ({@code grid-column: 1 / -1}, {@code span 2}) fills its places.
 */
final class CssGrids {
    /** More columns than this is no table of work (and guards against hostile templates). */
    private static final int MAX_COLUMNS = 12;
    private static final Pattern REPEAT = Pattern.compile("repeat\\(\\s*(\\d{1,2})\\s*,([^()]*(?:\\([^()]*\\)[^()]*)*)\\)");
    private static final Pattern LINE_NAMES = Pattern.compile("\\[[^\\]]*]");
    private static final Pattern SPAN = Pattern.compile("span\\s+(\\d{1,2})");
    private static final Pattern WHOLE_ROW = Pattern.compile("^\\s*1\\s*/\\s*-1\\s*$");

    /** A grid: its containers' column counts, and how many columns a child spans where it spans more than one. */
    record Grids(Map<Element, Integer> columns, Map<Element, Integer> spans) {
        static final Grids NONE = new Grids(Map.of(), Map.of());
    }

    private CssGrids() {
    }

    static Grids of(Document page) {
        Map<Element, Integer> columns = new IdentityHashMap<>();
        for (Element e : CssCounters.styled(page, d -> columns(d) >= 2)) {
            columns.put(e, columns(declared(page, e)));
        }
        if (columns.isEmpty()) {
            return Grids.NONE;
        }
        Map<Element, Integer> spans = new IdentityHashMap<>();
        for (Element e : CssCounters.styled(page, d -> d.containsKey("grid-column"))) {
            Element parent = e.parent();
            if (parent == null || !columns.containsKey(parent)) {
                continue;
            }
            String value = declared(page, e).getOrDefault("grid-column", "");
            Matcher span = SPAN.matcher(value);
            int n = WHOLE_ROW.matcher(value).matches() ? columns.get(parent) : span.find() ? Integer.parseInt(span.group(1)) : 1;
            if (n > 1) {
                spans.put(e, Math.min(n, columns.get(parent)));
            }
        }
        return new Grids(columns, spans);
    }

    /** The declarations of the rules and style attribute that set {@code e}'s grid (the last one setting it wins). */
    private static Map<String, String> declared(Document page, Element e) {
        Map<String, String> all = new java.util.HashMap<>();
        Matcher rule = CssCounters.RULE.matcher(CssCounters.styleText(page));
        for (int n = 0; rule.find() && n < CssCounters.MAX_RULES; n++) {
            for (String selector : rule.group(1).split(",")) {
                String plain = selector.strip();
                if (plain.isEmpty() || plain.startsWith("@") || plain.contains(":")) {
                    continue;
                }
                try {
                    if (e.is(plain)) {
                        all.putAll(CssCounters.declarations(rule.group(2)));
                    }
                } catch (RuntimeException badSelector) {
                    // a selector jsoup does not know selects nothing we read
                }
            }
        }
        if (e.hasAttr("style")) {
            all.putAll(CssCounters.declarations(e.attr("style")));
        }
        return all;
    }

    /** The number of columns a grid's declarations set, or 0 when they set no grid with a fixed count of columns. */
    static int columns(Map<String, String> declarations) {
        String display = declarations.getOrDefault("display", "");
        if (!display.contains("grid")) {
            return 0;
        }
        String template = declarations.getOrDefault("grid-template-columns", "").strip();
        if (template.isEmpty() || template.contains("auto-fill") || template.contains("auto-fit")) {
            return 0;
        }
        template = LINE_NAMES.matcher(template).replaceAll(" ");
        int count = 0;
        Matcher repeat = REPEAT.matcher(template);
        StringBuilder rest = new StringBuilder();
        while (repeat.find()) {
            count += Integer.parseInt(repeat.group(1)) * tracks(repeat.group(2));
            repeat.appendReplacement(rest, " ");
        }
        repeat.appendTail(rest);
        count += tracks(rest.toString());
        return count <= MAX_COLUMNS ? count : 0;
    }

    /** The tracks of a track list: its words at the top level (minmax(0,1fr) is one). */
    private static int tracks(String list) {
        int count = 0;
        int depth = 0;
        boolean inWord = false;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            boolean blank = Character.isWhitespace(c) && depth == 0;
            if (!blank && !inWord) {
                count++;
            }
            inWord = !blank;
        }
        return count;
    }

    /** The grid's rows: its child elements in order, {@code columns} places a row, spans filling their places. */
    static List<List<Element>> rows(Element grid, int columns, Map<Element, Integer> spans) {
        List<List<Element>> rows = new ArrayList<>();
        List<Element> row = new ArrayList<>();
        int used = 0;
        for (Element child : grid.children()) {
            int span = spans.getOrDefault(child, 1);
            if (used + span > columns && !row.isEmpty()) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(child);
            for (int i = 1; i < span; i++) {
                row.add(null);
            }
            used += span;
            if (used >= columns) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }
}

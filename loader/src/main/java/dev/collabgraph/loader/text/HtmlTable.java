package dev.collabgraph.loader.text;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of an HTML table as lists of cell texts on the table's grid: a cell spanning columns (colspan) or rows
 * (rowspan) leaves the places it covers empty, so each value stands in its own column and the loader's table reader
 * gives an empty place the value above it.
 */
final class HtmlTable {
    /** Larger spans are hostile or broken markup: a table of policy tasks has a few dozen columns at most. */
    private static final int MAX_SPAN = 100;

    /** A cell holding this much text over this many lines is a page region, not a table's value. */
    private static final int FRAME_CHARS = 800;
    private static final int FRAME_LINES = 8;

    private HtmlTable() {
    }

    /**
     * Whether the table lays out a page rather than holding data: one cell alone, or a cell holding a region of the
     * page (a forum post, an article laid out in an old site's frame), far more text and lines than a value has,
     * or a frame of its own.
     */
    static boolean frame(Element table) {
        return frame(table, 0);
    }

    /** Frames nest a few deep at most; a bound keeps hostile nesting linear. */
    private static final int MAX_FRAME_DEPTH = 3;

    private static boolean frame(Element table, int depth) {
        List<Element> cells = cells(table);
        if (cells.size() == 1) {
            return true;
        }
        return cells.stream().anyMatch(cell -> cell.text().length() >= FRAME_CHARS
                && cell.select("br, p, div, li, h1, h2, h3, h4, table").size() >= FRAME_LINES
                || depth < MAX_FRAME_DEPTH && cell.select("table").stream()
                        .anyMatch(nested -> nested.parent() != null && nested.parent().closest("table") == table
                                && frame(nested, depth + 1)));
    }

    /** The table's own cells in order, not those of tables nested in them. */
    static List<Element> cells(Element table) {
        List<Element> cells = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") == table) {
                tr.children().stream().filter(c -> c.nameIs("td") || c.nameIs("th")).forEach(cells::add);
            }
        }
        return cells;
    }

    static List<List<String>> rows(Element table) {
        List<List<String>> rows = new ArrayList<>();
        // rows still covered by a cell above, by column
        Map<Integer, Integer> coveredRows = new HashMap<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue; // a row of a nested table: part of its cell's text
            }
            List<String> row = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (!cell.nameIs("td") && !cell.nameIs("th")) {
                    continue;
                }
                skipCovered(row, coveredRows);
                int colspan = span(cell, "colspan");
                int rowspan = span(cell, "rowspan");
                for (int i = 0; i < colspan; i++) {
                    if (rowspan > 1) {
                        coveredRows.put(row.size(), rowspan - 1);
                    }
                    row.add(i == 0 ? cellText(cell) : "");
                }
            }
            // columns at the end still covered from above
            int last = coveredRows.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
            while (row.size() <= last) {
                skipCovered(row, coveredRows);
                if (row.size() <= last && !coveredRows.containsKey(row.size())) {
                    row.add("");
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** Adds an empty place for every column at the row's end that a cell above still covers. */
    private static void skipCovered(List<String> row, Map<Integer, Integer> coveredRows) {
        Integer left;
        while ((left = coveredRows.get(row.size())) != null) {
            if (left <= 1) {
                coveredRows.remove(row.size());
            } else {
                coveredRows.put(row.size(), left - 1);
            }
            row.add("");
        }
    }

    private static int span(Element cell, String attribute) {
        try {
            return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(cell.attr(attribute).strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A cell's text on one line: its paragraphs and line breaks become spaces, which part list items. */
    static String cellText(Element cell) {
        Element shown = cell;
        if (cell.selectFirst("table") != null) {
            // a small table inside the cell (牵头单位 | A over 配合单位 | B, or the labels over their values): its fields
            shown = cell.clone();
            for (Element nested : shown.select("table")) {
                if (nested.parent() != null && nested.parents().stream().noneMatch(p -> p.nameIs("table"))) {
                    nested.replaceWith(new org.jsoup.nodes.TextNode(fields(rows(nested))));
                }
            }
        }
        StringBuilder text = new StringBuilder();
        new HtmlText.Renderer(text).render(shown);
        return text.toString().replaceAll("[\\t\\n\\r\\f]+", " ").strip();
    }

    /** A cell of a small table that labels units by role: 牵头单位, 配合部门, 参与. */
    private static final java.util.regex.Pattern FIELD_LABEL = java.util.regex.Pattern.compile(
            "^\\p{IsHan}{0,4}(?:单位|部门)$|^(?:牵头|配合|参与|协办|协同|责任)$");

    /**
     * A small table's rows as labelled fields (牵头单位：A；配合单位：B): rows that each open with a label, or a row of
     * labels over a row of their values; any other small table as its rows' cells in order.
     */
    private static String fields(List<List<String>> rows) {
        List<List<String>> filled = rows.stream().map(r -> r.stream().map(String::strip).toList()).toList();
        boolean labelOverValues = filled.size() == 2 && filled.get(0).size() == filled.get(1).size()
                && filled.get(0).stream().allMatch(c -> FIELD_LABEL.matcher(c).matches());
        if (labelOverValues) {
            StringBuilder out = new StringBuilder();
            for (int c = 0; c < filled.get(0).size(); c++) {
                out.append(out.isEmpty() ? "" : "；").append(filled.get(0).get(c)).append('：').append(filled.get(1).get(c));
            }
            return out.toString();
        }
        boolean labelled = !filled.isEmpty() && filled.stream()
                .allMatch(r -> r.size() >= 2 && FIELD_LABEL.matcher(r.get(0)).matches());
        StringBuilder out = new StringBuilder();
        for (List<String> row : filled) {
            String values = String.join(labelled ? "、" : " ", labelled ? row.subList(1, row.size()) : row).strip();
            out.append(out.isEmpty() ? "" : labelled ? "；" : " ").append(labelled ? row.get(0) + "：" + values : values);
        }
        return out.toString();
    }
}

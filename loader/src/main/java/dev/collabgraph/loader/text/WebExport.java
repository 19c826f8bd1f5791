package dev.collabgraph.loader.text;

/**
 * Traces of a document copied from a government web page: tables written as pipe rows (| 1 | 任务 | 市科技局 |)
 * under a | --- | rule, lines of page fields set apart by spaced pipes, and HTML remnants (&lt;br&gt; inside a cell, &amp;nbsp; after a signature). A pipe row is a
 * table row like a tab-separated one; the rule line and the remnants carry nothing.
 */
final class WebExport {
    private static final String[] REMNANTS = {"<br>", "<br/>", "<br />", "&nbsp;", "&ensp;", "&emsp;"};

    private WebExport() {
    }

    /** A row of a pipe table: opens and closes with | and holds at least one more. */
    static boolean isPipeRow(String line) {
        return line.length() >= 3 && line.charAt(0) == '|' && line.charAt(line.length() - 1) == '|'
                && line.indexOf('|', 1) < line.length() - 1;
    }

    /**
     * A line of the page's fields (首页 | 政务公开, 索引号：… | 发布机构：…): items set apart by a spaced pipe. It
     * stands alone, however long, so that a field such as 发文字号 keeps a line of its own.
     */
    static boolean isFieldLine(String line) {
        int bar = line.indexOf(" | ");
        return bar > 0 && !isPipeRow(line);
    }

    /** The | --- | --- | line under a pipe table's header. */
    static boolean isPipeRule(String line) {
        if (!isPipeRow(line)) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if ("|-: \u3000".indexOf(line.charAt(i)) < 0) {
                return false;
            }
        }
        return line.indexOf('-') >= 0;
    }

    /** The bounds of a pipe row's cells, without its outer pipes and the blanks inside them: [start, end). */
    static int[] insidePipes(String text, int start, int end) {
        int s = start + 1;
        int e = end - 1;
        while (s < e && isBlank(text.charAt(s))) {
            s++;
        }
        while (e > s && isBlank(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

    /** The length of the HTML remnant starting at {@code i}, 0 when none does. */
    static int remnantLength(String text, int i, int end) {
        char c = text.charAt(i);
        if (c != '<' && c != '&') {
            return 0;
        }
        for (String remnant : REMNANTS) {
            if (i + remnant.length() <= end && text.regionMatches(true, i, remnant, 0, remnant.length())) {
                return remnant.length();
            }
        }
        return 0;
    }
}

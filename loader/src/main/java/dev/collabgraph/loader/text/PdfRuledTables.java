package dev.collabgraph.loader.text;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of a PDF page that are drawn with rules, read cell by cell from the rules themselves: each row a line of
 * tab-separated cells, as a Word table's rows are written ({@link DocxText}). Read from the text's positions alone, a
 * ruled table loses its cells wherever the rules were all that kept them apart: a cell filled to its rule runs into
 * the next with one space, a cell wrapped and centred in its column lands under another, a cell merged over several
 * rows prints its text half-way down beside a row that is not its own. The rules say where each cell is. A cell
 * merged over columns keeps the columns after it, empty; a cell merged over rows gives its text to its first row and
 * leaves the rows after it empty, as the Word reader does, so the table reader gives them the cell above.
 */
final class PdfRuledTables {
    /** A table read from its rules: where it stands on the page (top-down, in points) and its rows. */
    record Table(float top, float bottom, float left, float right, List<String> rows) {
        /**
         * Whether a glyph stands in the table. A glyph belongs where it starts: punctuation hung over a cell's rule
         * (the ，closing a full line) is the cell's it closes.
         */
        boolean holds(TextPosition glyph) {
            float x = x(glyph);
            float y = y(glyph);
            return x >= left && x <= right && y >= top && y <= bottom;
        }

        /** Whether the table stands above a glyph, which is read after it. */
        boolean isAbove(TextPosition glyph) {
            return y(glyph) >= top;
        }
    }

    /** Where a glyph stands across: just inside its left edge. */
    private static float x(TextPosition glyph) {
        return glyph.getXDirAdj() + Math.min(1f, glyph.getWidthDirAdj() / 4);
    }

    /** Where a glyph stands down the page: half-way up from its baseline. */
    private static float y(TextPosition glyph) {
        return glyph.getYDirAdj() - glyph.getHeightDir() / 2;
    }

    /** Rules this close (in points) are one; a rule reaching this close to another meets it. */
    private static final float SNAP = 2f;
    /** A filled rectangle this thin (in points) is a rule, as Word draws its borders. */
    private static final float THIN = 2.5f;
    /** Shorter strokes than this are no rules (a dash, a tick). */
    private static final float MIN_RULE = 4f;
    /** A grid needs two columns and one row at least: one column is a frame around text, not a table. */
    private static final int MIN_VERTICALS = 3;
    private static final int MIN_HORIZONTALS = 2;
    /** More rules than this on a page (after joining) are a drawing or a chart: the page is read from its text. */
    private static final int MAX_RULES = 3000;
    /** A cell's line ending this many characters short of its column's widest line was broken on purpose, not wrapped. */
    private static final float SHORT_LINE = 2.5f;

    private PdfRuledTables() {
    }

    /** A horizontal (y fixed) or vertical (x fixed) rule, from {@code from} to {@code to} along it. */
    private record Rule(boolean horizontal, float at, float from, float to) {
        boolean crosses(Rule other) {
            return other.at >= from - SNAP && other.at <= to + SNAP && at >= other.from - SNAP && at <= other.to + SNAP;
        }

        boolean covers(float position) {
            return position >= from - SNAP && position <= to + SNAP;
        }
    }

    /** The page's ruled tables, top to bottom; empty when it has none (or is turned, whose rules this does not read). */
    static List<Table> read(PDPage page, List<TextPosition> glyphs) throws IOException {
        if (page.getRotation() % 360 != 0) {
            return List.of();
        }
        RuleCollector collector = new RuleCollector(page);
        collector.processPage(page);
        if (collector.rules.size() < MIN_VERTICALS + MIN_HORIZONTALS) {
            return List.of();
        }
        List<Rule> rules = joined(collector.rules);
        if (rules.size() > MAX_RULES) {
            return List.of(); // a drawing, not a table; and rules are grouped pair by pair
        }
        List<Table> tables = new ArrayList<>();
        for (List<Rule> group : crossingGroups(rules)) {
            Table table = table(group, glyphs);
            if (table != null) {
                tables.add(table);
            }
        }
        tables.sort(Comparator.comparingDouble(Table::top));
        return tables;
    }

    /** Collinear rules that touch or overlap made one (a border drawn cell by cell). */
    private static List<Rule> joined(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(Rule::horizontal).thenComparingDouble(Rule::at).thenComparingDouble(Rule::from));
        List<Rule> out = new ArrayList<>();
        for (Rule rule : sorted) {
            Rule last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.horizontal == rule.horizontal && Math.abs(last.at - rule.at) <= SNAP
                    && rule.from <= last.to + SNAP) {
                out.set(out.size() - 1, new Rule(last.horizontal, last.at, last.from, Math.max(last.to, rule.to)));
            } else {
                out.add(rule);
            }
        }
        return out;
    }

    /** Rules grouped by crossing one another: each group one table (or one frame, or one underline). */
    private static List<List<Rule>> crossingGroups(List<Rule> rules) {
        int[] parent = new int[rules.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                if (rules.get(i).horizontal != rules.get(j).horizontal && rules.get(i).crosses(rules.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Rule>> groups = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(rules.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The grid the rules draw and the glyphs in its cells, or null when the rules draw no table. */
    private static Table table(List<Rule> group, List<TextPosition> glyphs) {
        float[] xs = positions(group, false);
        float[] ys = positions(group, true);
        if (xs.length < MIN_VERTICALS || ys.length < MIN_HORIZONTALS) {
            return null;
        }
        int rows = ys.length - 1;
        int columns = xs.length - 1;
        // grid cells with no rule between them are one merged cell
        int[] parent = new int[rows * columns];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            float middleY = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c < columns; c++) {
                float middleX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < columns && !ruled(group, false, xs[c + 1], middleY)) {
                    union(parent, r * columns + c, r * columns + c + 1);
                }
                if (r + 1 < rows && !ruled(group, true, ys[r + 1], middleX)) {
                    union(parent, r * columns + c, (r + 1) * columns + c);
                }
            }
        }
        int[] first = firstCells(parent);
        Table area = new Table(ys[0], ys[ys.length - 1], xs[0], xs[xs.length - 1], List.of());
        Map<Integer, List<TextPosition>> cells = new HashMap<>();
        for (TextPosition glyph : glyphs) {
            if (!glyph.getUnicode().isBlank() && area.holds(glyph)) {
                int cell = index(xs, x(glyph)) + columns * index(ys, y(glyph));
                cells.computeIfAbsent(first[cell], k -> new ArrayList<>()).add(glyph);
            }
        }
        if (cells.isEmpty()) {
            return null;
        }
        int[] lastColumn = lastColumns(first, columns);
        // how far the widest printed line of a column's cells reaches: a line ending well short of it was broken on
        // purpose (one unit a line), not wrapped; measured down the column, since a cell's text may be set narrower
        // than its rules
        Map<Integer, List<List<TextPosition>>> printed = new HashMap<>();
        Map<String, Float> widest = new HashMap<>();
        for (Map.Entry<Integer, List<TextPosition>> cell : cells.entrySet()) {
            List<List<TextPosition>> cellLines = printedLines(cell.getValue());
            printed.put(cell.getKey(), cellLines);
            for (List<TextPosition> line : cellLines) {
                widest.merge(columnKey(cell.getKey(), lastColumn, columns), end(line), Math::max);
            }
        }
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            boolean filled = false;
            for (int c = 0; c < columns; c++) {
                int cell = r * columns + c;
                String text = first[cell] == cell && printed.containsKey(cell)
                        ? text(printed.get(cell), widest.get(columnKey(cell, lastColumn, columns))) : "";
                filled |= !text.isEmpty();
                row.add(text);
            }
            if (filled) {
                lines.add(String.join("\t", row));
            }
        }
        return new Table(area.top, area.bottom, area.left, area.right, lines);
    }

    /** The distinct places of a group's horizontal (y) or vertical (x) rules, in order. */
    private static float[] positions(List<Rule> group, boolean horizontal) {
        List<Float> at = group.stream().filter(r -> r.horizontal == horizontal).map(Rule::at).sorted().toList();
        List<Float> distinct = new ArrayList<>();
        for (float position : at) {
            if (distinct.isEmpty() || position - distinct.get(distinct.size() - 1) > SNAP) {
                distinct.add(position);
            }
        }
        float[] out = new float[distinct.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = distinct.get(i);
        }
        return out;
    }

    /** Whether a rule of the group stands at {@code at} across {@code across}. */
    private static boolean ruled(List<Rule> group, boolean horizontal, float at, float across) {
        for (Rule rule : group) {
            if (rule.horizontal == horizontal && Math.abs(rule.at - at) <= SNAP && rule.covers(across)) {
                return true;
            }
        }
        return false;
    }

    /** The band between two consecutive places that {@code value} falls in. */
    private static int index(float[] places, float value) {
        int i = 0;
        while (i + 2 < places.length && value >= places[i + 1]) {
            i++;
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[root(parent, a)] = root(parent, b);
    }

    /** For each grid cell, the first grid cell (in reading order) of the merged cell it belongs to. */
    private static int[] firstCells(int[] parent) {
        Map<Integer, Integer> firstOfRoot = new HashMap<>();
        int[] first = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            int cell = i;
            first[i] = firstOfRoot.computeIfAbsent(root(parent, i), k -> cell);
        }
        return first;
    }

    /** For each merged cell's first grid cell, the last grid column it spans. */
    private static int[] lastColumns(int[] first, int columns) {
        int[] last = new int[first.length];
        for (int cell = 0; cell < first.length; cell++) {
            last[first[cell]] = Math.max(last[first[cell]], cell % columns);
        }
        return last;
    }

    /** The grid columns a merged cell spans, as a key: cells spanning the same columns are measured together. */
    private static String columnKey(int cell, int[] lastColumn, int columns) {
        return cell % columns + ":" + lastColumn[cell];
    }

    /** A cell's glyphs in printed lines, top to bottom, each left to right. */
    private static List<List<TextPosition>> printedLines(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        float baseline = Float.NaN;
        for (TextPosition glyph : sorted) {
            if (lines.isEmpty() || Math.abs(glyph.getYDirAdj() - baseline) > glyph.getHeightDir() / 2) {
                lines.add(new ArrayList<>());
                baseline = glyph.getYDirAdj();
            }
            lines.get(lines.size() - 1).add(glyph);
        }
        lines.forEach(line -> line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj)));
        return lines;
    }

    private static float end(List<TextPosition> line) {
        TextPosition last = line.get(line.size() - 1);
        return last.getXDirAdj() + last.getWidthDirAdj();
    }

    /**
     * A cell's printed lines as one line of text, joined without a break where a line was full and wrapped (a wrap is
     * no word space in Chinese), with a space where a line ended short of the column's widest line {@code widest}
     * (two units set one a line) or a wrap parts two Latin words; a space also between words set apart on a line.
     */
    private static String text(List<List<TextPosition>> lines, float widest) {
        StringBuilder out = new StringBuilder();
        boolean lineEndedShort = false;
        for (List<TextPosition> line : lines) {
            float end = Float.NaN;
            for (TextPosition glyph : line) {
                String character = glyph.getUnicode();
                boolean apart = !Float.isNaN(end) && glyph.getXDirAdj() - end > glyph.getFontSizeInPt() * 0.3f;
                boolean lineBreak = Float.isNaN(end) && !out.isEmpty() && (lineEndedShort
                        || latin(out.charAt(out.length() - 1)) && latin(character.charAt(0)));
                if (apart || lineBreak) {
                    out.append(' ');
                }
                out.append(character);
                end = glyph.getXDirAdj() + glyph.getWidthDirAdj();
            }
            lineEndedShort = widest - end > line.get(line.size() - 1).getFontSizeInPt() * SHORT_LINE;
        }
        return out.toString().replaceAll("[\\t\\n\\r\\f]+", " ").strip();
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetter(c);
    }

    /**
     * The page's rules: stroked lines and rectangles, and filled rectangles or shapes thin enough to be a line, in
     * the page's top-down coordinates that text positions use.
     */
    private static final class RuleCollector extends PDFGraphicsStreamEngine {
        private final List<Rule> rules = new ArrayList<>();
        /** The path being built: its line segments and rectangles as {x1, y1, x2, y2}. */
        private final List<float[]> segments = new ArrayList<>();
        private final List<float[]> rectangles = new ArrayList<>();
        private final float left;
        private final float bottom;
        private final float height;
        private Point2D current;
        private Point2D start;

        RuleCollector(PDPage page) {
            super(page);
            PDRectangle crop = page.getCropBox();
            left = crop.getLowerLeftX();
            bottom = crop.getLowerLeftY();
            height = crop.getHeight();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            float x1 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
            float x2 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
            float y1 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
            float y2 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
            rectangles.add(new float[] {x1, y1, x2, y2});
            current = p0;
            start = p0;
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            start = current;
        }

        @Override
        public void lineTo(float x, float y) {
            if (current != null) {
                segments.add(new float[] {(float) current.getX(), (float) current.getY(), x, y});
            }
            current = new Point2D.Float(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
            if (current != null && start != null && !current.equals(start)) {
                lineTo((float) start.getX(), (float) start.getY());
            }
        }

        @Override
        public void endPath() {
            segments.clear();
            rectangles.clear();
        }

        @Override
        public void strokePath() {
            for (float[] s : segments) {
                addLine(s[0], s[1], s[2], s[3]);
            }
            for (float[] r : rectangles) {
                addLine(r[0], r[1], r[2], r[1]);
                addLine(r[0], r[3], r[2], r[3]);
                addLine(r[0], r[1], r[0], r[3]);
                addLine(r[2], r[1], r[2], r[3]);
            }
            endPath();
        }

        @Override
        public void fillPath(int windingRule) {
            for (float[] r : rectangles) {
                addThin(r[0], r[1], r[2], r[3]);
            }
            if (!segments.isEmpty()) {
                // a filled shape of lines (a border drawn as a thin polygon) is a rule when it is thin
                float x1 = Float.MAX_VALUE, y1 = Float.MAX_VALUE, x2 = -Float.MAX_VALUE, y2 = -Float.MAX_VALUE;
                for (float[] s : segments) {
                    x1 = Math.min(x1, Math.min(s[0], s[2]));
                    x2 = Math.max(x2, Math.max(s[0], s[2]));
                    y1 = Math.min(y1, Math.min(s[1], s[3]));
                    y2 = Math.max(y2, Math.max(s[1], s[3]));
                }
                addThin(x1, y1, x2, y2);
            }
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void clip(int windingRule) {
            // a clipping path draws nothing; the path is ended by the operator after it
        }

        @Override
        public void drawImage(PDImage image) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        private void addThin(float x1, float y1, float x2, float y2) {
            if (y2 - y1 <= THIN && x2 - x1 >= MIN_RULE) {
                addLine(x1, (y1 + y2) / 2, x2, (y1 + y2) / 2);
            } else if (x2 - x1 <= THIN && y2 - y1 >= MIN_RULE) {
                addLine((x1 + x2) / 2, y1, (x1 + x2) / 2, y2);
            }
        }

        private void addLine(float x1, float y1, float x2, float y2) {
            float dx = Math.abs(x2 - x1);
            float dy = Math.abs(y2 - y1);
            if (dy < 1 && dx >= MIN_RULE) {
                rules.add(new Rule(true, height - ((y1 + y2) / 2 - bottom), Math.min(x1, x2) - left,
                        Math.max(x1, x2) - left));
            } else if (dx < 1 && dy >= MIN_RULE) {
                rules.add(new Rule(false, (x1 + x2) / 2 - left, height - (Math.max(y1, y2) - bottom),
                        height - (Math.min(y1, y2) - bottom)));
            }
        }
    }
}

package dev.collabgraph.bench.formats;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A text printed to PDF: lines wrapped at the page's width wherever the width runs out (mid-sentence, as a word
 * processor's print does), A4 pages with a page number at the foot, and each run of tab-separated lines a ruled table
 * whose columns stand at fixed x positions, each cell wrapped inside its column.
 */
final class PdfCopy {
    /** Debian's fonts-wqy-microhei: the PDF needs a font with the Han characters. */
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final float BODY = 12;
    private static final float BODY_LEADING = 20;
    private static final float CELL = 10.5f;
    private static final float CELL_LEADING = 14;
    private static final float PAD = 3;
    /** A column is as wide as its longest cell in characters, within these bounds, in proportion to the others. */
    private static final int NARROWEST = 2;
    private static final int WIDEST = 16;

    private PdfCopy() {
    }

    static byte[] render(String text) throws IOException {
        if (!Files.isRegularFile(FONT)) {
            throw new IllegalStateException("PDF copies need the CJK font " + FONT
                    + " (Debian: apt-get install fonts-wqy-microhei)");
        }
        try (PDDocument document = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(FONT.toFile())) {
            PDType0Font font = PDType0Font.load(document, fonts.getFontByName("WenQuanYiMicroHei"), true);
            try (PdfPages pages = new PdfPages(document, font)) {
                for (Blocks.Block block : Blocks.of(text)) {
                    if (block instanceof Blocks.Paragraph p) {
                        paragraph(pages, p);
                    } else if (block instanceof Blocks.Table t) {
                        table(pages, t);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void paragraph(PdfPages pages, Blocks.Paragraph p) throws IOException {
        if (p.newPage()) {
            pages.breakPage();
        }
        List<String> lines = wrap(pages, pages.drawable(p.text().stripTrailing()), PdfPages.WIDTH, BODY);
        if (lines.isEmpty()) {
            pages.reserve(BODY_LEADING);
            pages.advance(BODY_LEADING);
        }
        for (String line : lines) {
            float top = pages.reserve(BODY_LEADING);
            pages.text(PdfPages.LEFT, top - BODY, BODY, line);
            pages.advance(BODY_LEADING);
        }
    }

    private static void table(PdfPages pages, Blocks.Table t) throws IOException {
        float[] x = columns(t);
        for (List<String> row : t.rows()) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < t.columns(); c++) {
                List<String> lines = wrap(pages, pages.drawable(row.get(c).strip()), x[c + 1] - x[c] - 2 * PAD, CELL);
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            float rowHeight = height * CELL_LEADING + 2 * PAD;
            float top = pages.reserve(rowHeight);
            for (int c = 0; c < t.columns(); c++) {
                for (int l = 0; l < cells.get(c).size(); l++) {
                    pages.text(x[c] + PAD, top - PAD - CELL - l * CELL_LEADING, CELL, cells.get(c).get(l));
                }
            }
            pages.line(x[0], top, x[t.columns()], top);
            pages.line(x[0], top - rowHeight, x[t.columns()], top - rowHeight);
            for (float edge : x) {
                pages.line(edge, top, edge, top - rowHeight);
            }
            pages.advance(rowHeight);
        }
        pages.advance(CELL_LEADING / 2);
    }

    /** The x positions of the columns' edges, from the left margin to the right one. */
    private static float[] columns(Blocks.Table t) {
        int[] weight = new int[t.columns()];
        for (List<String> row : t.rows()) {
            for (int c = 0; c < t.columns(); c++) {
                weight[c] = Math.max(weight[c], Math.min(WIDEST, Math.max(NARROWEST, row.get(c).strip().length())));
            }
        }
        int total = 0;
        for (int w : weight) {
            total += w;
        }
        float[] x = new float[t.columns() + 1];
        x[0] = PdfPages.LEFT;
        for (int c = 0; c < t.columns(); c++) {
            x[c + 1] = x[c] + PdfPages.WIDTH * weight[c] / total;
        }
        return x;
    }

    /** {@code text} in lines no wider than {@code width}, broken at any character (as CJK text is). */
    private static List<String> wrap(PdfPages pages, String text, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = pages.width(ch, size);
            if (used + w > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(ch);
            used += w;
            i += ch.length();
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}

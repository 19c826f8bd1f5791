package dev.collabgraph.bench.formats;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** A4 pages filled top down, each closed with its page number (— N —) at the foot. */
final class PdfPages implements AutoCloseable {
    static final float LEFT = 72;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * LEFT;
    private static final float TOP = 770;
    private static final float BOTTOM = 72;
    private static final float FOOT = 40;
    private static final float FOOT_SIZE = 10;

    private final PDDocument document;
    private final PDType0Font font;
    /** Whether the font draws a character: one without a glyph is left out, as a print without a fallback font. */
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private PDPageContentStream content;
    private int number;
    private float y;

    PdfPages(PDDocument document, PDType0Font font) {
        this.document = document;
        this.font = font;
    }

    /** The top of the space left on this page, after starting a new page when less than {@code height} is left. */
    float reserve(float height) throws IOException {
        if (content == null || y - height < BOTTOM) {
            newPage();
        }
        return y;
    }

    /** Ends the page: what comes next starts on a new one. */
    void breakPage() {
        y = Float.NEGATIVE_INFINITY;
    }

    /** Moves down by {@code height}. */
    void advance(float height) {
        y -= height;
    }

    void text(float x, float baseline, float size, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    void line(float x1, float y1, float x2, float y2) throws IOException {
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    /** {@code text} without what the font cannot draw (control characters, emoji). */
    String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> drawable.computeIfAbsent(cp, this::hasGlyph)).forEach(out::appendCodePoint);
        return out.toString();
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private boolean hasGlyph(int codePoint) {
        if (codePoint < ' ') {
            return false;
        }
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return font.getStringWidth(new String(Character.toChars(codePoint))) >= 0;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        content.setLineWidth(0.5f);
        number++;
        y = TOP;
    }

    /** Closes the open page, its number printed centred at the foot. */
    @Override
    public void close() throws IOException {
        if (content == null) {
            return;
        }
        String foot = "— " + number + " —";
        text((PDRectangle.A4.getWidth() - width(foot, FOOT_SIZE)) / 2, FOOT, FOOT_SIZE, foot);
        content.close();
        content = null;
    }
}

package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.model.ExtractedGraph;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real Word and PDF files made from a document's text, for tests here and in other modules (the loader's test jar):
 * what a planner would hold after saving a text as Word, or printing it to PDF.
 */
public final class DocumentFiles {
    /** Debian's fonts-wqy-microhei (.ci/run installs it): PDFBox needs a font with the Han characters. */
    public static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    /** Skips a test that draws a PDF when the font is missing, except under CI (CI=true), where that is a failure. */
    public static void assumeCjkFont() {
        String missing = "needs fonts-wqy-microhei (apt-get install fonts-wqy-microhei)";
        if ("true".equals(System.getenv("CI"))) {
            org.assertj.core.api.Assertions.assertThat(CJK_FONT).as(missing).exists();
        } else {
            assumeTrue(Files.exists(CJK_FONT), missing);
        }
    }
    public static final String RUNNING_HEADER = "澜江市人民政府行政规范性文件";
    private static final int CHARACTERS_PER_LINE = 34;
    private static final int LINES_PER_PAGE = 36;

    private DocumentFiles() {
    }

    /**
     * The text file as Word would hold it: one paragraph a line, the printed page numbers gone (a page break
     * instead), the tab-separated annex a table whose wrapped lines are whole cells again, an empty lead unit
     * merged with the one above and a section line one cell across the table.
     */
    public static byte[] word(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            String[] lines = text.split("\n", -1);
            boolean pageBreak = false;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (CorpusTable.PAGE_NUMBER.matcher(line.strip()).matches()) {
                    pageBreak = true;
                } else if (line.indexOf('\t') >= 0) {
                    int end = CorpusTable.end(lines, i);
                    table(document, Arrays.asList(lines).subList(i, end));
                    i = end - 1;
                } else {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph.setPageBreak(pageBreak);
                    pageBreak = false;
                    if (!line.isBlank()) {
                        paragraph.createRun().setText(line);
                    }
                }
            }
            return bytes(document);
        }
    }

    private static void table(XWPFDocument document, List<String> lines) {
        CorpusTable source = CorpusTable.of(lines);
        XWPFTable table = document.createTable(source.rows().size(), source.columns());
        for (int r = 0; r < source.rows().size(); r++) {
            String[] cells = source.rows().get(r);
            XWPFTableRow row = table.getRow(r);
            if (source.isSection(r)) {
                // one cell across the table: the others go, the first spans their grid columns
                while (row.getTableCells().size() > 1) {
                    row.removeCell(1);
                }
                properties(row.getCell(0)).addNewGridSpan().setVal(BigInteger.valueOf(source.columns()));
                row.getCell(0).setText(cells[0]);
                continue;
            }
            for (int c = 0; c < source.columns(); c++) {
                XWPFTableCell cell = row.getCell(c);
                if (source.mergedWithAbove(r, c)) {
                    CTTcPr above = properties(table.getRow(r - 1).getCell(c));
                    if (!above.isSetVMerge()) {
                        above.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    properties(cell).addNewVMerge().setVal(STMerge.CONTINUE);
                } else if (!cells[c].isEmpty()) {
                    cell.setText(cells[c]);
                }
            }
        }
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }


    /**
     * The text set in lines of {@link #CHARACTERS_PER_LINE}, its printed page numbers left out, on A4 pages that
     * each carry the running header on top and a page number, alternately — N — and 第 N 页, at the bottom.
     */
    public static byte[] pdf(String text) throws IOException {
        List<String> lines = printedLines(text);
        try (PDDocument document = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(CJK_FONT.toFile())) {
            PDType0Font font = PDType0Font.load(document, fonts.getFontByName("WenQuanYiMicroHei"), true);
            for (int first = 0, number = 1; first < lines.size(); first += LINES_PER_PAGE, number++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    write(content, font, 9, 180, 800, RUNNING_HEADER);
                    for (int i = first; i < Math.min(lines.size(), first + LINES_PER_PAGE); i++) {
                        write(content, font, 14, 60, 760 - 20 * (i - first), lines.get(i));
                    }
                    write(content, font, 10, 280, 30, number % 2 == 0 ? "第 " + number + " 页" : "— " + number + " —");
                }
            }
            return bytes(document);
        }
    }

    /** The text's paragraphs wrapped in lines of {@link #CHARACTERS_PER_LINE}, its printed page numbers left out. */
    static List<String> printedLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            String line = paragraph.strip();
            if (line.matches("— \\d+ —")) {
                continue;
            }
            for (int i = 0; i < line.length(); i += CHARACTERS_PER_LINE) {
                lines.add(line.substring(i, Math.min(line.length(), i + CHARACTERS_PER_LINE)));
            }
        }
        return lines;
    }

    /** Characters on a line of a column of {@link #twoColumnPdf}, and its lines per column. */
    private static final int COLUMN_CHARACTERS = 21;
    private static final int COLUMN_LINES = 36;

    /**
     * The text set as a gazette sets it: paragraphs opened by a two-character indent and wrapped flush left in two
     * columns of {@link #COLUMN_CHARACTERS}, the left column filled before the right one; a running header whose two
     * parts swap sides from one page to the next, and a page number below.
     */
    public static byte[] twoColumnPdf(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            String rest = "\u3000\u3000" + paragraph.strip();
            for (int i = 0; i < rest.length(); i += COLUMN_CHARACTERS) {
                lines.add(rest.substring(i, Math.min(rest.length(), i + COLUMN_CHARACTERS)));
            }
        }
        try (PDDocument document = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(CJK_FONT.toFile())) {
            PDType0Font font = PDType0Font.load(document, fonts.getFontByName("WenQuanYiMicroHei"), true);
            for (int first = 0, number = 1; first < lines.size(); first += 2 * COLUMN_LINES, number++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    write(content, font, 9, number % 2 == 1 ? 60 : 420, 800, "2026年第4期");
                    write(content, font, 9, number % 2 == 1 ? 400 : 60, 800, "某某市人民政府公报");
                    for (int i = first; i < Math.min(lines.size(), first + 2 * COLUMN_LINES); i++) {
                        int row = (i - first) % COLUMN_LINES;
                        float x = i - first < COLUMN_LINES ? 40 : 40 + COLUMN_CHARACTERS * 12 + 24;
                        write(content, font, 12, x, 760 - 18 * row, lines.get(i));
                    }
                    write(content, font, 10, 290, 30, "·" + number + "·");
                }
            }
            return bytes(document);
        }
    }

    private static void write(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}

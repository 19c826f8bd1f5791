package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A corpus document printed to PDF, with a running header and page numbers, reads as its text file does. */
class PdfDocumentTest {
    private static final String DOCUMENT = "10-action-plan-division-table";

    private static String body;

    @BeforeAll
    static void readTheBody() throws IOException {
        String text = Files.readString(Path.of("..", "corpus", DOCUMENT + ".txt"));
        // the body: the annex table is a Word or HTML table's business, a PDF's table has no cells to read
        body = text.substring(0, text.indexOf("\n附件\n"));
    }

    @Test
    void thePrintedDocumentLosesItsPageNoiseAndKeepsItsTasks() throws IOException {
        DocumentFiles.assumeCjkFont();
        byte[] pdf = DocumentFiles.pdf(body);

        SourceText fromPdf = DocumentReader.decode(DOCUMENT + ".pdf", pdf);

        assertThat(fromPdf.charset()).isEqualTo("pdf");
        assertThat(fromPdf.sha256()).isEqualTo(Decoder.sha256(pdf));
        assertThat(fromPdf.text()).doesNotContain(DocumentFiles.RUNNING_HEADER).doesNotContain("— 2 —").doesNotContain("第 2 页")
                .contains("\f").contains("（一）实施高新技术企业倍增行动。");
        StructureSummary printed = StructureSummary.of(fromPdf);
        StructureSummary text = StructureSummary.of(DocumentReader.decode(DOCUMENT + ".txt",
                body.getBytes(StandardCharsets.UTF_8)));
        assertThat(printed.tasks()).hasSizeGreaterThan(10).isEqualTo(text.tasks());
        assertThat(printed.notes()).isNotEmpty().isEqualTo(text.notes());
    }

    @Test
    void aGazettePrintedInTwoColumnsReadsColumnByColumnAsItsTextDoes() throws IOException {
        DocumentFiles.assumeCjkFont();
        byte[] pdf = DocumentFiles.twoColumnPdf(body);

        SourceText fromPdf = DocumentReader.decode(DOCUMENT + ".pdf", pdf);

        // the header's two parts swap sides on facing pages and are still one running header
        assertThat(fromPdf.text()).doesNotContain("公报").doesNotContain("2026年第4期");
        StructureSummary printed = StructureSummary.of(fromPdf);
        StructureSummary text = StructureSummary.of(DocumentReader.decode(DOCUMENT + ".txt",
                body.getBytes(StandardCharsets.UTF_8)));
        assertThat(printed.tasks()).hasSizeGreaterThan(10).isEqualTo(text.tasks());
        assertThat(printed.notes()).isNotEmpty().isEqualTo(text.notes());
    }

    @Test
    void cellsSetApartOnAPrintedLineStayApartAndWordsOfASentenceTogether() throws IOException {
        DocumentFiles.assumeCjkFont();
        byte[] pdf = onePage((content, font) -> {
            float[] columns = {60, 260, 330, 400};
            String[][] rows = {{"指标", "单位", "2025年", "2028年"}, {"大学科技园孵化面积", "万平方米", "18", "28"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < columns.length; c++) {
                    write(content, font, columns[c], 700 - 20 * r, rows[r][c]);
                }
            }
            write(content, font, 60, 640, "Open Source 开源社区");
        });
        String text = DocumentReader.decode("table.pdf", pdf).text();
        assertThat(text).containsPattern("大学科技园孵化面积 {2,}万平方米 {2,}18 {2,}28")
                .contains("Open Source 开源社区");
        MappedText cleaned = Cleaner.clean(DocumentReader.decode("table.pdf", pdf));
        assertThat(cleaned.text()).contains("大学科技园孵化面积\t万平方米\t18\t28");
    }

    @Test
    void aSiteNameStampedAtASlantOverThePageIsNoPartOfItsLines() throws IOException {
        DocumentFiles.assumeCjkFont();
        byte[] pdf = onePage((content, font) -> {
            write(content, font, 60, 700, "（一）建设成果转化中心。整合高校技术转移机构，年内促成转化");
            write(content, font, 60, 680, "项目40项。（配合单位：市财政局、某某高新区管委会）");
            // the portal's stamp, drawn last and turned 35 degrees across both lines
            content.beginText();
            content.setFont(font, 28);
            content.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.toRadians(35), 120, 640));
            content.showText("某某市人民政府门户网站");
            content.endText();
        });
        String text = DocumentReader.decode("stamped.pdf", pdf).text();
        assertThat(text).doesNotContain("门户").contains("年内促成转化", "（配合单位：市财政局、某某高新区管委会）");
    }

    @Test
    void aRuledTableIsReadCellByCellFromItsRules() throws IOException {
        DocumentFiles.assumeCjkFont();
        // 序号 | 重点任务 | 牵头单位 | 配合单位, drawn with rules: a lead filling its cell to the rule wraps 局 centred
        // under it; a co cell sets one unit a line; a comma hangs over the rule closing a full line; 市科技局 leads rows 2
        // and 3 in one merged cell, printed half-way down on the rule its rows share
        byte[] pdf = onePage((content, font) -> {
            write(content, font, 64, 685, "序号");
            write(content, font, 150, 685, "重点任务");
            write(content, font, 271, 685, "牵头单位");
            write(content, font, 381, 685, "配合单位");
            write(content, font, 76, 660, "1");
            write(content, font, 104, 660, "建设中试熟化基地");
            write(content, font, 253, 665, "市工业和信息化");
            write(content, font, 289, 650, "局");
            write(content, font, 344, 665, "市教育局");
            write(content, font, 344, 650, "槎州经开区管委会");
            write(content, font, 76, 620, "2");
            write(content, font, 104, 625, "推行先使用后付费许可模");
            write(content, font, 104, 610, "式");
            write(content, font, 271, 596, "市科技局");
            write(content, font, 344, 620, "市财政局、市场监管局");
            write(content, font, 466, 620, "，");
            write(content, font, 76, 575, "3");
            write(content, font, 104, 575, "发展技术交易市场");
            write(content, font, 344, 575, "—");
            content.setLineWidth(0.5f);
            for (float y : new float[] {700, 680, 640, 560}) {
                rule(content, 60, y, 470, y);
            }
            rule(content, 60, 600, 250, 600); // no rule under the merged lead cell
            rule(content, 340, 600, 470, 600);
            for (float x : new float[] {60, 100, 250, 340, 470}) {
                rule(content, x, 700, x, 560);
            }
            content.stroke();
        });
        String text = DocumentReader.decode("ruled.pdf", pdf).text();
        assertThat(text).contains("序号\t重点任务\t牵头单位\t配合单位\n")
                .contains("1\t建设中试熟化基地\t市工业和信息化局\t市教育局 槎州经开区管委会\n")
                .contains("2\t推行先使用后付费许可模式\t市科技局\t市财政局、市场监管局，\n")
                .contains("3\t发展技术交易市场\t\t—");
        // the table reader gives row 3 the lead merged down to it
        MappedText cleaned = Cleaner.clean(DocumentReader.decode("ruled.pdf", pdf));
        assertThat(cleaned.text()).contains("3\t发展技术交易市场\t\t—");
    }

    private static void rule(PDPageContentStream content, float x1, float y1, float x2, float y2) throws IOException {
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
    }

    /** What a test prints on its one page, in the CJK font. */
    private interface PageWriter {
        void write(PDPageContentStream content, PDType0Font font) throws IOException;
    }

    /** A one-page A4 PDF that {@code writer} prints, as bytes. */
    private static byte[] onePage(PageWriter writer) throws IOException {
        try (PDDocument document = new PDDocument(); org.apache.fontbox.ttf.TrueTypeCollection fonts =
                new org.apache.fontbox.ttf.TrueTypeCollection(DocumentFiles.CJK_FONT.toFile())) {
            PDType0Font font = PDType0Font.load(document, fonts.getFontByName("WenQuanYiMicroHei"), true);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                writer.write(content, font);
            }
            return DocumentFiles.bytes(document);
        }
    }

    private static void write(PDPageContentStream content, PDType0Font font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    @Test
    void itemsWithoutHeadingsPrintedOverSeveralLinesKeepTheirWholeFirstSentence() throws IOException {
        // 1.对…的，给予…奖励。 printed 34 characters a line: the item's line is cut mid-sentence although it opens with
        // its number, and its title is its first sentence whole
        DocumentFiles.assumeCjkFont();
        String measures = Files.readString(Path.of("..", "corpus", "11-measures-continuous-items.txt"));
        int annex = measures.indexOf("\n附件");
        String text = annex > 0 ? measures.substring(0, annex) : measures;
        StructureSummary printed = StructureSummary.of(DocumentReader.decode("measures.pdf", DocumentFiles.pdf(text)));
        StructureSummary plain = StructureSummary.of(DocumentReader.decode("measures.txt",
                text.getBytes(StandardCharsets.UTF_8)));
        assertThat(printed.tasks()).hasSizeGreaterThan(15).isEqualTo(plain.tasks());
        assertThat(printed.notes()).isEqualTo(plain.notes());
    }

    @Test
    void aPdfOfImagesOnlyIsRefusedAsAScanThatNeedsOcr() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 50, 50, 400, 560);
            }
            byte[] pdf = DocumentFiles.bytes(document);
            assertThatThrownBy(() -> DocumentReader.decode("scan.pdf", pdf))
                    .isInstanceOf(BadDocumentException.class)
                    .hasMessageStartingWith("scan.pdf: the PDF has no text layer")
                    .hasMessageContaining("looks scanned").hasMessageContaining("OCR");
        }
    }

    @Test
    void aDamagedPdfIsRefusedWithItsNameAndReason() {
        byte[] damaged = "%PDF-1.7\n garbage".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> DocumentReader.decode("report.pdf", damaged))
                .isInstanceOf(BadDocumentException.class).hasMessageStartingWith("report.pdf: ")
                .hasMessageContaining("PDF");
    }
}

package dev.collabgraph.bench.formats;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Each copy really is its format, opened by the library that reads it, with the text's headings, lines and table. */
class CopyFormatTest {
    private static final String LONG = "支持高校、科研院所与企业联合建设新型研发机构，对认定为省级以上新型研发机构的，按照有关规定给予一次性奖励，"
            + "所需资金由市、区两级财政按比例分担。";
    private static final String TEXT = "关于推进产学研协同创新的意见\n\n一、主要任务\n（一）建设创新平台\n" + LONG
            + "（牵头单位：市科技局）\n\n序号\t重点任务\t牵头单位\n1\t建设创新平台\t市科技局\n2\t培育企业\t市工信局\n";

    @Test
    void aWordCopyHoldsAParagraphALineBoldHeadingsAndTheTabLinesAsOneTable() throws Exception {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(CopyFormat.DOCX.render(TEXT)))) {
            assertThat(word.getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsSubsequence("关于推进产学研协同创新的意见", "", "一、主要任务", "（一）建设创新平台");
            XWPFParagraph heading = word.getParagraphs().stream().filter(p -> p.getText().equals("一、主要任务"))
                    .findFirst().orElseThrow();
            assertThat(heading.getRuns().get(0).isBold()).isTrue();
            assertThat(word.getTables()).hasSize(1);
            assertThat(word.getTables().get(0).getRows()).hasSize(3);
            assertThat(word.getTables().get(0).getRow(1).getCell(2).getText()).isEqualTo("市科技局");
        }
    }

    @Test
    void aFormFeedInTheTextIsAPageBreakInWordNotACharacter() throws Exception {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(CopyFormat.DOCX.render("第一页\n\f二、保障措施\n")))) {
            XWPFParagraph heading = word.getParagraphs().get(1);
            assertThat(heading.getText()).isEqualTo("二、保障措施");
            assertThat(heading.isPageBreak()).isTrue();
        }
    }

    @Test
    void aPdfCopyWrapsLongLinesAndNumbersItsPages() throws Exception {
        assumeTrue(Files.exists(PdfCopy.FONT), "needs fonts-wqy-microhei (apt-get install fonts-wqy-microhei)");
        byte[] pdf = CopyFormat.PDF.render(TEXT.repeat(12));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("— 1 —", "— 2 —", "建设创新平台").doesNotContain(LONG);
            assertThat(text.replaceAll("\\s", "")).contains(LONG);
        }
    }

    @Test
    void anHtmlCopyIsAPageWithTheArticleBetweenTheSitesBannerAndFooter() throws Exception {
        Document page = Jsoup.parse(new String(CopyFormat.HTML.render(TEXT), StandardCharsets.UTF_8));
        assertThat(page.title()).startsWith("关于推进产学研协同创新的意见");
        assertThat(page.select("div.nav a")).isNotEmpty();
        assertThat(page.select("div.article > p").eachText()).contains("一、主要任务", "（一）建设创新平台");
        assertThat(page.select("div.article table tr")).hasSize(3);
        assertThat(page.select("div.article table tr").get(2).select("td").eachText())
                .containsExactly("2", "培育企业", "市工信局");
        assertThat(page.select("div.footer").text()).contains("版权所有", "ICP备");
    }

    @Test
    void formatsAreNamedByTheirExtensionInAnyCase() {
        assertThat(CopyFormat.of("PDF")).isEqualTo(CopyFormat.PDF);
        assertThat(CopyFormat.of("docx").extension()).isEqualTo("docx");
    }
}

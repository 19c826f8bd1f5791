package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Word 97–2003 (.doc), OpenDocument (.odt) and spreadsheet (.xlsx, .xls) files. The .doc and .odt files under
 * {@code formats/} are corpus Word documents saved in those formats by LibreOffice: each must read as its .docx does
 * (numbering, merged and spanning cells, footnotes, tracked changes, bold run-in heads), so the rules see one text.
 */
class OfficeFormatsTest {
    private static final Path CORPUS = Path.of("..", "corpus");
    private static final Path FORMATS = Path.of("src", "test", "resources", "formats");

    @ParameterizedTest
    @ValueSource(strings = {
            "321-county-plan-docx-units-in-word-footnotes.doc",
            "361-city-chain-chief-draft-docx-tracked-changes-moved-chain.doc",
            "381-city-three-bureaus-plan-docx-bold-unpunctuated-runin-heads-year-target-annex.doc",
            "430-county-plan-docx-auto-numbered-parts-bold-runin-merged-target-table.doc",
            "321-county-plan-docx-units-in-word-footnotes.odt",
            "170-implementing-rules-docx-style-chapters-auto-articles-note-style.odt",
            "381-city-three-bureaus-plan-docx-bold-unpunctuated-runin-heads-year-target-annex.odt",
            "430-county-plan-docx-auto-numbered-parts-bold-runin-merged-target-table.odt",
            "321-county-plan-docx-units-in-word-footnotes.rtf",
            "381-city-three-bureaus-plan-docx-bold-unpunctuated-runin-heads-year-target-annex.rtf",
            "401-county-plan-docx-annex-measure-paragraphs-own-notes-union.rtf",
            "430-county-plan-docx-auto-numbered-parts-bold-runin-merged-target-table.rtf"})
    void aCopyInAnotherOfficeFormatReadsAsTheWordFileItWasSavedFrom(String copy) throws IOException {
        String format = DocumentFormat.extension(copy);
        SourceText fromCopy = DocumentReader.read(FORMATS.resolve(copy));
        SourceText fromWord = DocumentReader.read(CORPUS.resolve(copy.replaceFirst("\\.\\w+$", ".docx")));

        assertThat(fromCopy.charset()).isEqualTo(format);
        // LibreOffice drops empty paragraphs: the lines are the same
        assertThat(lines(fromCopy.text())).isEqualTo(lines(fromWord.text()));
        StructureSummary copySummary = StructureSummary.of(fromCopy);
        StructureSummary wordSummary = StructureSummary.of(fromWord);
        assertThat(copySummary.tasks()).isNotEmpty().isEqualTo(wordSummary.tasks());
        assertThat(copySummary.notes()).isEqualTo(wordSummary.notes());
        assertThat(copySummary.annex()).isEqualTo(wordSummary.annex());
    }

    @Test
    void aWord97FileShowsItsListNumbersFootnotesAndAcceptedChanges() {
        String numbered = read("430-county-plan-docx-auto-numbered-parts-bold-runin-merged-target-table.doc");
        assertThat(numbered).contains("\n一、总体要求\n", "\n二、主要目标\n", "\n三、重点任务\n");
        // a bold heading run straight into its text gets the stop the page shows by its type
        assertThat(numbered).containsPattern("\n（一）[^\n。]{4,40}。");

        String footnoted = read("321-county-plan-docx-units-in-word-footnotes.doc");
        assertThat(footnoted).contains("[footnoteRef:2]").contains(" [2: 牵头单位：县科技局；配合单位：");

        String draft = read("361-city-chain-chief-draft-docx-tracked-changes-moved-chain.doc");
        assertThat(draft).contains("突破4200亿元").doesNotContain("40004200").contains("牵头部门：市工信局\n");

        // a header cell spanning the three year columns keeps them, so the units stay under 责任单位
        String annexed = read("381-city-three-bureaus-plan-docx-bold-unpunctuated-runin-heads-year-target-annex.doc");
        assertThat(annexed).contains("年度目标\t\t\t责任单位");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aWorkbookIsReadSheetBySheetARowALineWithMergedCellsEmptyAndHiddenSheetsLeftOut(String format)
            throws IOException {
        byte[] bytes = workbook(format.equals("xlsx") ? XSSFWorkbook::new : HSSFWorkbook::new);
        SourceText source = DocumentReader.decode("分工表." + format, bytes);

        assertThat(source.charset()).isEqualTo(format);
        assertThat(source.text()).isEqualTo("""
                附件1 重点任务分工表
                澄州市2026年科技创新重点任务分工表
                序号\t重点任务\t牵头单位\t配合单位\t完成时限
                一、建设创新平台
                1\t建设澄州大学先进材料研究院\t市科技局\t市财政局 澄州高新区管委会\t2026年12月
                2\t组建中试基地\t\t市工信局\t2026年10月
                合计\t\t\t\t3

                \f主要指标
                指标名称\t单位\t2025年\t2027年
                研发经费投入强度\t%\t2.6\t3.1
                """);
        StructureSummary summary = StructureSummary.of(source);
        assertThat(summary.annex()).anySatisfy(row -> assertThat(row).contains("建设澄州大学先进材料研究院")
                .contains("科技局/lead"));
    }

    @Test
    void officeFilesAreToldByWhatTheyHoldAndOnesThatCannotBeReadAreRefusedSayingWhy() throws IOException {
        byte[] word = Files.readAllBytes(FORMATS.resolve(
                "321-county-plan-docx-units-in-word-footnotes.doc"));
        assertThat(DocumentFormat.of("download", word)).isEqualTo(DocumentFormat.DOC);
        assertThat(DocumentFormat.of("plan.wps", word)).isEqualTo(DocumentFormat.DOC);
        assertThat(DocumentFormat.of("table.xls", workbook(HSSFWorkbook::new))).isEqualTo(DocumentFormat.SHEET);
        assertThat(DocumentFormat.of("table.bin", workbook(XSSFWorkbook::new))).isEqualTo(DocumentFormat.SHEET);

        assertThatThrownBy(() -> DocumentFormat.of("secret.docx", compound("EncryptedPackage")))
                .isInstanceOf(BadDocumentException.class).hasMessageContaining("password-protected");
        assertThatThrownBy(() -> DocumentFormat.of("slides.ppt", compound("PowerPoint Document")))
                .hasMessageContaining("neither a Word nor a spreadsheet document");
        assertThatThrownBy(() -> DocumentFormat.of("plan.doc", "一、总体要求".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a .doc document");
        byte[] truncated = Arrays.copyOf(word, 600);
        assertThatThrownBy(() -> DocumentReader.decode("cut.doc", truncated))
                .isInstanceOf(BadDocumentException.class).hasMessageStartingWith("cut.doc: ");
        assertThatThrownBy(() -> DocumentFormat.of("book.ceb", new byte[] {1, 2, 3, 4}))
                .hasMessageContaining(".ceb is not a format the loader reads");
        assertThatThrownBy(() -> DocumentFormat.of("letter.rtf", "一、总体要求".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not an RTF document");
    }

    @Test
    void everyChineseListFormatWordOffersIsWrittenInChineseNumerals() {
        // Word's own Chinese formats as LibreOffice saves them (a .doc's taiwaneseCountingThousand is 一、二、三)
        for (String format : List.of("chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
                "taiwaneseCountingThousand", "ideographDigital", "japaneseCounting")) {
            assertThat(WordNumbering.formatted(12, format)).as(format).isEqualTo("十二");
        }
        assertThat(WordNumbering.formatted(3, "decimalEnclosedCircle")).isEqualTo("③");
        assertThat(WordNumbering.formatted(3, "decimal")).isEqualTo("3");
    }

    @Test
    void anRtfFileIsReadInItsCodePageAndUnicodeWithFieldsByTheirResultAndHiddenOrDeletedTextLeftOut() {
        byte[] gbk = "一、总体要求".getBytes(java.nio.charset.Charset.forName("GBK"));
        StringBuilder hex = new StringBuilder();
        for (byte b : gbk) {
            hex.append(String.format("\\'%02x", b & 0xFF));
        }
        String rtf = "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}"
                + "{\\*\\generator Msftedit;}\\uc2\\pard\\f0 " + hex + "\\par\n"
                + "{\\pard{\\listtext\\pard\\plain \\u65288\\'a3\\'a8\\u19968\\'d2\\'bb\\u65289\\'a3\\'a9\\tab}"
                + "\\uc2 \\u24314\\'bd\\'a8\\u35774\\'c9\\'e8{\\v \\u38544\\'d2\\'fe}{\\deleted \\u21024\\'c9\\'be}"
                + "\\u24179\\'c6\\'bd\\u21488\\'cc\\'a8{\\field{\\*\\fldinst PAGE}{\\fldrslt 7}}\\par}\n"
                + "\\trowd\\cellx2000\\cellx6000\\pard\\intbl \\u24207\\'d0\\'f2\\cell\\pard\\intbl "
                + "\\u20219\\'c8\\'ce\\u21153\\'ce\\'f1\\cell\\row\n"
                + "\\trowd\\cellx2000\\cellx4000\\cellx6000\\pard\\intbl 1\\cell\\pard\\intbl A\\par B\\cell"
                + "\\pard\\intbl C\\cell\\row\n\\pard after\\par}";
        String text = DocumentReader.decode("plan.rtf", rtf.getBytes(StandardCharsets.US_ASCII)).text();

        assertThat(text).isEqualTo("一、总体要求\n（一）建设平台7\n序\t任务\t\n1\tA B\tC\nafter\n");
    }

    private static String read(String copy) {
        return DocumentReader.read(FORMATS.resolve(copy)).text();
    }

    private static List<String> lines(String text) {
        return text.replace("\f", "").lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** A division table as a bureau sends it: a titled sheet, a merged title and category row, a hidden sheet. */
    private static byte[] workbook(Supplier<Workbook> kind) throws IOException {
        try (Workbook book = kind.get(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet tasks = book.createSheet("附件1 重点任务分工表");
            row(tasks, 0, "澄州市2026年科技创新重点任务分工表");
            tasks.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            row(tasks, 1, "序号", "重点任务", "牵头单位", "配合单位", "完成时限");
            row(tasks, 2, "一、建设创新平台");
            tasks.addMergedRegion(new CellRangeAddress(2, 2, 0, 4));
            row(tasks, 3, "1", "建设澄州大学先进材料研究院", "市科技局", "市财政局\n澄州高新区管委会", "2026年12月");
            row(tasks, 4, "2", "组建中试基地", "", "市工信局", "2026年10月");
            tasks.addMergedRegion(new CellRangeAddress(3, 4, 2, 2));
            Row total = row(tasks, 5, "合计");
            total.createCell(4).setCellFormula("1+2");
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            tasks.getRow(3).getCell(3).setCellStyle(wrap);
            Sheet helper = book.createSheet("辅助");
            row(helper, 0, "下拉选项", "不应读出");
            book.setSheetHidden(1, true);
            Sheet goals = book.createSheet("主要指标");
            row(goals, 0, "指标名称", "单位", "2025年", "2027年");
            Row goal = row(goals, 1, "研发经费投入强度", "%");
            goal.createCell(2).setCellValue(2.6);
            goal.createCell(3).setCellValue(3.1);
            Sheet empty = book.createSheet("Sheet4");
            row(empty, 0);
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
        return row;
    }

    private static byte[] compound(String stream) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}

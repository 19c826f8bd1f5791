package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.model.ExtractedGraph;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A corpus document written as a real Word file, its annex a Word table, reads as its text file does. */
class DocxDocumentTest {
    private static final Path CORPUS = Path.of("..", "corpus");
    private static final String DOCUMENT = "10-action-plan-division-table";

    @Test
    void aWordFileWithItsAnnexAsATableGivesTheTasksNotesAndAnnexRowsOfTheTextFile() throws IOException {
        Path txt = CORPUS.resolve(DOCUMENT + ".txt");
        byte[] docx = DocumentFiles.word(Files.readString(txt));

        SourceText fromWord = DocumentReader.decode(DOCUMENT + ".docx", docx);
        SourceText fromText = DocumentReader.read(txt);

        assertThat(fromWord.charset()).isEqualTo("docx");
        assertThat(fromWord.sha256()).isEqualTo(Decoder.sha256(docx));
        // merged cells continue empty; the section row spans the table, its other columns empty
        assertThat(fromWord.text()).contains("2\t引导企业加大研发投入\t落实研发费用加计扣除政策，建立研发投入后补助制度\t\t")
                .contains("\n二、建设高能级创新平台\t\t\t\t\t\n")
                .contains("5\t高标准建设澜江大学（东区）先进材料研究院\t")
                .doesNotContain("— 6 —").contains("\f");
        StructureSummary word = StructureSummary.of(fromWord);
        StructureSummary text = StructureSummary.of(fromText);
        assertThat(word.annex()).hasSize(16).isEqualTo(text.annex());
        assertThat(word.tasks()).isNotEmpty().isEqualTo(text.tasks());
        assertThat(word.notes()).isNotEmpty().isEqualTo(text.notes());

        ExtractedGraph graphFromWord = Extractor.extract(fromWord);
        ExtractedGraph graphFromText = Extractor.extract(fromText);
        // the text file wraps 先进 / 材料研究院 over two lines of its cell, and the research its work cell names; in Word
        // the cell holds the name and the sentence whole
        assertThat(only(relationships(graphFromWord), relationships(graphFromText))).containsExactlyInAnyOrder(
                "MENTIONS lzf-2023-7:annex:0:5 -> platform:澜江大学（东区）先进材料研究院",
                "MENTIONS lzf-2023-7:annex:0:5 -> industry:先进钢铁材料",
                "MENTIONS lzf-2023-7:annex:0:5 -> industry:稀土功能材料");
        assertThat(only(relationships(graphFromText), relationships(graphFromWord)))
                .containsExactly("MENTIONS lzf-2023-7 -> platform:材料研究院");
        assertThat(graphFromWord.nodes().get(0).properties().get("text")).isEqualTo(fromWord.text());
    }

    @Test
    void automaticListNumbersAreWrittenAsTheReaderSeesThem() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            BigInteger list = document.createNumbering().addNum(document.getNumbering().addAbstractNum(
                    new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(chineseList())));
            for (String title : List.of("强化企业创新主体地位", "建设高能级创新平台")) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setNumID(list);
                paragraph.setNumILvl(BigInteger.ZERO);
                paragraph.createRun().setText(title);
            }
            String text = DocumentReader.decode("list.docx", DocumentFiles.bytes(document)).text();
            assertThat(text).isEqualTo("一、强化企业创新主体地位\n二、建设高能级创新平台\n");
        }
    }

    @Test
    void bulletedItemsAreMarkedAndAnEmptyFormFieldsPromptIsNoText() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            // a symbol font's private-use glyph, as Word's own bullet styles use
            BigInteger list = document.createNumbering().addNum(document.getNumbering().addAbstractNum(
                    new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(list(BigInteger.TEN,
                            org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.BULLET, "\uF0B7"))));
            XWPFParagraph item = document.createParagraph();
            item.setNumID(list);
            item.setNumILvl(BigInteger.ZERO);
            item.createRun().setText("建设中试平台。依托企业建设中试基地。");
            XWPFParagraph note = document.createParagraph();
            note.createRun().setText("牵头单位：市科技局　　配合单位：");
            formField(note, "单击或点击此处输入文字。", true);
            note.createRun().setText("　　完成时限：");
            formField(note, "2026年12月", false);
            String text = DocumentReader.decode("form.docx", DocumentFiles.bytes(document)).text();
            assertThat(text).isEqualTo("●建设中试平台。依托企业建设中试基地。\n牵头单位：市科技局　　配合单位：　　完成时限：2026年12月\n");
        }
    }

    @Test
    void theFieldsOfAFormInsideARepeatingSectionAreRead() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("二、包联项目及责任分工");
            // a repeating section (a block control) whose item is a block control of paragraphs with inline fields
            var section = document.getDocument().getBody().addNewSdt();
            var item = section.addNewSdtContent().addNewSdt().addNewSdtContent();
            item.addNewP().addNewR().addNewT().setStringValue("项目一：建设中试线");
            var fields = item.addNewP();
            fields.addNewR().addNewT().setStringValue("牵头单位：");
            var lead = fields.addNewSdt();
            lead.addNewSdtPr();
            lead.addNewSdtContent().addNewR().addNewT().setStringValue("市科技局");
            fields.addNewR().addNewT().setStringValue("　　配合单位：");
            var co = fields.addNewSdt();
            co.addNewSdtPr().addNewShowingPlcHdr();
            co.addNewSdtContent().addNewR().addNewT().setStringValue("单击或点击此处输入文字。");
            document.createParagraph().createRun().setText("三、保障措施");
            String text = DocumentReader.decode("form.docx", DocumentFiles.bytes(document)).text();
            assertThat(text).isEqualTo("二、包联项目及责任分工\n项目一：建设中试线\n牵头单位：市科技局　　配合单位：\n三、保障措施\n");
        }
    }

    /** An inline content control holding {@code value}; {@code prompt}: it shows Word's placeholder, nobody filled it. */
    private static void formField(XWPFParagraph paragraph, String value, boolean prompt) {
        var control = paragraph.getCTP().addNewSdt();
        var properties = control.addNewSdtPr();
        if (prompt) {
            properties.addNewShowingPlcHdr();
        }
        var run = control.addNewSdtContent().addNewR();
        run.addNewT().setStringValue(value);
    }

    @Test
    void aNumberColumnWordNumbersItselfKeepsItsNumbers() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            BigInteger list = document.createNumbering().addNum(document.getNumbering().addAbstractNum(
                    new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(decimalList())));
            XWPFTable table = document.createTable(3, 2);
            table.getRow(0).getCell(0).setText("序号");
            table.getRow(0).getCell(1).setText("重点任务");
            for (int r = 1; r <= 2; r++) {
                XWPFParagraph number = table.getRow(r).getCell(0).getParagraphs().get(0);
                number.setNumID(list);
                number.setNumILvl(BigInteger.ZERO);
                table.getRow(r).getCell(1).setText(r == 1 ? "培育产教融合型企业" : "建设公共技术服务平台");
            }
            String text = DocumentReader.decode("table.docx", DocumentFiles.bytes(document)).text();
            assertThat(text).isEqualTo("序号\t重点任务\n1.\t培育产教融合型企业\n2.\t建设公共技术服务平台\n");
        }
    }

    @Test
    void aTableOfOneColumnIsAFrameWhoseParagraphsAreTheDocumentsOwn() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable table = document.createTable(2, 1);
            table.getRow(0).getCell(0).setText("重点任务1：建设产业技术研究院");
            table.getRow(0).getCell(0).addParagraph().createRun().setText("联合大学共建研究院。");
            table.getRow(0).getCell(0).addParagraph().createRun().setText("牵头单位：县科技局");
            table.getRow(1).getCell(0).setText("重点任务2：打造孵化器集群");
            String text = DocumentReader.decode("frame.docx", DocumentFiles.bytes(document)).text();
            assertThat(text).isEqualTo("重点任务1：建设产业技术研究院\n联合大学共建研究院。\n牵头单位：县科技局\n"
                    + "重点任务2：打造孵化器集群\n");
        }
    }

    @Test
    void numberingSetInAParagraphsStyleIsWrittenAsTheReaderSeesIt() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            BigInteger list = document.createNumbering().addNum(document.getNumbering().addAbstractNum(
                    new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(chineseList())));
            var styles = document.createStyles();
            var ctStyle = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            ctStyle.setStyleId("Heading1");
            ctStyle.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
            ctStyle.addNewName().setVal("heading 1");
            var numPr = ctStyle.addNewPPr().addNewNumPr();
            numPr.addNewNumId().setVal(list);
            numPr.addNewIlvl().setVal(BigInteger.ZERO);
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(ctStyle, styles));
            for (String title : List.of("壮大新能源储能产业集群", "提升新材料产业创新能级")) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setStyle("Heading1");
                paragraph.createRun().setText(title);
            }
            String text = DocumentReader.decode("styled.docx", DocumentFiles.bytes(document)).text();
            assertThat(text).isEqualTo("一、壮大新能源储能产业集群\n二、提升新材料产业创新能级\n");
        }
    }

    @Test
    void aTabToARightStopWithDotsIsTheLeaderThePageShowsAndHiddenTextIsNone() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph hint = document.createParagraph();
            XWPFRun instruction = hint.createRun();
            instruction.setText("（模板说明：牵头单位原则上只填一个）");
            instruction.setVanish(true);
            String[][] items = {{"1.建设科创走廊核心区", "区发展和改革局", "协同：区科技局、区财政局"},
                {"2.组建校企创新联合体", "区工业和信息化局", null}};
            for (String[] item : items) {
                XWPFParagraph heading = document.createParagraph();
                org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop stop =
                        heading.getCTP().addNewPPr().addNewTabs().addNewTab();
                stop.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
                stop.setLeader(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc.DOT);
                stop.setPos(BigInteger.valueOf(8844));
                heading.createRun().setText(item[0]);
                heading.createRun().addTab();
                XWPFRun replaced = heading.createRun();
                replaced.setText("区科技局");
                replaced.setVanish(true);
                heading.createRun().setText(item[1]);
                document.createParagraph().createRun().setText("支持企业联合高校开展攻关。");
                if (item[2] != null) {
                    document.createParagraph().createRun().setText(item[2]);
                }
            }
            SourceText source = DocumentReader.decode("list.docx", DocumentFiles.bytes(document));

            assertThat(source.text()).contains("1.建设科创走廊核心区……区发展和改革局").doesNotContain("模板说明")
                    .doesNotContain("区科技局区发展和改革局");
            StructureSummary s = StructureSummary.of(source);
            assertThat(s.tasks()).containsExactly("1 建设科创走廊核心区", "2 组建校企创新联合体");
            // the unit at the margin leads; those labelled below assist
            assertThat(s.notes()).anyMatch(n -> n.startsWith("1: ") && n.contains("区发展和改革局/lead")
                    && n.contains("区科技局/co"));
            assertThat(s.notes()).anyMatch(n -> n.startsWith("2: ") && n.contains("区工业和信息化局/lead"));
        }
    }

    @Test
    void textBoxesAnchoredInAParagraphFollowItOnceAndTheirListsAreNoTasks() throws IOException {
        // corpus document 341: 专栏 boxes drawn as text boxes, each with an older copy for readers without drawings
        Path file = CORPUS.resolve("341-city-plan-docx-column-text-boxes-notes-inside.docx");
        SourceText source = DocumentReader.decode(file.getFileName().toString(), Files.readAllBytes(file));

        assertThat(source.text().split("专栏1", -1)).hasSize(2);
        assertThat(source.text()).containsSubsequence("（一）建设高能级产业技术研究院", "专栏1", "1.栖梧大学先进制造研究院",
                "牵头单位：市科技局", "（二）推进校企共建创新联合体");
        StructureSummary s = StructureSummary.of(source);
        // the boxes' 1. 2. 3. stay inside the task they illustrate; the box's last line is its note
        assertThat(s.tasks()).hasSize(8);
        assertThat(s.notes()).anyMatch(n -> n.startsWith("1: ") && n.contains("科技局/lead") && n.contains("财政局/co"));
    }

    @Test
    void textMovedWithChangesTrackedIsReadWhereItWasMovedToOnly() throws IOException {
        // corpus document 361: a draft saved with tracked changes; one chain moved up (w:moveTo), its old place kept
        // as w:moveFrom runs
        Path file = CORPUS.resolve("361-city-chain-chief-draft-docx-tracked-changes-moved-chain.docx");
        SourceText source = DocumentReader.decode(file.getFileName().toString(), Files.readAllBytes(file));

        assertThat(source.text().split("数字经济产业链", -1)).hasSize(2);
        assertThat(StructureSummary.of(source).tasks()).hasSize(8);
    }

    @Test
    void boldUnitsOfATableLeadWhereTheDocumentSaysSo() throws IOException {
        // corpus document 371: 注：责任单位栏中字体加粗的为牵头单位 under a table whose unit cells set leads in bold, one
        // bold lead second in its cell, two bold leads in one cell
        Path file = CORPUS.resolve("371-district-plan-docx-annex-table-bold-lead-units-legend.docx");
        SourceText source = DocumentReader.decode(file.getFileName().toString(), Files.readAllBytes(file));
        assertThat(source.text()).contains("区经济和信息化局、区科技局（牵头）、区税务局",
                "区科技局（牵头）、区经济和信息化局（牵头）、");
        // the header row's bold is a header's, not a lead's
        assertThat(source.text()).doesNotContain("序号（牵头）").doesNotContain("责任单位（牵头）");
    }

    @Test
    void boldUnitsOfABodyNoteLineLeadWhereTheDocumentSaysSo() throws IOException {
        // corpus document 411: each task's 责任单位：A、B、C line sets its leads in bold (first, middle or last; two in
        // one line), the rule said once after the tasks; the label's own bold is no lead
        Path file = CORPUS.resolve("411-county-plan-docx-bold-marks-lead.docx");
        SourceText source = DocumentReader.decode(file.getFileName().toString(), Files.readAllBytes(file));
        assertThat(source.text()).contains("责任单位：县科技局（牵头）、县财政局、溪桐高新区管委会",
                "责任单位：县农业农村局、县林业局（牵头）、湖坪镇人民政府").doesNotContain("责任单位：（牵头）");
    }

    @Test
    void aBoldHeadingRunIntoItsTextEndsWhereItsTypeDoes() throws IOException {
        // corpus document 381: （一）高校院所成果入园攻坚⟨bold⟩支持… with no mark between, under 二、攻坚任务
        Path file = CORPUS.resolve("381-city-three-bureaus-plan-docx-bold-unpunctuated-runin-heads-year-target-annex.docx");
        SourceText source = DocumentReader.decode(file.getFileName().toString(), Files.readAllBytes(file));
        assertThat(source.text()).contains("（一）高校院所成果入园攻坚。支持枞州大学");
        StructureSummary s = StructureSummary.of(source);
        assertThat(s.tasks()).hasSize(9).contains("1 高校院所成果入园攻坚");
        // a bold heading set off by a tab before its unit (a leader line) gets no full stop
        Path leader = CORPUS.resolve("281-heldout-au.docx");
        assertThat(DocumentReader.decode("281.docx", Files.readAllBytes(leader)).text()).doesNotContain("核心区。");
    }

    @Test
    void aBrokenWordFileIsRefusedWithItsNameAndReason() {
        byte[] notAZip = "PK\u0003\u0004 not really".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> DocumentReader.decode("plan.docx", notAZip))
                .isInstanceOf(BadDocumentException.class).hasMessageStartingWith("plan.docx: ")
                .hasMessageContaining("Word");
        assertThatThrownBy(() -> DocumentReader.decode("plan.docx", "任务".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BadDocumentException.class)
                .hasMessage("plan.docx: not a Word (.docx) document: the file is not a zip package");
    }

    private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum chineseList() {
        return list(BigInteger.ONE, org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.CHINESE_COUNTING, "%1、");
    }

    private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum decimalList() {
        return list(BigInteger.TWO, org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.DECIMAL, "%1.");
    }

    /** A one-level list definition: its id, how it counts and how it writes the number. */
    private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum list(BigInteger id,
            org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.Enum format, String text) {
        var abstractNum = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(id);
        var level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        return abstractNum;
    }

    private static List<String> only(List<String> these, List<String> others) {
        return these.stream().filter(r -> !others.contains(r)).toList();
    }

    private static List<String> relationships(ExtractedGraph graph) {
        return graph.relationships().stream().map(r -> r.type() + " " + r.from() + " -> " + r.to()).sorted().toList();
    }
}

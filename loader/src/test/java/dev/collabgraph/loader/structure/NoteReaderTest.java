package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.MappedText;
import dev.collabgraph.loader.text.Span;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NoteReaderTest {
    private static Optional<ResponsibilityNote> note(String paragraphs) {
        MappedText text = Docs.clean(paragraphs);
        return NoteReader.read(text.text(), new Span(0, text.length()), 1, "徐州市");
    }

    @Test
    void aClauseAfterTheListNamesItsLeadsAndTheOthersAssist() {
        ResponsibilityNote one = note("加快建设。（责任单位：市科技局、某市大学、市财政局，其中市科技局牵头）").orElseThrow();
        assertThat(one.units()).extracting(UnitRef::name, UnitRef::role).containsExactly(
                tuple("科技局", "lead"), tuple("某市大学", "co"), tuple("财政局", "co"));
        ResponsibilityNote two = note("加快建设。（责任单位：市工信局、市科技局、某市大学，其中市工信局、市科技局牵头）").orElseThrow();
        assertThat(two.units()).extracting(UnitRef::name, UnitRef::role).containsExactly(
                tuple("工信局", "lead"), tuple("科技局", "lead"), tuple("某市大学", "co"));
        // a lead the list left out leads too
        ResponsibilityNote named = note("加快建设。（责任单位：市财政局、市税务局，市发展改革委为牵头单位）").orElseThrow();
        assertThat(named.units()).extracting(UnitRef::name, UnitRef::role).containsExactly(
                tuple("财政局", "co"), tuple("税务局", "co"), tuple("发展改革委", "lead"));
    }

    @Test
    void unitsCarryingTheWorkOutAfterTheLeadAssistAndALeadMayBeWrittenQianTouFuZe() {
        ResponsibilityNote carried = note("支持企业发展。（市科技局牵头，各县（市、区）政府落实）").orElseThrow();
        assertThat(carried.units()).extracting(UnitRef::name, UnitRef::role).containsExactly(
                tuple("科技局", "lead"), tuple("各县（市、区）政府", "co"));
        ResponsibilityNote shared = note("完善服务体系。（市政务服务管理办公室负责，各有关部门按职责分工落实）").orElseThrow();
        assertThat(shared.units()).extracting(UnitRef::name, UnitRef::role).containsExactly(
                tuple("政务服务管理办公室", "lead"), tuple("各有关部门", "co"));
        ResponsibilityNote both = note("落实政策。（市委人才办牵头负责）").orElseThrow();
        assertThat(both.units()).extracting(UnitRef::name, UnitRef::role).containsExactly(tuple("市委人才办", "lead"));
    }

    @Test
    void aLegendClosingTheNoteMakesTheFirstListedUnitTheLead() {
        ResponsibilityNote note = note("落实政策。（市委人才办、市人社局负责，排在第一位的为牵头单位）").orElseThrow();
        assertThat(note.units()).extracting(UnitRef::name, UnitRef::role).containsExactly(
                tuple("市委人才办", "lead"), tuple("人社局", "co"));
    }

    @Test
    void aBracketGivingTheWorkWithYouNamesItsUnitWithoutTheWord() {
        ResponsibilityNote note = note("设立科技成果转化基金。（由区财政金融局负责）").orElseThrow();
        assertThat(note.units()).extracting(UnitRef::name).containsExactly("区财政金融局");
    }

    @Test
    void readsHalfWidthBracketsAndMixedSeparators() {
        ResponsibilityNote note = note("加快建设。(责任单位:市科技局,财政局;发改委 经信委)").orElseThrow();
        assertThat(note.units()).extracting(UnitRef::name).containsExactly("科技局", "财政局", "发改委", "经信委");
    }

    @Test
    void keepsANestedBracketInsideOneUnit() {
        ResponsibilityNote note = note("加快建设。（责任单位：市科技局、各县（市、区）政府、徐州高新区）").orElseThrow();
        assertThat(note.units()).extracting(UnitRef::name).containsExactly("科技局", "各县（市、区）政府", "徐州高新区");
    }

    @Test
    void readsLeadAndCoUnitsInOneBracket() {
        ResponsibilityNote note = note("加快建设。（牵头单位：市科技局；配合单位：市发改委、市工信局）").orElseThrow();
        assertThat(note.units()).extracting(UnitRef::name, UnitRef::role).containsExactly(
                tuple("科技局", "lead"), tuple("发改委", "co"), tuple("工信局", "co"));
    }

    @Test
    void readsRolesSetOffByABlankInsteadOfAColon() {
        ResponsibilityNote note = note("加快建设。\n责任单位：牵头\u3000区科技局；配合\u3000区发改局、区财政局").orElseThrow();
        assertThat(note.units()).extracting(UnitRef::name, UnitRef::role).containsExactly(
                tuple("区科技局", "lead"), tuple("区发改局", "co"), tuple("区财政局", "co"));
    }

    @Test
    void readsLeadAndCoUnitsOnLinesOfTheirOwn() {
        ResponsibilityNote note = note("加快建设。\n牵头单位：市科技局\n配合单位：市财政局、泉山区").orElseThrow();
        assertThat(note.units()).extracting(UnitRef::name, UnitRef::role).containsExactly(
                tuple("科技局", "lead"), tuple("财政局", "co"), tuple("泉山区", "co"));
    }

    @Test
    void endsAnUnbracketedNoteLineBeforeAClosingParagraph() {
        MappedText text = Docs.clean("加快建设。\n责任部门：县科协（牵头），县科技局、城关镇人民政府、溪口街道办事处\n"
                + "各单位要对照工作要点，细化工作措施，于每季度末向县科技局报送工作进展情况。");
        ResponsibilityNote note = NoteReader.read(text.text(), new Span(0, text.length()), 1, "").orElseThrow();
        assertThat(note.units()).extracting(UnitRef::name, UnitRef::role).containsExactly(
                tuple("县科协", "lead"), tuple("县科技局", "co"), tuple("城关镇人民政府", "co"), tuple("溪口街道办事处", "co"));
    }

    @Test
    void readsALeadMarkAfterAUnit() {
        ResponsibilityNote note = note("加快建设。（责任单位：市科技局（牵头）、市财政局）").orElseThrow();
        assertThat(note.units()).extracting(UnitRef::name, UnitRef::surface, UnitRef::role).containsExactly(
                tuple("科技局", "市科技局", "lead"), tuple("财政局", "市财政局", "co"));
    }

    @Test
    void leavesRolesOpenWhenTheDocumentDoesNotSayThem() {
        ResponsibilityNote note = note("加快建设。（责任单位：徐州市科技局、财政局）").orElseThrow();
        assertThat(note.units()).extracting(UnitRef::name, UnitRef::role)
                .containsExactly(tuple("科技局", null), tuple("财政局", null));
    }

    @Test
    void spansTheWholeBracketAndEachUnit() {
        MappedText text = Docs.clean("加快建设。（责任单位：市科技局、财政局）");
        ResponsibilityNote note = NoteReader.read(text.text(), new Span(0, text.length()), 1, "").orElseThrow();
        assertThat(text.substring(note.span().start(), note.span().end())).isEqualTo("（责任单位：市科技局、财政局）");
        Span first = note.units().get(0).span();
        assertThat(text.substring(first.start(), first.end())).isEqualTo("市科技局");
    }

    @Test
    void findsNoNoteInPlainText() {
        assertThat(note("明确牵头单位和配合单位的职责。")).isEmpty();
    }

    @Test
    void readsAnUnlabelledNoteWithLeadCoAndASemicolonList() {
        ResponsibilityNote note = note("加快建设。（市科技局牵头，市财政局、市人社局等配合；各县（市、区）人民政府）").orElseThrow();
        assertThat(note.units()).extracting(UnitRef::name, UnitRef::role).containsExactly(tuple("科技局", "lead"),
                tuple("财政局", "co"), tuple("人社局", "co"), tuple("各县（市、区）人民政府", "co"));
    }

    @Test
    void readsAClosingSentenceThatNamesWhoWorksWithWhom() {
        assertThat(note("加快建设。由市科技局会同市财政局、市编办负责。").orElseThrow().units())
                .extracting(UnitRef::name, UnitRef::role)
                .containsExactly(tuple("科技局", "lead"), tuple("财政局", "co"), tuple("编办", "co"));
        assertThat(note("加快建设。由市科技局牵头，区人民政府配合。").orElseThrow().units())
                .extracting(UnitRef::name, UnitRef::role).containsExactly(tuple("科技局", "lead"), tuple("区人民政府", "co"));
    }

    @Test
    void takesNoNoteFromSentencesThatOnlySoundLikeOne() {
        assertThat(note("由某大学牵头，联合企业和院所组建联盟。支持某集团（以下简称集团）发展。")).isEmpty();
    }

    @Test
    void readsLeadMarksInSquareBracketsAndMakesTheOthersAssist() {
        ResponsibilityNote note = note("加快建设。（责任单位：市科技局〔牵头〕、市财政局）").orElseThrow();
        assertThat(note.units()).extracting(UnitRef::name, UnitRef::role)
                .containsExactly(tuple("科技局", "lead"), tuple("财政局", "co"));
    }

    @Test
    void followsABracketedNoteAndAUnitNameOverLineBreaks() {
        ResponsibilityNote note = note("加快建设科技金融服务体系。（牵头单位：\n县财政局；协办单位：县科技局、县财\n政局）").orElseThrow();
        assertThat(note.units()).extracting(UnitRef::name, UnitRef::role)
                .containsExactly(tuple("县财政局", "lead"), tuple("县科技局", "co"), tuple("县财政局", "co"));
    }

    @Test
    void followsAPlainNoteSentenceWrappedOntoAShortNextLineButNotIntoTheNextParagraph() {
        assertThat(note("加快建设。牵头单位：县科技局；协办单位：县财政局、县经\n信局。").orElseThrow().units())
                .extracting(UnitRef::name).containsExactly("县科技局", "县财政局", "县经信局");
        // a short sentence of its own after a note ending on a whole name is no rest of it
        String below = "加快建设。责任单位：市科技局，协同：市发展改革委、市能源局\n下表为年度共建平台一览。";
        assertThat(NoteReader.read(below, new Span(0, below.length()), 1, "").orElseThrow().units())
                .extracting(UnitRef::name).containsExactly("科技局", "发展改革委", "能源局");
        String uncleaned = "加快建设。责任单位：县科技局\n各地要抓好落实，确保各项任务按期完成。";
        assertThat(NoteReader.read(uncleaned, new Span(0, uncleaned.length()), 1, "").orElseThrow().units())
                .extracting(UnitRef::name).containsExactly("县科技局");
    }

    @Test
    void readsResponsibilityAndDepartmentLabelsWithTheirRoles() {
        assertThat(note("加快建设。责任主体：市科技局、各区人民政府。").orElseThrow().units())
                .extracting(UnitRef::name, UnitRef::role).containsExactly(tuple("科技局", null), tuple("各区人民政府", null));
        assertThat(note("加快建设。牵头部门：市发改委；配合部门：市科技局。").orElseThrow().units())
                .extracting(UnitRef::name, UnitRef::role).containsExactly(tuple("发改委", "lead"), tuple("科技局", "co"));
        assertThat(note("加快建设。牵头单位：市科技局；参与单位：市财政局。").orElseThrow().units())
                .extracting(UnitRef::name, UnitRef::role).containsExactly(tuple("科技局", "lead"), tuple("财政局", "co"));
    }

    @Test
    void unitsThatShareTheWorkLeadNobodyAloneAndAssistAfterALead() {
        assertThat(note("加快建设。（县财政局、县科技局按职责分工负责）").orElseThrow().units())
                .extracting(UnitRef::name, UnitRef::role).containsExactly(tuple("县财政局", null), tuple("县科技局", null));
        assertThat(note("加快建设。（县政府办公室牵头，县直各有关部门及各乡镇人民政府按职责分工负责）").orElseThrow().units())
                .extracting(UnitRef::name, UnitRef::role).containsExactly(tuple("县政府办公室", "lead"),
                        tuple("县直各有关部门", "co"), tuple("各乡镇人民政府", "co"));
    }

    @Test
    void aBracketOfOrgansAfterASentenceIsANoteWithoutRoles() {
        assertThat(note("加快建设。（各乡镇、各有关部门）").orElseThrow().units())
                .extracting(UnitRef::name, UnitRef::role).containsExactly(tuple("各乡镇", null), tuple("各有关部门", null));
        assertThat(note("加快建设。（县政府督查室、县科技局）").orElseThrow().units())
                .extracting(UnitRef::name).containsExactly("县政府督查室", "县科技局");
    }

    @Test
    void aBracketOfOtherWordsOrInsideASentenceIsNoNote() {
        assertThat(note("建设研发中心（含工程技术研究中心、重点实验室）等平台。")).isEmpty();
        assertThat(note("加快建设。（2025—2027年）")).isEmpty();
        assertThat(note("加快建设。（以下简称高新区）")).isEmpty();
    }

    @Test
    void aLevelGivenOnceBelongsToTheBareDepartmentsOfTheNote() {
        assertThat(note("加快建设。（县科技局牵头，工信局、税务局、科协配合）").orElseThrow().units())
                .extracting(UnitRef::name).containsExactly("县科技局", "县工信局", "县税务局", "县科协");
        assertThat(note("加快建设。责任主体：区工信局、财政局、市场监管局").orElseThrow().units())
                .extracting(UnitRef::name).containsExactly("区工信局", "区财政局", "区市场监管局");
        assertThat(note("加快建设。（区科技局牵头，人民银行某某支行、各街道、区委人才办配合）").orElseThrow().units())
                .extracting(UnitRef::name).containsExactly("区科技局", "人民银行某某支行", "各街道", "区委人才办");
    }

    @Test
    void aCollectiveOfStreetsAssistsAfterALead() {
        assertThat(note("加快建设。（区市场监管局牵头，各街道配合）").orElseThrow().units())
                .extracting(UnitRef::name, UnitRef::role).containsExactly(tuple("区市场监管局", "lead"), tuple("各街道", "co"));
    }

    @Test
    void followsAnUnlabelledNoteOnALineOfItsOwnOverAPageNumberInsideAName() {
        assertThat(note("加快建设。\n（县科技局牵头，县财\n-7-\n政局、县人社局配合）").orElseThrow().units())
                .extracting(UnitRef::name, UnitRef::role)
                .containsExactly(tuple("县科技局", "lead"), tuple("县财政局", "co"), tuple("县人社局", "co"));
    }

    @Test
    void mainAndOtherResponsibleUnitsLeadAndAssistAndTheNextParagraphIsNoUnit() {
        MappedText text = Docs.clean("加快建设科创园。\n主要责任单位：县科技局  其他责任单位：县住建局、县城投公司\n"
                + "推进科技金融融合。\n主要责任单位：县财政局；其他责任单位：县科技局、中国人民银行某某县支行\n"
                + "上述任务之外的其他工作，由各部门按照“三定”职责抓好落实。");
        ResponsibilityNote first = NoteReader.read(text.text(), new Span(0, text.text().indexOf("推进")), 1, "").orElseThrow();
        assertThat(first.units()).extracting(UnitRef::name, UnitRef::role).containsExactly(
                tuple("县科技局", "lead"), tuple("县住建局", "co"), tuple("县城投公司", "co"));
        int second = text.text().indexOf("推进");
        ResponsibilityNote last = NoteReader.read(text.text(), new Span(second, text.length()), 2, "").orElseThrow();
        assertThat(last.units()).extracting(UnitRef::name, UnitRef::role).containsExactly(
                tuple("县财政局", "lead"), tuple("县科技局", "co"), tuple("中国人民银行某某县支行", "co"));
    }

    @Test
    void oneFieldForBothRolesLeadsBeforeItsSlashAndAssistsAfterIt() {
        DocumentStructure s = Docs.parse("一、推进安排\n第1项　召开对接大会。组织高校与企业对接。\n牵头/配合：区科技局/区工信局、某某经开区管委会\n"
                + "第2项　启动特派员行动。选派专家入企。　牵头/配合：区科技局/—\n第3项　出台奖补细则。明确标准。\n责任单位：区科技局、区财政局");
        assertThat(s.tasks()).hasSize(3);
        assertThat(Docs.roles(s, 1)).containsExactly("区科技局:lead", "区工信局:co", "某某经开区管委会:co");
        assertThat(Docs.roles(s, 2)).containsExactly("区科技局:lead");
        assertThat(Docs.roles(s, 3)).containsExactly("区科技局:null", "区财政局:null");
    }

    @Test
    void theDeskThatManagesAnItemIsItsResponsibleUnit() {
        assertThat(note("支持企业开展攻关。\n归口管理科室：成果转化与区域合作科（牵头）、高新技术科").orElseThrow().units())
                .extracting(UnitRef::name, UnitRef::role)
                .containsExactly(tuple("成果转化与区域合作科", "lead"), tuple("高新技术科", "co"));
    }

    @Test
    void aDeadlineAfterTheUnitsIsNoUnitAndAStatedRuleInsideALabelledListGivesTheLead() {
        assertThat(note("组建共同体。（市工业和信息化局牵头，市教育局、市人力资源社会保障局参与；2027年6月底前完成）").orElseThrow().units())
                .extracting(UnitRef::name, UnitRef::role).containsExactly(
                        tuple("工业和信息化局", "lead"), tuple("教育局", "co"), tuple("人力资源社会保障局", "co"));
        assertThat(note("加大投入。（市财政局牵头，市教育局、市直有关部门参与；持续推进）").orElseThrow().units())
                .extracting(UnitRef::name, UnitRef::role).containsExactly(
                        tuple("财政局", "lead"), tuple("教育局", "co"), tuple("市直有关部门", "co"));
        assertThat(note("组建研究院。由县科技局牵头，县发改局、县财政局配合，6月底前完成注册。").orElseThrow().units())
                .extracting(UnitRef::name, UnitRef::role).containsExactly(
                        tuple("县科技局", "lead"), tuple("县发改局", "co"), tuple("县财政局", "co"));
        assertThat(note("建设学院。（责任单位：市教育局、市人力资源社会保障局，排名第一的为牵头单位；完成时限：2028年底前）")
                .orElseThrow().units()).extracting(UnitRef::name, UnitRef::role).containsExactly(
                        tuple("教育局", "lead"), tuple("人力资源社会保障局", "co"));
    }

    @Test
    void aUnitsNameBrokenOverTwoLinesOfANoteListIsWholeAndTheListGoesOn() {
        assertThat(note("支持中试平台建设。\n牵头单位：某某高新区管委会；责任单位：某某高新区管委\n会、市科技局、市发展改革委、市应急管理局\n"
                + "第九条　奖励成果转化。").orElseThrow().units()).extracting(UnitRef::name, UnitRef::role).containsExactly(
                        tuple("某某高新区管委会", "lead"), tuple("某某高新区管委会", "co"), tuple("科技局", "co"),
                        tuple("发展改革委", "co"), tuple("应急管理局", "co"));
    }
}

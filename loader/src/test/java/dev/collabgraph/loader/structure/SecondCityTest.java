package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.TestDocuments;
import dev.collabgraph.loader.text.MappedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SecondCityTest {
    private static MappedText text;
    private static DocumentStructure doc;

    @BeforeAll
    static void parse() {
        text = TestDocuments.resource("second-city.txt");
        doc = StructureParser.parse(text);
    }

    @Test
    void readsAHeaderWithFullWidthDigitsATitleOverTwoLinesAndTheSignatureDate() {
        assertThat(doc.header().issuer()).isEqualTo("常州市人民政府");
        assertThat(doc.header().city()).isEqualTo("常州市");
        assertThat(doc.header().number()).isEqualTo("常政发〔2021〕46号");
        assertThat(doc.header().title()).isEqualTo("关于加快推进产业科技创新打造长三角创新高地的实施意见");
        assertThat(doc.header().date()).isEqualTo("2021-06-28");
    }

    @Test
    void renumbersTasksWhoseNumberingRestartsInEachSectionAndLeavesTheUnnotedSafeguardsOut() {
        assertThat(doc.tasks()).extracting(TaskBlock::number, TaskBlock::label, TaskBlock::sectionKey).containsExactly(
                tuple(1, "二.1", "2"), tuple(2, "二.2", "2"), tuple(3, "二.3", "2"),
                tuple(4, "三.1", "3"), tuple(5, "三.2", "3"), tuple(6, "三.3", "3"),
                tuple(7, "四.1", "4"), tuple(8, "四.2", "4"));
        assertThat(Docs.task(doc, 4).title()).isEqualTo("提升科教城创新能级");
        assertThat(doc.warnings()).noneMatch(w -> w.startsWith("task number"));
    }

    @Test
    void keepsANumberedListInsideItsTask() {
        TaskBlock four = Docs.task(doc, 4);
        assertThat(text.substring(four.body().start(), four.body().end()))
                .contains("（1）建设产业技术研究院5家").endsWith("武进区政府）");
    }

    @Test
    void readsLeadAndCoRolesFromTheNotes() {
        assertThat(doc.notes().get(0).units()).extracting(UnitRef::name, UnitRef::role).containsExactly(
                tuple("科技局", "lead"), tuple("发改委", "co"), tuple("工信局", "co"), tuple("财政局", "co"),
                tuple("各辖市区政府", "co"));
        assertThat(doc.notes()).filteredOn(n -> n.taskNumber() == 3).flatExtracting(ResponsibilityNote::units)
                .extracting(UnitRef::name, UnitRef::role)
                .containsExactly(tuple("科技局", "lead"), tuple("财政局", "co"), tuple("税务局", "co"),
                        tuple("各辖市区政府", "co"));
        assertThat(doc.notes()).filteredOn(n -> n.taskNumber() == 7).flatExtracting(ResponsibilityNote::units)
                .extracting(UnitRef::name, UnitRef::role)
                .containsExactly(tuple("市委人才办", "lead"), tuple("人社局", "co"), tuple("科技局", "co"));
    }

    @Test
    void readsNotesOnTheirOwnParagraphAndAcrossAPage() {
        assertThat(Docs.unitNames(doc, 5)).containsExactly("常州高新区管委会", "武进国家高新区管委会", "溧阳市政府",
                "金坛区政府", "科技局", "商务局");
        assertThat(Docs.unitNames(doc, 6)).containsExactly("发改委", "工信局", "科技局", "各辖市区政府");
    }

    @Test
    void safeguardTasksWithoutNotesGiveNoWarning() {
        assertThat(doc.notes()).extracting(ResponsibilityNote::taskNumber).doesNotContain(9, 10);
        assertThat(doc.warnings()).noneMatch(w -> w.contains("no responsibility note"));
    }

    @Test
    void readsTheIndicatorTableWithOtherYears() {
        assertThat(doc.indicators()).extracting(IndicatorRow::name).containsExactly("全社会研发投入占地区生产总值比重",
                "高新技术企业数", "万人发明专利拥有量", "技术合同成交额");
        assertThat(doc.indicators().get(2).values()).containsOnlyKeys("2021", "2023", "2025");
        assertThat(doc.indicators().get(2).atLeastYears()).containsExactly("2025");
        assertThat(doc.indicators().get(3).unit()).isEqualTo("亿元");
    }

    @Test
    void readsASpaceLaidAnnexWithLeadAndCoColumnsAndLinksRowsByTitle() {
        assertThat(doc.annex()).extracting(AnnexRow::number, AnnexRow::taskNumber, AnnexRow::year).containsExactly(
                tuple(1, 1, 2021), tuple(2, 2, 2021), tuple(3, 4, 2021), tuple(4, 5, 2021), tuple(5, 6, 2021),
                tuple(6, 8, 2021));
        assertThat(doc.annex().get(0).units()).extracting(UnitRef::name, UnitRef::role, UnitRef::repairedFrom)
                .containsExactly(tuple("科技局", "lead", null), tuple("发改委", "co", null), tuple("工信局", "co", "局信工"),
                        tuple("各辖市区政府", "co", null));
        assertThat(doc.warnings()).anyMatch(w -> w.startsWith("annex row 5 '建设重大制造业创新中心' linked to task 6"));
    }

    @Test
    void repairsAReversedUnitInANote() {
        assertThat(Docs.unitNames(doc, 8)).containsExactly("教育局", "人社局", "常州经开区管委会", "工信局");
        assertThat(doc.warnings()).contains("task 8 note: unit '局信工' read as '工信局' (reversed)");
    }

    @Test
    void findsGoalsAndSkipsGrants() {
        assertThat(doc.targets()).extracting(TargetFact::taskNumber, TargetFact::sectionKey, TargetFact::metric,
                TargetFact::comparator, TargetFact::value, TargetFact::unit, TargetFact::year).contains(
                tuple(0, "1.2", "高新技术企业", ">", 5000.0, "家", 2025),
                tuple(0, "1.2", "万人发明专利拥有量", ">=", 60.0, "件", 2025),
                tuple(2, "2", "市级以上重大科技攻关项目", ">=", 100.0, "项", 2025),
                tuple(7, "4", "高技能人才总量", "=", 45.0, "万人", 2025));
        assertThat(doc.targets()).noneMatch(t -> "万元".equals(t.unit()) || "亿元".equals(t.unit()) && t.value() == 1.0);
    }
}

package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.TestDocuments;
import dev.collabgraph.loader.text.MappedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class StructureParserTest {
    private static MappedText text;
    private static DocumentStructure seed;

    @BeforeAll
    static void parseSeed() {
        text = TestDocuments.seed();
        seed = StructureParser.parse(text);
    }

    @Test
    void readsTheHeaderOfTheSeed() {
        DocumentHeader header = seed.header();
        assertThat(header.issuer()).isEqualTo("中共徐州市委 徐州市人民政府");
        assertThat(header.city()).isEqualTo("徐州市");
        assertThat(header.number()).isEqualTo("徐委发〔2018〕20号");
        assertThat(header.title()).isEqualTo("关于实施创新驱动发展战略深入推进区域性产业科技创新中心建设的工作意见");
        assertThat(header.date()).isEqualTo("2018-04-18");
        assertThat(text.substring(header.numberSpan().start(), header.numberSpan().end())).isEqualTo(header.number());
        assertThat(text.substring(header.titleSpan().start(), header.titleSpan().end())).isEqualTo(header.title());
    }

    @Test
    void findsFourSectionsAndTheSubsections() {
        assertThat(seed.sections()).filteredOn(s -> s.level() == 1).extracting(SectionBlock::key, SectionBlock::title)
                .containsExactly(tuple("1", "指导思想"), tuple("2", "总体思路和工作目标"), tuple("3", "重点任务"),
                        tuple("4", "保障措施"));
        assertThat(seed.sections()).filteredOn(s -> "3".equals(s.parentKey())).extracting(SectionBlock::title)
                .containsExactly("创新政府服务方式", "支持创新平台建设", "促进科技成果转化", "促进实体经济创新发展",
                        "加快产学研协同创新", "推进实施知识产权战略", "优化创新生态体系");
        assertThat(seed.sections()).filteredOn(s -> "2".equals(s.parentKey())).extracting(SectionBlock::key)
                .containsExactly("2.1", "2.2", "2.3");
    }

    @Test
    void findsTwentySixTasksInTheSeed() {
        assertThat(seed.tasks()).extracting(TaskBlock::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 26).boxed().toList());
        assertThat(Docs.task(seed, 1).title()).isEqualTo("深化“放管服”改革");
        assertThat(Docs.task(seed, 7).title()).isEqualTo("加强关键技术的突破研发");
        assertThat(Docs.task(seed, 26).title()).isEqualTo("强化督查考核");
        assertThat(Docs.task(seed, 7).label()).isEqualTo("7");
    }

    @Test
    void placesTasksInTheirSections() {
        assertThat(seed.tasks()).extracting(TaskBlock::number, TaskBlock::sectionKey).contains(
                tuple(1, "3.1"), tuple(3, "3.1"), tuple(4, "3.2"), tuple(7, "3.3"), tuple(13, "3.5"),
                tuple(22, "3.7"), tuple(23, "4"), tuple(26, "4"));
    }

    @Test
    void taskBodiesRunToTheNextHeadingAndStopBeforeTheAnnex() {
        TaskBlock seven = Docs.task(seed, 7);
        assertThat(text.substring(seven.body().start(), seven.body().end()))
                .startsWith("7、加强关键技术").endsWith("质监局）");
        TaskBlock last = Docs.task(seed, 26);
        assertThat(text.substring(last.body().start(), last.body().end())).endsWith("严肃问责。")
                .doesNotContain("附件");
    }

    @Test
    void readsTheUnitsOfEachNoteInOrder() {
        assertThat(Docs.unitNames(seed, 4)).containsExactly("泉山区", "铜山区", "贾汪区", "徐州高新区", "科技局",
                "规划局", "新盛公司", "新田公司");
        assertThat(Docs.unitNames(seed, 6)).containsExactly("科技局", "发改委", "经信委", "各县（市）区",
                "徐州经济技术开发区", "徐州高新区");
        assertThat(Docs.unitNames(seed, 1)).containsExactly("编办", "人社局", "工商局", "政务办", "建设局");
    }

    @Test
    void readsANoteOnItsOwnParagraph() {
        ResponsibilityNote note = seed.notes().stream().filter(n -> n.taskNumber() == 7).findFirst().orElseThrow();
        assertThat(note.units()).extracting(UnitRef::name).containsExactly("科技局", "发改委", "经信委", "质监局");
        assertThat(text.substring(note.span().start() - 1, note.span().start())).isEqualTo("\n");
    }

    @Test
    void readsANoteBrokenAcrossAPageWithAHalfWidthBracket() {
        assertThat(Docs.unitNames(seed, 20)).containsExactly("金融办", "发改委", "经信委", "科技局", "人民银行", "银监分局");
        UnitRef first = seed.notes().stream().filter(n -> n.taskNumber() == 20).findFirst().orElseThrow().units().get(0);
        assertThat(first.surface()).isEqualTo("市金融办");
    }

    @Test
    void tasksOfTheSafeguardSectionHaveNoNoteAndNoWarning() {
        assertThat(seed.notes()).extracting(ResponsibilityNote::taskNumber)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 22).boxed().toList());
        assertThat(seed.warnings()).noneMatch(w -> w.contains("no responsibility note"));
    }

    @Test
    void readsEightIndicatorsWithTheLowerBound() {
        assertThat(seed.indicators()).hasSize(8);
        IndicatorRow first = seed.indicators().get(0);
        assertThat(first.name()).isEqualTo("研发经费支出占GDP比重");
        assertThat(first.unit()).isEqualTo("%");
        assertThat(first.values()).containsExactly(java.util.Map.entry("2017", 2.1), java.util.Map.entry("2018", 2.3),
                java.util.Map.entry("2019", 2.4), java.util.Map.entry("2020", 2.5));
        IndicatorRow patents = seed.indicators().get(3);
        assertThat(patents.name()).isEqualTo("万人发明专利拥有量");
        assertThat(patents.values()).containsEntry("2020", 12.0);
        assertThat(patents.atLeastYears()).containsExactly("2020");
        assertThat(seed.indicators()).filteredOn(i -> !i.atLeastYears().isEmpty()).hasSize(1);
        assertThat(seed.indicators().get(7).unit()).isEqualTo("万元/平方公里");
    }

    @Test
    void readsTwentyTwoAnnexRowsLinkedToTheirTasks() {
        assertThat(seed.annex()).hasSize(22);
        assertThat(seed.annex()).allMatch(r -> r.year() == 2018);
        assertThat(seed.annex()).allMatch(r -> r.taskNumber() == r.number());
        assertThat(seed.annex()).extracting(AnnexRow::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 22).boxed().toList());
        AnnexRow four = seed.annex().get(3);
        assertThat(four.units()).extracting(UnitRef::name).containsExactly("泉山区", "铜山区", "贾汪区", "徐州高新区",
                "科技局", "规划局", "新盛公司", "新田公司");
        assertThat(text.substring(four.workSpan().start(), four.workSpan().end())).startsWith("江苏淮海科技城");
    }

    @Test
    void repairsReversedUnitsOfTheAnnexWithAWarningEach() {
        List<UnitRef> units = seed.annex().stream().flatMap(r -> r.units().stream()).toList();
        assertThat(units).extracting(UnitRef::name).doesNotContain("委改发", "局科技", "委经信", "局财政");
        assertThat(seed.annex().get(8).units()).extracting(UnitRef::name, UnitRef::repairedFrom).containsExactly(
                tuple("发改委", "委改发"), tuple("经信委", "委经信"), tuple("科技局", "局科技"), tuple("财政局", "局财政"));
        assertThat(seed.warnings()).contains("annex row 9: unit '委改发' read as '发改委' (reversed)");
        assertThat(seed.warnings()).filteredOn(w -> w.endsWith("(reversed)")).hasSize(10);
    }

    @Test
    void recordsAnnexTitlesThatDifferFromTheTask() {
        assertThat(seed.warnings()).anyMatch(w -> w.startsWith("annex row 7 '加强关键技术攻关' linked to task 7"));
        assertThat(seed.warnings()).noneMatch(w -> w.startsWith("annex row 1 "));
    }

    @Test
    void findsTheQuantifiedGoalsOfTasksAndOfTheGoalsSection() {
        assertThat(seed.targets()).extracting(TargetFact::taskNumber, TargetFact::metric, TargetFact::comparator,
                TargetFact::value, TargetFact::unit, TargetFact::year).contains(
                tuple(5, "省级以上各类研发机构", ">", 280.0, "家", 2020),
                tuple(0, "年专利授权量", ">", 30000.0, "件", 2020),
                tuple(0, "科技进步贡献率", "=", 60.0, "%", 2020),
                tuple(0, "人才资源总量", "=", 160.0, "万人", 2020),
                tuple(13, "境外合作孵化器", ">=", 5.0, "家", 2020),
                tuple(14, "“科技副总”人数", ">=", 200.0, "人", 2020));
        assertThat(seed.targets()).filteredOn(t -> t.taskNumber() == 0).allMatch(t -> "2.2".equals(t.sectionKey()));
        assertThat(seed.targets()).filteredOn(t -> t.metric().contains("研发机构建有率"))
                .extracting(TargetFact::comparator).containsExactly("~");
    }

    @Test
    void skipsSubsidiesAndCapsOfSubsidies() {
        assertThat(seed.targets()).noneMatch(t -> t.value() == 30.0 && "万元".equals(t.unit()));
        assertThat(seed.targets()).noneMatch(t -> t.value() == 1000.0);
        assertThat(seed.targets()).filteredOn(t -> t.taskNumber() == 17)
                .noneMatch(t -> "万元".equals(t.unit()));
    }

    @Test
    void reportsNoNumberingProblemsInTheSeed() {
        assertThat(seed.warnings()).noneMatch(w -> w.startsWith("task number"));
    }
}

package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbering families of task items beyond the common ones: brackets an office or a scan changes, ordinal words. */
class NumberingFamiliesTest {
    private static final String ITEMS = """
            某某市2027年科技工作要点
            一、强化平台建设
            %s建设某某实验室。推动实验室扩容。（牵头单位：市科技局；配合单位：市财政局）
            %s建设中试基地。建成基地2个。（牵头单位：市工信局；配合单位：市科技局）
            二、培育创新主体
            %s培育高新技术企业。新增高企100家。（牵头单位：市科技局；配合单位：市税务局）
            %s引进科技型企业。引进企业20家。（责任单位：市商务局）
            """;

    private static void assertFourTasks(DocumentStructure s) {
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设某某实验室", "建设中试基地", "培育高新技术企业", "引进科技型企业");
        assertThat(Docs.roles(s, 2)).containsExactly("工信局:lead", "科技局:co");
        assertThat(Docs.unitNames(s, 4)).containsExactly("商务局");
    }

    @Test
    void itemsInTortoiseShellBracketsAreSecondLevelItems() {
        assertFourTasks(Docs.parse(ITEMS.formatted("〔一〕", "〔二〕", "〔三〕", "〔四〕")));
    }

    @Test
    void itemsWhoseOpeningBracketWasLostAreSecondLevelItems() {
        assertFourTasks(Docs.parse(ITEMS.formatted("一）", "二）", "三）", "四）")));
    }

    @Test
    void itemsOpenedByOrdinalWordsAreTasks() {
        assertFourTasks(Docs.parse(ITEMS.formatted("第一，", "第二，", "第三，", "第四，")));
    }

    @Test
    void digitsInLenticularBracketsNumberTheTasksThroughTheParts() {
        assertFourTasks(Docs.parse(ITEMS.formatted("【1】", "【2】", "【3】", "【4】")));
    }

    @Test
    void capitalLettersRestartingUnderEachPartNumberItsTasks() {
        assertFourTasks(Docs.parse(ITEMS.formatted("A．", "B．", "A．", "B．")));
    }

    @Test
    void theFirstListedRuleRepeatedAfterEveryListIsNoPartOfItsLastUnit() {
        DocumentStructure s = Docs.parse("""
                某某县科技成果转化行动方案
                一、重点任务
                A．建设中试基地。建成基地2个。
                责任单位：县科技局、县财政局、县工信局（排名第一的为牵头单位）
                B．培育科技企业。新增企业30家。
                责任单位：县工信局（排名第一的为牵头单位）
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设中试基地", "培育科技企业");
        assertThat(Docs.roles(s, 1)).containsExactly("县科技局:lead", "县财政局:co", "县工信局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("县工信局:lead");
    }

    @Test
    void ordinalWordsInsideOneParagraphAreItsPoints() {
        DocumentStructure s = Docs.parse("""
                某某市2027年科技工作要点
                一、强化平台建设
                1.建设某某实验室。第一，扩建场地；第二，引进团队。（牵头单位：市科技局）
                2.建设中试基地。建成基地2个。（牵头单位：市工信局）
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设某某实验室", "建设中试基地");
    }
}

package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Layout rules found on new documents, on invented ones. */
class LayoutRulesTest {
    @Test
    void bracketedItemsWithTextAreTasksWhenNothingElseIsNumbered() {
        DocumentStructure doc = Docs.parse("""
                一、总体目标
                （一）主要目标
                到2025年，高新技术企业达到500家。
                二、重点任务
                （一）建设平台。建设一批创新平台。（牵头：区科技局；配合：区财政局）
                （二）培育企业。培育科技型企业。（牵头：区工信局）
                """);
        assertThat(doc.sections()).extracting(SectionBlock::key).containsExactly("1", "1.1", "2");
        assertThat(doc.tasks()).extracting(TaskBlock::label, TaskBlock::title)
                .containsExactly(tuple("二（一）", "建设平台"), tuple("二（二）", "培育企业"));
        assertThat(doc.notes().get(0).units()).extracting(UnitRef::name, UnitRef::role)
                .containsExactly(tuple("区科技局", "lead"), tuple("区财政局", "co"));
    }

    @Test
    void bracketedItemsInsideAnArticleAreNotSections() {
        DocumentStructure doc = Docs.parse("""
                第一章 任务
                第一条 强化金融。重点推进：
                （一）设立基金；
                （二）扩大贷款。
                牵头单位：市金融局  责任单位：市财政局
                第二条 集聚人才。引进人才。
                """);
        assertThat(doc.sections()).hasSize(1);
        assertThat(doc.tasks()).hasSize(2);
        assertThat(Docs.unitNames(doc, 1)).containsExactly("金融局", "财政局");
        assertThat(doc.notes().get(0).units()).extracting(UnitRef::role).containsExactly("lead", "co");
    }

    @Test
    void zonesShareTheCommitteeNamedAfterThemAndBracketedAliasesStayAsWritten() {
        DocumentStructure doc = Docs.parse("""
                一、任务
                1.建设园区。建设园区。（责任单位：市委组织部（市委人才办）、泉山区、甲高新区、乙经济技术开发区、丙区管委会）
                """);
        assertThat(Docs.unitNames(doc, 1)).containsExactly("市委组织部（市委人才办）", "泉山区", "甲高新区管委会",
                "乙经济技术开发区管委会", "丙区管委会");
    }
}

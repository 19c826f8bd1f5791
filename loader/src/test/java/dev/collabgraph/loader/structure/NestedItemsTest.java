package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Three-level bodies (一、 / 1. / （1）): which level holds the tasks is told by where the notes stand. */
class NestedItemsTest {
    @Test
    void parenthesisedItemsNumberedAfreshUnderHeadingPhrasesAreTasksWhenEachCarriesANote() {
        DocumentStructure s = Docs.parse("""
                某某市2027年科技工作要点
                一、强化平台建设
                1.推进平台建设
                （1）建设某某实验室。推动实验室扩容。（牵头单位：市科技局；配合单位：市财政局）
                （2）建设中试基地。建成基地2个。（牵头单位：市工信局；配合单位：市科技局）
                2.培育创新主体
                （1）培育高新技术企业。新增高企100家。（牵头单位：市科技局；配合单位：市税务局）
                （2）引进科技型企业。引进企业20家。（责任单位：市商务局）
                二、保障措施
                各单位要加强组织领导。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设某某实验室", "建设中试基地", "培育高新技术企业", "引进科技型企业");
        assertThat(Docs.roles(s, 3)).containsExactly("科技局:lead", "税务局:co");
        assertThat(Docs.unitNames(s, 4)).containsExactly("商务局");
    }

    @Test
    void headingItemsClosedByOneNoteAfterTheirSubItemsStayTheTasks() {
        DocumentStructure s = Docs.parse("""
                某某市2027年科技工作要点
                一、强化平台建设
                1.建设某某实验室
                （1）扩建场地。新增场地1万平方米。
                （2）引进团队。引进团队5个。
                （3）开展攻关。攻关项目10项。
                牵头单位：市科技局；配合单位：市财政局
                2.建设中试基地
                （1）建设基地。建成基地2个。
                （2）开放服务。服务企业50家。
                牵头单位：市工信局；配合单位：市科技局
                二、培育创新主体
                3.培育高新技术企业
                （1）建库。入库企业200家。
                （2）认定。新增高企100家。
                牵头单位：市科技局；配合单位：市税务局
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设某某实验室", "建设中试基地", "培育高新技术企业");
        assertThat(Docs.roles(s, 2)).containsExactly("工信局:lead", "科技局:co");
    }
}

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

    @Test
    void aGroupsCardOfLabelledFieldsUnderItsHeadingIsTheNoteOfItsNumberedItems() {
        // a 专班's card as a Word table (召集人 | person | 牵头部门 | unit / 成员单位 | units), then its items without notes
        DocumentStructure doc = Docs.parse("""
                某区专班推进工作方案
                一、工作目标
                年内新增企业十家。
                二、重点任务
                （一）新材料工作组
                召集人\t副主任　某某\t牵头部门\t产业发展局
                成员单位\t科技局、招商局\t\t
                1．建设中试平台。建设平台一个。
                2．举办对接活动。每季度举办。
                3．引进龙头企业。引进企业两家。
                （二）人才工作组
                召集人\t主任　某某\t牵头部门\t人才工作局
                成员单位\t财政局\t\t
                4．引进创新团队。引进团队五个。
                5．建设人才公寓。建成公寓一处。
                """);
        assertThat(doc.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设中试平台", "举办对接活动", "引进龙头企业", "引进创新团队", "建设人才公寓");
        assertThat(Docs.roles(doc, 2)).containsExactly("产业发展局:lead", "科技局:co", "招商局:co");
        assertThat(Docs.roles(doc, 5)).containsExactly("人才工作局:lead", "财政局:co");
        assertThat(doc.warnings()).noneMatch(w -> w.contains("belongs to no task"));
    }
}

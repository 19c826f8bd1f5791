package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Notes that name no units of their own: they refer to another task's note, or share one among items in order. */
class ReferringNotesTest {

    @Test
    void aNoteSayingSameAsAboveOrSameAsItemNTakesThatTasksUnitsAndRoles() {
        DocumentStructure s = Docs.parse("""
                某某县人民政府办公室关于印发某某县校地合作行动方案的通知
                各乡镇人民政府，县直各部门：
                    现印发给你们。任务后所注责任单位列“同上”的，与上一项任务相同。
                某某县校地合作行动方案
                一、重点任务
                （一）搭建平台
                1．共建研究院。支持某某大学共建研究院。（牵头单位：县科技局；配合单位：县财政局）
                2．建设分中心。推动成果转化。（责任单位：同上）
                3．共建实验室。鼓励企业共建实验室。（县工信局牵头，县教育局配合）
                （二）推进转化
                4．实施攻关。每年遴选项目。（牵头单位、配合单位同第3项）
                5．开放设施。推动设备共享。（同上）
                6．发展金融。设立基金。（责任单位：县财政局）
                二、保障措施
                （一）加强领导。成立工作专班。
                """);
        assertThat(s.tasks()).hasSize(6);
        assertThat(Docs.roles(s, 2)).containsExactly("县科技局:lead", "县财政局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("县工信局:lead", "县教育局:co");
        // 同上 after a reference follows it to the real note
        assertThat(Docs.roles(s, 5)).containsExactly("县工信局:lead", "县教育局:co");
        assertThat(s.notes()).flatExtracting(ResponsibilityNote::units).extracting(UnitRef::name)
                .noneMatch(name -> name.startsWith("同"));
    }

    @Test
    void itemsSharingANoteWithLeadsNamedRespectivelyTakeOneLeadEachInOrder() {
        DocumentStructure s = Docs.parse("""
                某某市科学技术局　某某市教育局关于印发2026年校企协同创新工作要点的通知
                各有关单位：
                    现印发给你们。要点中以“第（X）至（Y）项分别由……牵头”标注的，牵头单位依次对应各项，配合单位共同负责各项。
                2026年校企协同创新工作要点
                一、建设创新平台
                （一）建设研究院。推动研究院与高新区融合。（牵头单位：市科技局；配合单位：市财政局）
                （二）建设概念验证中心。依托大学建设概念验证中心。
                （三）布局中试基地。在高新区布局中试基地。
                （四）打造实训平台。推动学院共建实训平台。
                第（二）至（四）项分别由市科技局、市发展改革委、市教育局牵头，市财政局配合。
                二、促进成果转化
                （五）开展对接活动。组织高校与企业对接。（市教育局牵头，市科技局配合）
                """);
        assertThat(s.tasks()).hasSize(5);
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("发展改革委:lead", "财政局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("教育局:lead", "财政局:co");
        assertThat(Docs.roles(s, 5)).containsExactly("教育局:lead", "科技局:co");
    }
}

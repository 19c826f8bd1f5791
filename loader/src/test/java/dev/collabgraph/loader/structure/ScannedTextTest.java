package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A department's work points as the text layer of a scanned copy: deep numbering, field lines, OCR's faults. */
class ScannedTextTest {
    private static final String WORK_POINTS = """
            某某省工业和信息化厅
            关于印发《2026年制造业科技创新工作要点》的通知
            各市州工业和信息化局：
              现将《2026年制造业科技创新工作要点》印发给你们，请认真抓好落实。
            2026年制造业科技创新工作要点
            第一部分　总体要求
              坚持把科技创新作为制造业高质量发展的核心驱动力。
            第二部分　重点任务
            一、强化企业创新主体地位
            （一）提升企业研发能力
              1.推动企业研发机构扩面提质。开展研发机构建设行动，全年新
            认定省级企业技术中心80家。
            牵头处室：禾斗技处（联系人：严某某，0731-88265103）
            协同处室：产业政策处丶中小企业处
              2.实施研发投入激励。落实研发费用加计扣除等政策。
            牵头处室：财务处（联系人：邓某某，0731-88265087）　协同处
            室：科技处
            二、建设创新平台
            （一）完善创新中心体系
              1.推进制造业创新中心建设。支持高校共建创新中心。
            牵头处室：科技处（联系人：严某某，0731-8826
            5103）　协同处室：装备工□处、原材料工业处
              2.布局中试验证平台。建设一批中试验证平台。
            牵头处室：装备工业处、原木才料工业处
            第三部分　保障措施
              一、加强组织协调。科技处负责日常调度。
            """;

    @Test
    void partsAboveTheirOwnHeadingsNumberFiveLevelsDeep() {
        DocumentStructure s = Docs.parse(WORK_POINTS);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("推动企业研发机构扩面提质", "实施研发投入激励", "推进制造业创新中心建设", "布局中试验证平台");
    }

    @Test
    void contactsAndLabelsCutByTheWrapAreNoUnits() {
        DocumentStructure s = Docs.parse(WORK_POINTS);
        assertThat(Docs.roles(s, 2)).containsExactly("财务处:lead", "科技处:co");
        // 丶 is OCR's 、
        assertThat(Docs.roles(s, 1)).containsExactly("科技处:lead", "产业政策处:co", "中小企业处:co");
    }

    @Test
    void aUnitMisreadByOcrIsTheNameTheDocumentWritesElsewhere() {
        DocumentStructure s = Docs.parse(WORK_POINTS);
        assertThat(Docs.roles(s, 3)).containsExactly("科技处:lead", "装备工业处:co", "原材料工业处:co");
        assertThat(Docs.roles(s, 4)).containsExactly("装备工业处:lead", "原材料工业处:lead");
        assertThat(s.warnings()).anyMatch(w -> w.contains("'禾斗技处' read as '科技处' (misread by OCR)"));
    }

    @Test
    void aPlaceNameIsNoMisreadingOfACollective() {
        assertThat(UnitRepair.misread("白沙街道办事处", java.util.Set.of("各街道办事处"))).isEmpty();
        assertThat(UnitRepair.misread("东湖区人民政府", java.util.Set.of("各区人民政府"))).isEmpty();
        assertThat(UnitRepair.misread("禾斗技局", java.util.Set.of("科技局"))).contains("科技局");
    }
}

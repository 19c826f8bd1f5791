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

    @Test
    void aDraftPrintedWithItsLinesNumberedIsReadWithoutTheNumbers() {
        // Word's line numbering: every printed line starts with its number, so every line looks like an item
        DocumentStructure s = Docs.parse("""
                1  附件
                2      某某省高校科技成果转化工作要点
                3                   （2026年）
                4      为加快打通高校科技成果向现实生产力转化的通道，结合全
                5  省实际，制定本要点。
                6      一、强化成果供给
                7      1．建立高校成果库动态更新机制。组织省内高校梳理可转
                8  化科技成果，年内入库成果不少于3000项。（省科技厅成果转化
                9  处牵头，省教育厅科技处参与）
                10      2．开展有组织科研对接产业需求。支持某某大学组建校企联
                11  合攻关团队10个以上。（省教育厅科技处牵头，省科技厅高新技
                12  术处参与）
                13      二、建强转化载体
                14      3．建设概念验证中心。支持大学科技园建设概念验证中心，对
                15  验证成效突出的给予最高200万元奖补。（省科技厅基地平台处牵
                16  头，省财政厅科教处参与）
                17      4．提升技术转移机构能力。推动技术转移机构市场化运营。
                18  （省科技厅成果转化处牵头，各市科技局参与）
                19      三、保障措施
                20      （一）加强协同联动。建立厅际联合推进机制，定期会商。
                21      （二）强化督促落实。每半年通报一次进展。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建立高校成果库动态更新机制",
                "开展有组织科研对接产业需求", "建设概念验证中心", "提升技术转移机构能力");
        assertThat(Docs.roles(s, 3)).containsExactly("省科技厅基地平台处:lead", "省财政厅科教处:co");
    }

    @Test
    void aFaxedTelegramLosesItsMachineBannerAndReadsItsOcrNumbersNotesAndGoals() {
        DocumentStructure s = Docs.parse("""
                MAR-12-2026  09:41   FROM:某某市政府办公室 0596 2318000     TO:各有关单位     P.001/002
                明传电报
                某某市人民政府办公室关于做好科技创新重点工作的紧急通知
                各县（市、区）人民政府，市直各有关单位：
                现就有关事项紧急通知如下。各项任务中，“负责”的单位为牵头单位，“协助”的单位为配合单位。
                2026年全市高新技术企业总数突破1100家（2025年为1003家），技术合同成交额达到120亿元。
                1、加大科技金融支持力度。推广科技贷产品。（责任单位：市地方金融管理局；协助单位：市财政局）
                —1—
                \f
                MAR-12-2026  09:41   FROM:某某市政府办公室 0596 2318000     TO:各有关单位     P.002/002
                2、压实属地科技创新责任。制定年度工作要点。（责任单位：各县（市、区）人民政府、市 科技局）
                —2—
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("加大科技金融支持力度", "压实属地科技创新责任");
        // 协助单位 assist: the unit named without a role beside them leads
        assertThat(Docs.roles(s, 1)).containsExactly("地方金融管理局:lead", "财政局:co");
        // a scan's stray blank after 市 parts no units
        assertThat(Docs.roles(s, 2)).containsExactly("各县（市、区）人民政府:null", "科技局:null");
        // a year opening a sentence of goals in the notice: the plan year's own targets
        assertThat(s.targets()).extracting(TargetFact::value).contains(1100.0, 1003.0, 120.0);
        assertThat(s.tasks()).allMatch(t -> !t.title().contains("FROM"));
        // a scan's letter O in an item's number
        assertThat(dev.collabgraph.loader.text.Cleaner.clean(dev.collabgraph.loader.text.Decoder.decode("x.txt",
                "1O、压实属地科技创新责任。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))).text())
                .startsWith("10、压实");
    }

    @Test
    void aNoteSetInDistributedAlignmentIsReadAsItsWords() {
        assertThat(dev.collabgraph.loader.text.Cleaner.clean(dev.collabgraph.loader.text.Decoder.decode("x.txt",
                "（四）提升孵化能力。新增孵化面积2万平方米。\n责  任  单  位   ：  区  科  技  局  、  区   教  育  局\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))).text())
                .contains("责任单位：区科技局、区教育局");

    }
}

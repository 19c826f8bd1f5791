package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.loader.text.Decoder;
import dev.collabgraph.model.Label;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AnnexReaderTest {
    private static final String PLAN = """
            某某市人民政府
            关于印发某某市科技创新行动方案的通知
            一、重点任务
            （一）培育创新企业。支持企业发展。（牵头单位：市科技局）
            （二）建设创新平台。支持平台建设。（牵头单位：市发改委）
            附件
            重点任务分工表
            """;

    private static List<AnnexRow> annex(String table) {
        return Docs.parse(PLAN + table).annex();
    }

    private static List<String> units(AnnexRow row) {
        return row.units().stream().map(u -> u.name() + ":" + u.role()).toList();
    }

    @Test
    void readsAPipeTableOfAWebPageWithCategoryRowsMergedLeadCellsAndLineBreaksInCells() {
        List<AnnexRow> rows = annex("""
                | 序号 | 重点任务 | 牵头单位 | 参与单位 | 完成时限 |
                | --- | --- | --- | --- | --- |
                | 一、培育企业 | | | | |
                | 1 | 培育创新企业 | 市科技局 | 市财政局、<br>市税务局 | 2025年 |
                | 2 | 支持企业研发 | | 市财政局 | 每年 |
                | 3 | 建设创新平台 | 市发改委 | — | 2024年 |
                """);
        assertThat(rows).extracting(AnnexRow::number, AnnexRow::title).containsExactly(
                tuple(1, "培育创新企业"), tuple(2, "支持企业研发"), tuple(3, "建设创新平台"));
        assertThat(units(rows.get(0))).containsExactly("科技局:lead", "财政局:co", "税务局:co");
        assertThat(units(rows.get(1))).containsExactly("科技局:lead", "财政局:co");
        assertThat(units(rows.get(2))).containsExactly("发改委:lead");
    }

    @Test
    void aTableOfRulesToDraftNamesEachRowByTheDocumentItIssues() {
        List<AnnexRow> rows = annex("""
                序号\t文件名称\t牵头单位\t配合单位\t出台时限
                1\t某某市创新联合体认定管理办法\t市科技局\t市财政局\t2026年9月底前
                2\t某某市概念验证中心绩效评价办法\t\t市财政局\t2026年10月底前
                3\t某某市人才安家补贴实施办法\t市委人才办\t市人力资源社会保障局\t2026年12月底前
                """);
        assertThat(rows).extracting(AnnexRow::title).containsExactly("某某市创新联合体认定管理办法",
                "某某市概念验证中心绩效评价办法", "某某市人才安家补贴实施办法");
        assertThat(units(rows.get(1))).containsExactly("科技局:lead", "财政局:co");
        assertThat(units(rows.get(2))).containsExactly("市委人才办:lead", "人力资源社会保障局:co");
    }

    @Test
    void joinsWrappedCellsAndRepeatsAnEmptyLeadCellFromTheRowAbove() {
        List<AnnexRow> rows = annex("""
                序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限
                一、培育企业
                1\t培育创新企业\t建立培育库\t市科技局\t市财政局、市税务局\t2025年
                2\t支持企业研发\t落实加计扣除\t\t市财政局、临溪区人\t每年
                \t\t政策\t\t民政府\t
                4\t组建联合体\t完成组建\t市教育局\t市人力资源和社会\t2026年
                \t\t\t\t保障局\t
                — 6 —
                3\t建设创新\t支持平台\t市发改委\t—\t2024年
                序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限
                \t平台\t\t\t\t
                """);
        assertThat(rows).extracting(AnnexRow::number, AnnexRow::title, AnnexRow::work).containsExactly(
                tuple(1, "培育创新企业", "建立培育库"), tuple(2, "支持企业研发", "落实加计扣除政策"),
                tuple(4, "组建联合体", "完成组建"), tuple(3, "建设创新平台", "支持平台"));
        assertThat(units(rows.get(1))).containsExactly("科技局:lead", "财政局:co", "临溪区人民政府:co");
        assertThat(units(rows.get(2))).containsExactly("教育局:lead", "人力资源和社会保障局:co");
        assertThat(units(rows.get(3))).containsExactly("发改委:lead");
    }

    @Test
    void placesWrappedCellsOfASpaceLaidTableUnderTheirHeader() {
        List<AnnexRow> rows = annex("""
                序号  重点工作任务              牵头单位    协办单位              完成时限
                1     新增高新技术企业15家      县科技局    县财政局、县经信局    2024年12月
                2     推进某某研究院实体化      县科技局    某某经济开发区管委    2024年9月
                      运营                                  会、县财政局
                """);
        assertThat(rows).extracting(AnnexRow::title).containsExactly("新增高新技术企业15家", "推进某某研究院实体化运营");
        assertThat(units(rows.get(1))).containsExactly("县科技局:lead", "某某经济开发区管委会:co", "县财政局:co");
    }

    @Test
    void aResponsibilityCellWordedAsANoteGivesEachClausesUnitsTheirRole() {
        List<AnnexRow> rows = annex("""
                序号\t任务名称\t工作措施\t责任单位\t完成时限
                1\t培育企业\t建立培育库\t市科技局（牵头）、市财政局\t2026年12月
                2\t建设平台\t支持平台建设\t市发展改革委牵头，市科技局、市工业和信息化局配合\t2026年6月
                """);
        assertThat(units(rows.get(1))).containsExactly("发展改革委:lead", "科技局:co", "工业和信息化局:co");
    }

    @Test
    void aCellSayingTongShangRepeatsTheUnitsOfTheCellAbove() {
        List<AnnexRow> rows = annex("""
                序号\t重点任务\t牵头单位\t配合单位
                1\t培育企业\t市科技局\t市财政局
                2\t建设平台\t同上\t市工业和信息化局
                3\t引育人才\t市人力资源社会保障局\t同上
                """);
        assertThat(units(rows.get(1))).containsExactly("科技局:lead", "工业和信息化局:co");
        assertThat(units(rows.get(2))).containsExactly("人力资源社会保障局:lead", "工业和信息化局:co");
    }

    @Test
    void anOrgansKindWrappedUnderACollectiveEndsItsName() {
        List<AnnexRow> rows = annex("""
                序号  重点任务                  牵头单位          配合单位                    完成时限
                1     培育科技型企业            县科技局          县财政局、县税务局          持续推进
                2     深化科技特派员制度        县农业农村局      县科技局、各乡镇            持续推进
                                                                  人民政府
                """);
        assertThat(units(rows.get(1))).containsExactly("县农业农村局:lead", "县科技局:co", "各乡镇人民政府:co");
    }

    @Test
    void aNoteUnderTheTableMakesTheFirstUnitOfAResponsibilityCellTheLead() {
        List<AnnexRow> rows = annex("""
                类别\t序号\t工作任务\t工作内容\t责任单位\t完成时限
                一、主体培育\t1\t培育领军企业\t遴选领军企业\t市科技局、市工信局、\t2026年
                \t\t\t\t市财政局\t
                注：责任单位中列第一位的为牵头单位，其他为配合单位。
                """);
        assertThat(rows.get(0).units()).extracting(UnitRef::name, UnitRef::role).containsExactly(
                tuple("科技局", "lead"), tuple("工信局", "co"), tuple("财政局", "co"));
    }

    @Test
    void aDocumentWhoseWorkItemsAreOnlyTheRowsOfATaskListLoads() {
        String text = """
                某某市科技成果转化实施方案
                一、总体要求
                坚持企业主体，加快成果转化。
                二、重点任务
                任务清单
                类别\t序号\t工作任务\t工作内容\t责任单位\t完成时限
                一、主体培育\t1\t培育领军企业\t遴选领军企业\t市科技局\t2026年
                \t2\t建设概念验证中心\t组建验证中心\t市教育局\t2025年
                """;
        var graph = Extractor.extract(Decoder.decode("list.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(graph.nodes()).filteredOn(n -> n.label() == Label.AnnexTask).extracting(n -> n.name())
                .containsExactly("培育领军企业", "建设概念验证中心");
    }

    @Test
    void readsATableWithPipesOnlyBetweenItsCellsAndAWrappedRowThatStartsWithAPipe() {
        List<AnnexRow> rows = annex("""
                序号 | 工作任务 | 牵头部门 | 配合部门 | 完成时限
                一、企业创新
                1 | 培育领军企业30家 | 市工信局 | 市科技局、市商务局 | 2024年12月
                2 | 推进实验室一期 |  | 市科技局、东湖区人 | 2024年10月
                  |  建成投用 |  | 民政府 |
                - 9 -
                序号 | 工作任务 | 牵头部门 | 配合部门 | 完成时限
                3 | 建成共享平台 | 市科技局 | ／ | 2024年9月
                """);
        assertThat(rows).extracting(AnnexRow::title).containsExactly("培育领军企业30家", "推进实验室一期建成投用", "建成共享平台");
        assertThat(units(rows.get(1))).containsExactly("工信局:lead", "科技局:co", "东湖区人民政府:co");
        assertThat(units(rows.get(2))).containsExactly("科技局:lead");
    }

    @Test
    void aTownColumnAndADeadlineColumnNameNoUnitsAndALevelGivenOnceIsShared() {
        List<AnnexRow> rows = annex("""
                序号\t重点任务\t责任主体\t配合单位\t责任乡镇（街道）\t完成时限
                1\t建设研究院\t县科技局\t财政局、统计局\t城南街道\t2026年底
                """);
        assertThat(units(rows.get(0))).containsExactly("县科技局:null", "县财政局:co", "县统计局:co");
    }

    @Test
    void warnsAboutATableThatNamesUnitsByRoleButWhoseHeaderIsNotRecognised() {
        DocumentStructure structure = Docs.parse(PLAN + """
                事项\t牵头单位\t配合单位
                培育企业\t市科技局\t市财政局
                """);
        assertThat(structure.annex()).isEmpty();
        assertThat(structure.warnings()).anyMatch(w -> w.contains("header was not recognised"));
    }
}

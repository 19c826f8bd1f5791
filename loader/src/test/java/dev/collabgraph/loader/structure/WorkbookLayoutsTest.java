package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layouts that office files bring: tables that follow each other (a workbook's sheets, a sheet's blocks) with only a
 * caption between them, and notes written into footnotes whose bracket closes after the last unit.
 */
class WorkbookLayoutsTest {

    @Test
    void aSecondTableHeaded序号AfterItsCaptionIsATableOfItsOwnNotWrappedCellsOfTheLastRow() {
        DocumentStructure s = Docs.parse("""
                附件1 重点任务分工表
                某某市2026年产学研协同创新重点任务分工表
                序号\t重点任务\t牵头单位\t配合单位\t完成时限
                1\t建设某某实验室\t市科技局\t市财政局\t2026年12月
                2\t加大科技金融支持\t市财政局\t市地方金融管理局\t2026年12月
                附件2 主要指标
                某某市产学研协同创新主要指标
                序号\t指标名称\t单位\t2024年\t2025年\t2026年目标
                1\t研发经费投入强度\t%\t2.31\t2.46\t2.65
                2\t技术合同成交额\t亿元\t86\t102\t120
                """);
        assertThat(s.annex()).extracting(AnnexRow::title).containsExactly("建设某某实验室", "加大科技金融支持");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("财政局:lead", "地方金融管理局:co");
        assertThat(s.indicators()).extracting(IndicatorRow::name).containsExactly("研发经费投入强度", "技术合同成交额");
        assertThat(s.indicators().get(1).values()).containsEntry("2026", 120.0);
    }

    @Test
    void anotherTablesHeaderRightAfterTheRowsEndsTheTable() {
        DocumentStructure s = Docs.parse("""
                某某区2026年科技创新目标任务分解表
                序号\t重点任务\t责任单位\t完成时限
                1\t新增高新技术企业\t区科技局\t2026年12月
                2\t建设校企联合实验室\t区工信局\t2026年10月
                序号\t指标\t单位\t2026年
                1\t技术合同成交额\t亿元\t20
                """);
        assertThat(s.annex()).extracting(AnnexRow::title).containsExactly("新增高新技术企业", "建设校企联合实验室");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("区工信局:null");
    }

    @Test
    void aNoteInAFootnoteEndsAtTheBracketThatClosesTheFootnote() {
        DocumentStructure s = Docs.parse("""
                某某市科学技术局关于印发2026年工作要点的通知
                各区科技局：
                    现将《2026年工作要点》印发给你们，请认真贯彻落实。
                一、重点工作
                1.推进实验室建设。完成实验室首批科研团队组建。[footnoteRef:1] [1: 牵头单位：市科技局；配合单位：市发展改革委、市财政局]
                2.建设新型研发机构。支持某某大学共建研究院。[footnoteRef:2] [2: 牵头单位：市教育局；配合单位：某某大学]
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "发展改革委:co", "财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("教育局:lead", "某某大学:co");
    }
}

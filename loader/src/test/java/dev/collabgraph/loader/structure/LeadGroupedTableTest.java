package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A county bureau's plan: its own 股室 lead, and the annex lists the work grouped by the section that leads it. */
class LeadGroupedTableTest {

    @Test
    void categoryRowsNamingTheLeadGiveItToTheRowsUnderThemAndSectionsOfABureauAreUnits() {
        DocumentStructure s = Docs.parse("""
                某某县科学技术局关于印发2026年科技工作要点的通知
                各乡镇人民政府，县直有关单位，局机关各股室：
                    现印发给你们，请抓好落实。
                2026年科技工作要点
                一、培育创新主体
                1.培育科技型企业。全年新增科技型中小企业60家。
                　　牵头股室：高新技术股　协办：综合规划股、县统计局
                2.建设研发平台。新建企业研发机构10家。
                　　牵头股室：成果转化股　协办：县财政局
                3.加强人才引育。引进高层次人才5名。
                　　牵头股室:科技人才股　协办:县委组织部（县委人才办）
                附件
                2026年科技工作任务分工表
                （按牵头股室汇总）
                序号\t重点工作\t协办股室（单位）\t完成时限
                一、高新技术股牵头（1项）
                1\t培育科技型企业\t综合规划股、县统计局\t12月底
                二、成果转化股牵头（1项）
                2\t建设研发平台\t县财政局\t10月底
                三、科技人才股牵头（1项）
                3\t加强人才引育\t县委组织部（县委人才办）\t全年
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("高新技术股:lead", "综合规划股:co", "县统计局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("科技人才股:lead", "县委组织部（县委人才办）:co");
        assertThat(s.annex()).hasSize(3);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("高新技术股:lead", "综合规划股:co", "县统计局:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("成果转化股:lead", "县财政局:co");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("科技人才股:lead", "县委组织部（县委人才办）:co");
    }

    @Test
    void aCompanysHoldingWordIsNoSection() {
        assertThat(UnitNames.isOrgan("高新技术股")).isTrue();
        assertThat(UnitNames.isOrgan("某某经开控股")).isFalse();
        assertThat(UnitNames.suffixOf("某某经开控股")).isEmpty();
    }
}

package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules on sentences of another, invented city (合肥): nothing here is in the seed or the gazetteer. */
class RuleTest {
    private static Extraction hefei;

    @BeforeAll
    static void read() {
        hefei = Extraction.fixture("hefei-rules.txt", "合肥市");
    }

    @Test
    void aPlatformBuiltOnAUniversityReliesOnIt() {
        assertThat(hefei.names(Label.University)).contains("合肥工业大学");
        assertThat(hefei.names(Label.Platform)).contains("智能装备研究院");
        assertThat(hefei.relations(RelType.RELIES_ON)).contains("智能装备研究院 -> 合肥工业大学");
    }

    @Test
    void jointBuildingMakesACompanyAndAUniversityPartnersAndHosts() {
        assertThat(hefei.names(Label.Enterprise)).contains("奇瑞汽车");
        assertThat(hefei.relations(RelType.PARTNERS_WITH)).contains("奇瑞汽车 -> 中国科学技术大学");
        assertThat(hefei.relations(RelType.HOSTS)).contains("奇瑞汽车 -> 新能源汽车联合实验室",
                "中国科学技术大学 -> 新能源汽车联合实验室");
    }

    @Test
    void namesListedBeforeLeadingEnterprisesAreCompaniesAndPartnersButTheObjectListDoesNotCoParticipate() {
        assertThat(hefei.names(Label.Enterprise)).contains("科大讯飞", "阳光电源").doesNotContain("新能源汽车");
        assertThat(hefei.relations(RelType.PARTNERS_WITH)).contains("安徽大学 -> 科大讯飞", "安徽大学 -> 阳光电源");
        assertThat(hefei.relations(RelType.CO_PARTICIPATES)).doesNotContain("阳光电源 -> 科大讯飞");
    }

    @Test
    void aGenericSubjectPartnersThroughTheIssuingCity() {
        assertThat(hefei.relations(RelType.PARTNERS_WITH)).contains("合肥 -> 浙江大学", "合肥 -> 上海交通大学");
        assertThat(hefei.allNames()).doesNotContain("各地与浙江大学");
    }

    @Test
    void parkNamesLoseLevelWordsAndAreLocatedInThePlaceTheyAreNamedAfter() {
        assertThat(hefei.names(Label.Park)).contains("合肥高新区", "肥西经济开发区").doesNotContain("合肥国家高新区");
        assertThat(hefei.result().aliases().get("Park:合肥高新区")).contains("合肥国家高新区");
        assertThat(hefei.relations(RelType.LOCATED_IN)).contains("合肥高新区 -> 合肥", "肥西经济开发区 -> 肥西县");
    }

    @Test
    void clusterListsTiePlaceIndustryItemsTogether() {
        assertThat(hefei.names(Label.Region)).contains("肥西县", "长丰县");
        assertThat(hefei.relations(RelType.CLUSTER_IN)).contains("汽车零部件 -> 肥西县", "新型显示 -> 长丰县");
    }

    @Test
    void industriesComeFromListsAndGenericCategoriesNeverBecomeNames() {
        assertThat(hefei.names(Label.Industry)).contains("人工智能", "量子信息", "生物制造");
        assertThat(hefei.allNames()).doesNotContain("国家重点实验室", "企业技术中心", "新型研发机构", "产业技术研究院",
                "众创空间", "一批国家重点实验室");
    }

    @Test
    void abbreviationsAndCollegesResolveByRule() {
        assertThat(hefei.names(Label.University)).contains("南京师范大学", "安徽大学文典学院");
        assertThat(hefei.relations()).contains("HOSTS 南京师范大学 -> 南京师大文化产业园",
                "HOSTS 安徽大学 -> 安徽大学科技园", "PART_OF 安徽大学文典学院 -> 安徽大学");
    }
}

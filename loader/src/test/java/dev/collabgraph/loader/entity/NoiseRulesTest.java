package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules against noise seen on the seed, on invented sentences of the same shapes (扬州, fictitious names). */
class NoiseRulesTest {
    private static Extraction rules;

    @BeforeAll
    static void read() {
        rules = Extraction.fixture("noise-rules.txt", "扬州市");
    }

    @Test
    void publicServiceFieldsActivitiesAndProductClassesAreNotIndustries() {
        assertThat(rules.names(Label.Industry)).doesNotContain("生态修复", "食品卫生", "生产安全", "工艺数字化设计",
                "智能检测控制", "抗体类和核酸类药物", "整机（床）制造").contains("大健康");
    }

    @Test
    void aProvincialDesignationIsNotAParkButACityDistrictIs() {
        assertThat(rules.names(Label.Park)).doesNotContain("浙江省特色小镇").contains("扬州金融集聚区");
    }

    @Test
    void resultsAndProductsPromotedAsSubjectsAreNoCompanies() {
        assertThat(rules.names(Label.Enterprise)).doesNotContain("赋权成果", "首台套产品");
    }

    @Test
    void aVerbOfBringingAboutOrSolvingIsNoPartOfTheNameAfterIt() {
        assertThat(rules.names(Label.University)).doesNotContain("促成扬州大学").contains("扬州大学");
        assertThat(rules.names(Label.Platform)).doesNotContain("解决实验室");
    }

    @Test
    void ownersOfListedProjectsDoNotCoParticipate() {
        assertThat(rules.relations(RelType.CO_PARTICIPATES)).isEmpty();
    }

    @Test
    void aUniversitysSigningPartnerIsACompanyAndCompaniesGoByTheirShortNames() {
        assertThat(rules.names(Label.Enterprise)).contains("宁达电机", "江苏亚威机床股份有限公司").doesNotContain("亚威机床");
        assertThat(rules.relations()).contains("PARTNERS_WITH 扬州大学 -> 宁达电机",
                "PARTNERS_WITH 扬州大学 -> 江苏亚威机床股份有限公司",
                "PARTNERS_WITH 江苏亚威机床股份有限公司 -> 扬州工业职业技术学院");
    }

    @Test
    void aBodyAReportIsSentToIsNoPartOfWhatIsReportedAndGetsNoWork() {
        assertThat(rules.allNames()).noneMatch(n -> n.startsWith("情况报") || n.startsWith("前报")
                || n.startsWith("进展报") || n.startsWith("送"));
        assertThat(rules.names(Label.Unit)).doesNotContain("区政府督查室", "县委县政府督查室", "市校合作领导小组");
        assertThat(rules.names(Label.Region)).doesNotContain("县委县", "无锡两", "送两").contains("苏州", "无锡");
    }
}

package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.TestDocuments;
import dev.collabgraph.loader.structure.StructureParser;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed (徐委发〔2018〕20号): what a planner must find in it. */
class SeedTest {
    private static Extraction seed;

    @BeforeAll
    static void read() {
        seed = Extraction.of(TestDocuments.seed());
    }

    @Test
    void universitiesAreFoundWithTheirAbbreviations() {
        assertThat(seed.names(Label.University)).contains("中国矿业大学", "江苏师范大学", "徐州医科大学", "清华大学",
                "复旦大学", "徐州幼儿师范高等专科学校", "江苏师范大学科文学院", "中国科学院");
        assertThat(seed.result().aliases().get("University:中国矿业大学")).contains("中国矿大", "矿大");
        assertThat(seed.result().aliases().get("University:江苏师范大学")).contains("江苏师大");
    }

    @Test
    void enterprisesAreFoundByBrandSuffixAndList() {
        assertThat(seed.names(Label.Enterprise)).contains("徐工集团", "恩华药业", "华为", "甲骨文", "协鑫", "中能",
                "软通动力", "徐州重型", "淮海控股", "微软");
        assertThat(seed.result().aliases().get("Enterprise:徐工集团")).contains("徐工");
    }

    @Test
    void platformsAndParksAreFound() {
        assertThat(seed.names(Label.Platform)).contains("高端工程机械智能制造国家重点实验室", "恩华药业国家企业技术中心",
                "徐工研究院", "中美技术转移中心", "江苏淮海技术产权交易中心", "激光技术研发中心",
                "淮海经济区医学健康产业研究院", "微软徐州创新中心", "启迪之星（徐州）", "中关村创新中心");
        assertThat(seed.names(Label.Park)).contains("江苏淮海科技城", "徐州科技创新谷", "潘安湖科教创新区", "徐州高新区",
                "徐州经济技术开发区", "矿大科技园", "江苏师大文化创意产业园", "江苏生物技术与医药科技园",
                "邳州高新区", "新沂高新区", "鼓楼高新区").doesNotContain("徐州国家高新区");
    }

    @Test
    void industriesAndRegionsAreFound() {
        assertThat(seed.names(Label.Industry)).contains("新能源", "生物医药", "集成电路与ICT", "装备与智能制造",
                "装备制造", "煤盐化工", "绿色冶金", "木制品与木结构", "ICT", "集成电路");
        assertThat(seed.names(Label.Region)).contains("邳州", "新沂", "睢宁", "丰县", "沛县", "铜山区", "贾汪区", "徐州",
                "深圳", "无锡", "珠三角", "长三角地区").doesNotContain("铜山", "贾汪");
    }

    @Test
    void noGenericCategoryIsAnEntity() {
        assertThat(seed.allNames()).doesNotContain("高校院所", "大院大所", "龙头企业", "众创空间", "孵化器", "高新区",
                "开发区", "国家重点实验室", "企业技术中心", "新型研发机构", "产业技术研究院", "科研院所", "高等学校",
                "各县（市）区", "一流大学", "大学科技园", "科技服务平台", "国家技术中心", "产业研究院", "技术转移中心");
    }

    @Test
    void namesInResponsibilityNotesAndTheTitleBlockAreNotThisStagesMentionsButTheirPlacesAndCompaniesAre() {
        // a company named as a responsible unit by its legal suffix (新盛公司) is one of the document's companies
        assertThat(seed.names(Label.Enterprise)).contains("新盛公司", "新田公司");
        assertThat(seed.allNames()).contains("泉山区");
        var structure = StructureParser.parse(seed.text());
        assertThat(seed.result().mentions()).noneMatch(m -> m.label() != Label.Region && m.label() != Label.Enterprise
                && structure.notes().stream()
                .anyMatch(n -> n.span().start() < m.span().end() && m.span().start() < n.span().end()));
    }

    @Test
    void industryAcademiaLinksAreRead() {
        assertThat(seed.relations()).contains(
                "CO_PARTICIPATES 徐工集团 -> 中国矿业大学",
                "CO_PARTICIPATES 徐州重型 -> 中国矿业大学",
                "HOSTS 中国矿业大学 -> 矿大科技园",
                "HOSTS 江苏师范大学 -> 激光技术研发中心",
                "HOSTS 江苏师范大学 -> 江苏师大文化创意产业园",
                "RELIES_ON 淮海经济区医学健康产业研究院 -> 徐州医科大学",
                "PART_OF 江苏师范大学科文学院 -> 江苏师范大学",
                "HOSTS 恩华药业 -> 恩华药业国家企业技术中心",
                "HOSTS 徐工集团 -> 徐工研究院");
    }

    @Test
    void cooperationGoesThroughTheHomeCityOrTheNamedPlatform() {
        assertThat(seed.relations(RelType.PARTNERS_WITH)).contains("徐州 -> 清华大学", "徐州 -> 复旦大学",
                "徐州 -> 中国科学院", "徐州 -> 深圳", "徐州 -> 无锡", "江苏淮海技术产权交易中心 -> 江苏技术产权交易市场");
    }

    @Test
    void industryRelationsAreRead() {
        assertThat(seed.relations(RelType.CLUSTER_IN)).contains("木制品与木结构 -> 邳州", "绿色冶金 -> 铜山区",
                "装备制造 -> 徐州经济技术开发区", "煤化工 -> 邳州");
        assertThat(seed.relations(RelType.LEADS)).contains("华为 -> ICT", "软通动力 -> ICT", "协鑫 -> 新能源");
        assertThat(seed.relations(RelType.FOCUSES_ON)).contains("徐工研究院 -> 装备制造");
        assertThat(seed.relations(RelType.PART_OF)).contains("集成电路 -> 集成电路与ICT", "盐化工 -> 煤盐化工");
        assertThat(seed.relations(RelType.LOCATED_IN)).contains("徐州高新区 -> 徐州", "邳州高新区 -> 邳州",
                "新沂高新区 -> 新沂");
    }

    @Test
    void coParticipationPairsAreEmittedOnceInNameOrder() {
        assertThat(seed.result().relations()).filteredOn(r -> r.type() == RelType.CO_PARTICIPATES)
                .allMatch(r -> (r.fromLabel() + ":" + r.from()).compareTo(r.toLabel() + ":" + r.to()) < 0);
    }

    @Test
    void annexRowsAreReadToo() {
        var structure = StructureParser.parse(seed.text());
        assertThat(structure.annex()).isNotEmpty();
        assertThat(seed.result().mentions()).anyMatch(m -> m.name().equals("中关村创新中心")
                && structure.annex().stream().anyMatch(row -> row.span().start() <= m.span().start()
                && m.span().end() <= row.span().end()));
    }

    @Test
    void everyMentionQuotesItsSurfaceAndEveryRelationHasEvidence() {
        Spans.assertConsistent(seed);
    }
}

package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderReaderTest {
    private static DocumentHeader header(String issuerLine) {
        return Docs.parse(String.join("\n", issuerLine, "甲政发〔2024〕3号", "甲县人民政府关于加快科技创新的实施意见",
                "一、重点任务", "1.培育企业。开展培育。（责任单位：县科技局）")).header();
    }

    @Test
    void aVerbBeforeTheTitlesCityWordIsNoCity() {
        DocumentStructure s = Docs.parse("""
                关于交办市十七届人大五次会议代表建议的通知
                某人常办〔2026〕9号
                现将代表建议交办如下。
                一、交办建议目录
                1.关于建设中试基地的建议。（主办单位：市科技局）
                """);
        assertThat(s.header().city()).isEmpty();
        DocumentStructure named = Docs.parse("""
                关于徐州市推进产学研合作的实施意见
                一、重点任务
                1.建设研究院。支持徐州市与高校共建研究院。（责任单位：市科技局）
                """);
        assertThat(named.header().city()).isEqualTo("徐州市");
    }

    @Test
    void aCountyGovernmentIssuesForItsCounty() {
        assertThat(header("甲岭县人民政府文件").city()).isEqualTo("甲岭县");
    }

    @Test
    void aCityDistrictIssuesForItsCity() {
        assertThat(header("甲江市乙区人民政府文件").city()).isEqualTo("甲江市");
    }

    @Test
    void aDistrictBureauAndItsPartyGroupIssueForTheirDistrict() {
        DocumentStructure s = Docs.parse("""
                中共甲川区科学技术局党组
                甲川区科学技术局
                甲科党〔2026〕2号
                关于印发《甲川区科学技术局2026年工作要点》的通知
                局机关各科室：
                现印发给你们，请认真落实。
                甲川区科学技术局2026年工作要点
                一、培育创新主体
                1.实施企业培育计划。新认定企业50家。（责任科室：高新科）
                """);
        assertThat(s.header().issuer()).startsWith("中共甲川区科学技术局党组");
        assertThat(s.header().city()).isEqualTo("甲川区");
        assertThat(header("甲江高新区管委会文件").city()).isEqualTo("甲江市");
    }
}

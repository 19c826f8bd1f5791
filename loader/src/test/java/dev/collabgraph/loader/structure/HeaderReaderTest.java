package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderReaderTest {
    private static DocumentHeader header(String issuerLine) {
        return Docs.parse(String.join("\n", issuerLine, "甲政发〔2024〕3号", "甲县人民政府关于加快科技创新的实施意见",
                "一、重点任务", "1.培育企业。开展培育。（责任单位：县科技局）")).header();
    }

    @Test
    void aCountyGovernmentIssuesForItsCounty() {
        assertThat(header("甲岭县人民政府文件").city()).isEqualTo("甲岭县");
    }

    @Test
    void aCityDistrictIssuesForItsCity() {
        assertThat(header("甲江市乙区人民政府文件").city()).isEqualTo("甲江市");
    }
}

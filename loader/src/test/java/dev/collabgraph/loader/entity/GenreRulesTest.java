package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.structure.DocumentHeader;
import dev.collabgraph.loader.structure.DocumentStructure;
import dev.collabgraph.loader.text.Cleaner;
import dev.collabgraph.loader.text.Decoder;
import dev.collabgraph.model.Label;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules stated by the genre's wording rather than by one document's sentences, on small invented texts. */
class GenreRulesTest {
    private static Extraction read(String text) {
        var mapped = Cleaner.clean(Decoder.decode("x.txt", text.getBytes(StandardCharsets.UTF_8)));
        var structure = new DocumentStructure(new DocumentHeader("", "某某市", "", null, "", null, "", null),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return new Extraction(mapped, EntityExtractor.extract(mapped, structure));
    }

    @Test
    void aNumberWithAScaleWordIsAQuantityNotANameLetter() {
        assertThat(Lexicon.specificChars("七大")).isZero();
        assertThat(Lexicon.specificChars("三个")).isZero();
        assertThat(Lexicon.specificChars("五千亿元")).isZero();
        assertThat(Lexicon.specificChars("百亿级光伏")).isEqualTo(2);
    }

    @Test
    void anIndustryWithAMottoIsTheTopicOfTheSentence() {
        Extraction e = read("新型冶炼业以“绿色化、循环化”为重点，大力发展铜箔、铝材等金属材料。");
        assertThat(e.names(Label.Industry)).contains("新型冶炼", "铜箔", "铝材", "金属材料");
    }

    @Test
    void developmentWordingOtherThanOneSentenceFrameListsIndustries() {
        Extraction e = read("加快发展培育以智能网联汽车、工业软件等为主导的新兴产业。");
        assertThat(e.names(Label.Industry)).contains("智能网联汽车", "工业软件")
                .noneMatch(n -> n.startsWith("以") || n.contains("为主导"));
    }

    @Test
    void anIndustryNameKeepsItsSectorWordButLosesTheCategoryYe() {
        assertThat(Canonical.of(Label.Industry, "有色冶炼业")).isEqualTo("有色冶炼");
        assertThat(Canonical.of(Label.Industry, "精细化工业")).isEqualTo("精细化工");
        assertThat(Canonical.of(Label.Industry, "现代农业")).isEqualTo("现代农业");
        assertThat(Canonical.of(Label.Industry, "特色林业")).isEqualTo("特色林业");
    }

    @Test
    void aPlaceAndBrandListedBeforeAKnownOrganisationIsACompany() {
        Extraction e = read("重点培育江苏恒远、中国矿大等5家专利培育中心。");
        assertThat(e.names(Label.Enterprise)).contains("江苏恒远");
    }

    @Test
    void aUniversitysPartnerMayStartWithAProvince() {
        Extraction e = read("某某大学化工学院与浙江华峰纺织共建功能材料研究院。");
        assertThat(e.names(Label.Enterprise)).contains("浙江华峰纺织");
    }

    @Test
    void listsOfPlacesEndWithAnyAdministrativeHead() {
        Extraction e = read("深化与嘉兴、湖州等兄弟城市的合作，加强与芜湖等结对市的交流。");
        assertThat(e.names(Label.Region)).contains("嘉兴", "湖州", "芜湖");
    }

    @Test
    void compassRegionsAndKnownRegionsWithDiquAreRegions() {
        Extraction e = read("面向华东地区和中西部地区，加强与长三角地区的合作。");
        assertThat(e.names(Label.Region)).contains("华东地区", "中西部地区", "长三角地区");
    }

    @Test
    void aBarePlaceIsNamedByTheSuffixedFormItsGovernmentIsWrittenWith() {
        Extraction e = read("推动青溪经济开发区建设。（责任单位：青溪区政府）");
        assertThat(e.names(Label.Region)).contains("青溪区").doesNotContain("青溪");
    }
}

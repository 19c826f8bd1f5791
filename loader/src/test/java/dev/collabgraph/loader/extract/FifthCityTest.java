package dev.collabgraph.loader.extract;

import dev.collabgraph.loader.structure.SectionBlock;
import dev.collabgraph.loader.structure.TaskBlock;
import dev.collabgraph.model.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * 洛阳 意见 (河南): 1. numbering restarting per section, 责任单位 notes with 各县（市、区） and a shared
 * 管委会, companies by legal name and by short name, …新区 and …经济技术开发区. Expectations were written
 * from the text before running.
 */
class FifthCityTest {
    private static NewDocument luoyang;

    @BeforeAll
    static void read() {
        luoyang = NewDocument.read("fifth-city.txt");
    }

    @Test
    void readsTheHeaderWithTheIssuerOnItsOwnLine() {
        assertThat(luoyang.structure().header().number()).isEqualTo("洛政〔2021〕8号");
        assertThat(luoyang.structure().header().city()).isEqualTo("洛阳市");
        assertThat(luoyang.structure().header().title()).isEqualTo("关于推进产学研协同创新加快制造业高质量发展的意见");
        assertThat(luoyang.structure().header().date()).isEqualTo("2021-05-12");
    }

    @Test
    void renumbersTasksRestartingInEachSection() {
        assertThat(luoyang.structure().sections()).extracting(SectionBlock::title).containsExactly("总体要求",
                "强化企业创新主体地位", "建设高水平创新平台", "深化产学研合作", "保障措施");
        assertThat(luoyang.structure().tasks()).hasSize(9);
        assertThat(luoyang.structure().tasks()).extracting(TaskBlock::number, TaskBlock::label, TaskBlock::title)
                .contains(tuple(1, "二.1", "支持龙头企业牵头创新"), tuple(4, "三.1", "建设省实验室和产业研究院"),
                        tuple(9, "四.3", "集聚创新人才"));
    }

    @Test
    void notesKeepNestedBracketsAndShareTheAdministrativeCommittee() {
        assertThat(luoyang.units(1)).containsExactly("科技局/null", "工业和信息化局/null", "各县（市、区）人民政府/null");
        assertThat(luoyang.units(2)).containsExactly("科技局/null", "财政局/null", "税务局/null",
                "各县（市、区）人民政府/null", "洛阳高新区管委会/null", "洛阳经济技术开发区管委会/null", "伊滨区管委会/null");
        assertThat(luoyang.units(5)).containsExactly("科技局/null", "教育局/null", "涧西区人民政府/null",
                "洛龙区人民政府/null");
        assertThat(luoyang.units(9)).startsWith("市委组织部（市委人才办）/null");
        assertThat(luoyang.units(10)).isEmpty();
    }

    @Test
    void readsTheGoalsOfTheGeneralSectionAndOfTasks() {
        assertThat(luoyang.targets()).contains("研发经费投入强度 >= 3% 2025", "高新技术企业 > 2000家 2025",
                "省级以上研发平台 > 800个 2025", "技术合同成交额 = 100亿元 2025",
                "高新技术产业增加值占规模以上工业增加值比重 = 50% 2025", "科技型中小企业 = 3000家 2025",
                "省级以上工程技术研究中心 = 50个 2025");
        assertThat(luoyang.structure().targets()).noneMatch(t -> t.value() == 20 && "万元".equals(t.unit())
                || t.value() == 300 && "万元".equals(t.unit()));
    }

    @Test
    void findsCompaniesByLegalNameAndJoinsTheirShortNames() {
        assertThat(luoyang.names(Label.Enterprise)).contains("中信重工机械股份有限公司", "中国一拖集团有限公司",
                "洛阳LYC轴承有限公司", "中航光电科技股份有限公司", "洛阳栾川钼业集团股份有限公司", "洛阳北方玻璃技术股份有限公司",
                "中钢集团洛阳耐火材料研究院有限公司", "河南洛阳石化（集团）有限公司", "普莱柯生物工程股份有限公司")
                .doesNotContain("中信重工", "中航光电");
        assertThat(luoyang.names(Label.University)).contains("河南科技大学", "洛阳理工学院", "洛阳师范学院", "洛阳职业技术学院",
                "中国科学院").doesNotContain("现代产业学院");
    }

    @Test
    void findsPlatformsParksNewAreasAndIndustries() {
        assertThat(luoyang.names(Label.Platform)).contains("龙门实验室", "矿山重型装备国家重点实验室",
                "中国船舶集团第七二五研究所", "洛阳市科技成果转移转化中心", "先进耐火材料中试基地")
                .doesNotContain("产业技术研究院", "联合研发中心");
        assertThat(luoyang.names(Label.Park)).contains("洛阳高新区", "洛阳经济技术开发区", "伊滨经济技术开发区", "洛阳伊洛新区",
                "洛阳大学科技园", "洛阳863创新园");
        assertThat(luoyang.names(Label.Industry)).contains("高端装备", "新材料", "新一代信息技术", "生物医药", "现代农业",
                "轴承", "机器人及智能装备", "新能源电池");
    }

    @Test
    void readsIndustryAcademiaRelations() {
        assertThat(luoyang.relations()).contains(
                "PARTNERS_WITH 中信重工机械股份有限公司 -> 河南科技大学",
                "HOSTS 中信重工机械股份有限公司 -> 矿山重型装备国家重点实验室",
                "HOSTS 河南科技大学 -> 矿山重型装备国家重点实验室",
                "PARTNERS_WITH 中国一拖集团有限公司 -> 洛阳理工学院",
                "PARTNERS_WITH 洛阳栾川钼业集团股份有限公司 -> 中国科学院",
                "PARTNERS_WITH 洛阳北方玻璃技术股份有限公司 -> 中国科学院",
                "HOSTS 中钢集团洛阳耐火材料研究院有限公司 -> 先进耐火材料中试基地",
                "PARTNERS_WITH 河南洛阳石化（集团）有限公司 -> 洛阳师范学院",
                "PARTNERS_WITH 普莱柯生物工程股份有限公司 -> 洛阳师范学院",
                "PARTNERS_WITH 洛阳职业技术学院 -> 中航光电科技股份有限公司",
                "LOCATED_IN 洛阳高新区 -> 洛阳");
    }
}

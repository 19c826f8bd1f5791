package dev.collabgraph.loader.extract;

import dev.collabgraph.loader.structure.SectionBlock;
import dev.collabgraph.loader.structure.TaskBlock;
import dev.collabgraph.model.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 芜湖 实施方案: 第X条 articles under 第X章, unbracketed 牵头单位/责任单位 lines, half-width punctuation,
 * page numbers (— 3 —) inside an article, a list of （一）… items inside an article. Expectations were
 * written from the text before the extractor was run on it.
 */
class ThirdCityTest {
    private static NewDocument wuhu;

    @BeforeAll
    static void read() {
        wuhu = NewDocument.read("third-city.txt");
    }

    @Test
    void readsTheHeaderWithHalfWidthBrackets() {
        assertThat(wuhu.structure().header().number()).isEqualTo("芜政[2022]15号");
        assertThat(wuhu.structure().header().city()).isEqualTo("芜湖市");
        assertThat(wuhu.structure().header().issuer()).isEqualTo("芜湖市人民政府");
        assertThat(wuhu.structure().header().title()).isEqualTo("关于深化产学研融合加快科技成果转化的实施方案");
        assertThat(wuhu.structure().header().date()).isEqualTo("2022-03-18");
    }

    @Test
    void chaptersAreSectionsAndArticlesAreTasks() {
        assertThat(wuhu.structure().sections()).extracting(SectionBlock::title)
                .containsExactly("总体要求", "主要目标", "重点任务", "保障措施");
        assertThat(wuhu.structure().tasks()).hasSize(15);
        assertThat(wuhu.task(4).label()).isEqualTo("第四条");
        assertThat(wuhu.task(4).sectionKey()).isEqualTo("3");
        assertThat(wuhu.structure().tasks()).extracting(TaskBlock::title)
                .contains("指导思想", "发展目标", "建设高能级创新平台", "强化科技金融支撑", "营造创新创业生态", "强化考核评估");
    }

    @Test
    void aListInsideAnArticleAndAPageBreakStayInTheArticle() {
        assertThat(wuhu.body(9)).contains("（三）支持科技型企业在科创板上市挂牌").contains("人行芜湖市中心支行");
        assertThat(wuhu.body(6)).contains("示范区，每年发布高校院所可转化成果清单").doesNotContain("— 3 —");
    }

    @Test
    void unbracketedNotesGiveTheLeadAndTheOthersAsCo() {
        assertThat(wuhu.units(4)).containsExactly("科技局/lead", "发展改革委/co", "经济和信息化局/co", "教育局/co",
                "各县市区人民政府/co");
        assertThat(wuhu.units(9)).containsExactly("地方金融监管局/lead", "财政局/co", "科技局/co", "人行芜湖市中心支行/co");
        assertThat(wuhu.units(10)).startsWith("市委组织部/lead");
        assertThat(wuhu.units(11)).containsExactly("科技局/lead", "发展改革委/co", "各县市区人民政府/co");
        assertThat(wuhu.units(13)).isEmpty();
        assertThat(wuhu.structure().warnings()).noneMatch(w -> w.contains("no responsibility note"));
    }

    @Test
    void readsTheGoalsOfTheTargetArticleAndOfTasks() {
        assertThat(wuhu.targets()).contains("高新技术企业 = 2500家 2025", "省级以上研发机构 > 600家 2025",
                "技术合同成交额 > 200亿元 2025", "规模以上工业企业研发机构覆盖率 ~ 50% 2025",
                "省级以上创新平台 = 50个 2025", "科技型中小企业 >= 3000家 2025", "高层次科技人才团队 = 200个 2025");
        assertThat(wuhu.structure().targets()).noneMatch(t -> "万元".equals(t.unit()));
    }

    @Test
    void findsUniversitiesCompaniesPlatformsAndParks() {
        assertThat(wuhu.names(Label.University)).contains("安徽工程大学", "安徽师范大学", "皖南医学院", "芜湖职业技术学院",
                "中国科学技术大学", "合肥工业大学").doesNotContain("技术转移学院");
        assertThat(wuhu.names(Label.Enterprise)).contains("奇瑞汽车", "埃夫特", "长信科技");
        assertThat(wuhu.names(Label.Platform)).contains("新能源汽车联合实验室", "哈工大芜湖机器人产业技术研究院",
                "中国科学技术大学先进技术研究院芜湖分院", "新型显示材料工程研究中心", "芜湖市技术转移中心");
        assertThat(wuhu.names(Label.Park)).contains("芜湖高新区", "芜湖经济技术开发区", "三山经济开发区", "繁昌经济开发区",
                "芜湖机器人产业园", "芜湖航空产业园").doesNotContain("科技成果转化示范区");
        assertThat(wuhu.names(Label.Industry)).contains("机器人及智能装备", "新能源汽车", "新型显示", "微电子", "通用航空");
    }

    @Test
    void readsIndustryAcademiaRelations() {
        assertThat(wuhu.relations()).contains(
                "PARTNERS_WITH 安徽工程大学 -> 奇瑞汽车",
                "HOSTS 安徽工程大学 -> 新能源汽车联合实验室",
                "HOSTS 奇瑞汽车 -> 新能源汽车联合实验室",
                "RELIES_ON 新型显示材料工程研究中心 -> 安徽师范大学",
                "PARTNERS_WITH 芜湖 -> 中国科学技术大学",
                "PARTNERS_WITH 芜湖 -> 合肥工业大学",
                "LOCATED_IN 芜湖经济技术开发区 -> 芜湖");
    }
}

package dev.collabgraph.loader.extract;

import dev.collabgraph.loader.structure.AnnexRow;
import dev.collabgraph.loader.structure.SectionBlock;
import dev.collabgraph.loader.structure.TaskBlock;
import dev.collabgraph.loader.structure.UnitRef;
import dev.collabgraph.model.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * 江宁区 通知 wrapping an action plan: （一） items under 一、 are the tasks, notes read
 * （牵头：…；配合：…）, full-width digits, a tab-separated annex with a 完成时限 column, and platforms named
 * …创新中心, …概念验证中心, …中试基地. Expectations were written from the text before running.
 */
class FourthCityTest {
    private static NewDocument jiangning;

    @BeforeAll
    static void read() {
        jiangning = NewDocument.read("fourth-city.txt");
    }

    @Test
    void readsTheHeaderOfTheCoveringNotice() {
        assertThat(jiangning.structure().header().number()).isEqualTo("江宁政办发〔2023〕12号");
        assertThat(jiangning.structure().header().city()).isEqualTo("南京市");
        assertThat(jiangning.structure().header().title())
                .isEqualTo("关于印发江宁区加快建设科技创新策源地三年行动计划（2023—2025年）的通知");
        assertThat(jiangning.structure().header().date()).isEqualTo("2023-04-06");
    }

    @Test
    void bracketedItemsWithTextAreTasksAndBareOnesAreSections() {
        assertThat(jiangning.structure().sections()).extracting(SectionBlock::key, SectionBlock::title).containsExactly(
                tuple("1", "总体要求"), tuple("1.1", "指导思想"), tuple("1.2", "主要目标"), tuple("2", "重点任务"),
                tuple("3", "保障措施"));
        assertThat(jiangning.structure().tasks()).hasSize(8);
        assertThat(jiangning.structure().tasks()).extracting(TaskBlock::number, TaskBlock::label, TaskBlock::title)
                .startsWith(tuple(1, "二（一）", "深化校地融合发展"), tuple(2, "二（二）", "建设重大创新平台"));
        assertThat(jiangning.task(8).title()).isEqualTo("优化创新生态");
        assertThat(jiangning.structure().warnings()).anyMatch(w -> w.contains("not taken as tasks"));
    }

    @Test
    void notesWithoutTheWordUnitStillGiveRoles() {
        assertThat(jiangning.units(1)).containsExactly("区科技局/lead", "区发改局/co", "区教育局/co", "各街道/co");
        assertThat(jiangning.units(5)).containsExactly("区工信局/lead", "区科技局/co", "区发改局/co");
        assertThat(jiangning.units(7)).containsExactly("区发改局/lead", "区科技局/co", "区商务局/co", "相关园区管委会/co");
        assertThat(jiangning.units(9)).isEmpty();
        assertThat(jiangning.structure().warnings()).noneMatch(w -> w.contains("no responsibility note"));
    }

    @Test
    void readsTheAnnexWithADeadlineColumn() {
        assertThat(jiangning.structure().annex()).hasSize(8);
        AnnexRow first = jiangning.structure().annex().get(0);
        assertThat(first.year()).isEqualTo(2023);
        assertThat(first.title()).isEqualTo("深化校地融合发展");
        assertThat(first.taskNumber()).isEqualTo(1);
        assertThat(first.units()).extracting(UnitRef::name, UnitRef::role)
                .containsExactly(tuple("区科技局", "lead"), tuple("区发改局", "co"), tuple("区教育局", "co"));
        assertThat(jiangning.structure().annex()).extracting(AnnexRow::taskNumber).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void readsGoalsWrittenWithFullWidthDigits() {
        assertThat(jiangning.targets()).contains("高新技术企业 > 3000家 2025", "新型研发机构 = 60家 2025",
                "技术合同成交额 > 300亿元 2025", "全社会研发投入占地区生产总值比重 = 4.2% 2025",
                "科技型中小企业评价入库数 >= 5000家 2025", "瞪羚企业 = 150家 2025", "独角兽企业 = 5家 2025");
        assertThat(jiangning.structure().targets()).noneMatch(t -> "万元".equals(t.unit()));
    }

    @Test
    void findsUniversitiesCompaniesAndPlatformsOfOtherNaming() {
        assertThat(jiangning.names(Label.University)).contains("东南大学", "南京航空航天大学", "河海大学", "中国药科大学",
                "南京工程学院");
        assertThat(jiangning.names(Label.Enterprise)).contains("南瑞集团", "江苏润和软件股份有限公司", "先声药业",
                "南京紫晶光电科技有限公司", "国电南自");
        assertThat(jiangning.names(Label.Platform)).contains("网络通信与安全紫金山实验室", "南京江宁智能网联汽车创新中心",
                "江苏省生物医药中试基地", "南京航空航天大学江宁先进技术研究院", "东南大学江宁集成电路研究院",
                "东南大学概念验证中心", "江宁区生物医药概念验证中心", "电力系统智能控制联合实验室",
                "智能配电装备工程技术研究中心", "创新药物中试基地").doesNotContain("概念验证中心");
        assertThat(jiangning.names(Label.Park)).contains("江宁开发区", "江宁高新区", "江宁滨江开发区", "南京未来科技城",
                "江宁大学城科技园", "东山科创园", "麒麟人工智能产业园").doesNotContain("大学科技园");
        assertThat(jiangning.names(Label.Region)).contains("江宁区").doesNotContain("已经区");
        assertThat(jiangning.names(Label.Industry)).contains("智能电网", "新一代信息技术", "生物医药", "智能网联汽车");
    }

    @Test
    void readsUniversityEnterpriseCooperationIncludingSigning() {
        assertThat(jiangning.relations()).contains(
                "PARTNERS_WITH 东南大学 -> 南瑞集团",
                "HOSTS 东南大学 -> 电力系统智能控制联合实验室",
                "HOSTS 南瑞集团 -> 电力系统智能控制联合实验室",
                "PARTNERS_WITH 河海大学 -> 江苏润和软件股份有限公司",
                "PARTNERS_WITH 中国药科大学 -> 先声药业",
                "PARTNERS_WITH 南京工程学院 -> 国电南自",
                "HOSTS 南京航空航天大学 -> 南京航空航天大学江宁先进技术研究院",
                "HOSTS 东南大学 -> 东南大学概念验证中心",
                "LOCATED_IN 江宁高新区 -> 江宁区");
    }
}

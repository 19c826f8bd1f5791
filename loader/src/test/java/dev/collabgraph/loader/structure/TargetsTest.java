package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Goals of a preamble before the first part. */
class TargetsTest {
    private static final String WORK_POINTS = String.join("\n",
            "甲县2025年工作要点",
            "2025年是规划收官之年。主要目标是：研发经费投入强度由2024年的1.5%提高到1.8%，新增高新技术企业10家。",
            "一、培育创新主体",
            "1.培育科技型企业。开展培育。",
            "责任部门：县科技局");

    @Test
    void readsTheGoalsAPreambleStatesWithoutAGoalYear() {
        DocumentStructure structure = Docs.parse(WORK_POINTS);
        assertThat(structure.targets()).extracting(TargetFact::metric, TargetFact::year, TargetFact::value)
                .containsExactly(tuple("研发经费投入强度", 2024, 1.5), tuple("研发经费投入强度", 2025, 1.8),
                        tuple("新增高新技术企业", 2025, 10.0));
    }

    @Test
    void bulletsUnderASentenceLeadingThemInTakeItsYear() {
        DocumentStructure structure = Docs.parse(String.join("\n",
                "甲市深化产教融合工作方案",
                "一、工作目标",
                "到2028年，全市产教融合格局基本形成：",
                "——载体更加完善。市级以上产教联合体达到6个，现代产业学院达到15个；",
                "——合作更加紧密。产教融合型企业由2025年的58家增加到120家。",
                "对工作成效突出的单位，给予奖励100万元。",
                "二、重点任务",
                "1.组建产教联合体。开展建设。（市教育局负责）"));
        assertThat(structure.targets()).extracting(TargetFact::metric, TargetFact::year, TargetFact::value)
                .contains(tuple("市级以上产教联合体", 2028, 6.0), tuple("现代产业学院", 2028, 15.0),
                        tuple("产教融合型企业", 2025, 58.0), tuple("产教融合型企业", 2028, 120.0))
                .noneMatch(t -> t.toList().get(1).equals(2028) && t.toList().get(2).equals(100.0));
    }

    @Test
    void readsGoalsASentenceOfTheirYearOpensInsideThePreamble() {
        DocumentStructure structure = Docs.parse(String.join("\n",
                "甲市2026年市校合作重点任务书",
                "为深化市校合作，制定本任务书。2026年，技术合同成交额达到88亿元（2025年为71.3亿元），转化率达到35%。",
                "一、共建创新平台",
                "1.建设研究院。开展建设。",
                "责任部门：市科技局"));
        assertThat(structure.targets()).extracting(TargetFact::metric, TargetFact::year, TargetFact::value)
                .contains(tuple("技术合同成交额", 2026, 88.0), tuple("技术合同成交额", 2025, 71.3));
    }

    @Test
    void aValueOfTheYearComparedWithIsThatYearsAndAChangeIsNoValue() {
        DocumentStructure structure = Docs.parse(String.join("\n",
                "甲市2026年科技工作要点",
                "全市科技工作要以建设创新高地为目标，研发经费投入强度达到3.05%，比2025年的2.86%提高0.19个百分点，高新技术企业较2025年增加60家。",
                "一、强化创新平台",
                "1.建设研究院。开展建设。",
                "责任部门：市科技局"));
        assertThat(structure.targets()).extracting(TargetFact::metric, TargetFact::year, TargetFact::value)
                .containsExactly(tuple("研发经费投入强度", 2026, 3.05), tuple("研发经费投入强度", 2025, 2.86));
    }

    @Test
    void leavesAPreambleWithoutGoalsAlone() {
        DocumentStructure structure = Docs.parse(WORK_POINTS.replace("主要目标是：", "全县"));
        assertThat(structure.targets()).isEmpty();
    }

    @Test
    void goalsSetOutAsFieldsUnderAHeadingOfGoalsTakeThePagesYear() {
        DocumentStructure structure = Docs.parse(String.join("\n",
                "一图读懂｜甲市2027年科技创新重点任务时间表",
                "市科技局梳理形成3项年度重点任务。",
                "年度目标",
                "全社会研发经费投入强度：2.9%（2026年：2.62%）",
                "技术合同成交额：120亿元（2026年：96亿元）",
                "新增校企共建研发平台：25个",
                "任务01",
                "出台联合创新中心管理办法",
                "明确认定条件。",
                "责任单位：市科技局"));
        assertThat(structure.targets()).extracting(TargetFact::metric, TargetFact::year, TargetFact::value)
                .contains(tuple("全社会研发经费投入强度", 2027, 2.9), tuple("全社会研发经费投入强度", 2026, 2.62),
                        tuple("技术合同成交额", 2027, 120.0), tuple("技术合同成交额", 2026, 96.0),
                        tuple("新增校企共建研发平台", 2027, 25.0));
    }

    @Test
    void aGoalForThePlansEndTakesTheEndYearOfThePeriodTheTitleStates() {
        DocumentStructure structure = Docs.parse(String.join("\n",
                "甲区人民政府关于分解落实《甲区科技创新“十四五”规划》主要目标和任务的通知",
                "一、建设创新平台",
                "1.建设研发平台。支持企业建设研发机构，到规划期末建成各类市级以上研发平台200家以上。",
                "责任部门：区科技局"));
        assertThat(structure.targets()).extracting(TargetFact::year, TargetFact::value)
                .containsExactly(tuple(2025, 200.0));
        assertThat(Targets.planEnd("乙市科技创新发展规划（2024—2028年）", java.util.List.of())).isEqualTo(2028);
        assertThat(Targets.planEnd("乙市“十五五”科技创新规划", java.util.List.of())).isEqualTo(2030);
    }

    @Test
    void aBulletinsIssuingLineDatesItAndItsGoalsForThisYearTakeThatYear() {
        DocumentStructure structure = Docs.parse(String.join("\n",
                "工 作 简 报",
                "（第3期）",
                "甲岭县创新工作领导小组办公室　　　　2027年5月8日",
                "一、会议研究部署创新工作",
                "会议指出，要抓好落实。今年全县主要目标是：新增高新技术企业30家，技术合同成交额达到5亿元。一季度，全县新增高新技术企业6家。",
                "二、对接会举行",
                "对接会签约项目8个。"));
        assertThat(structure.header().date()).isEqualTo("2027-05-08");
        assertThat(structure.header().city()).isEqualTo("甲岭县");
        assertThat(structure.targets()).extracting(TargetFact::value, TargetFact::year)
                .contains(tuple(30.0, 2027), tuple(5.0, 2027), tuple(6.0, 0));
    }
}

package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Layouts met in documents the rules were not first written for: each test states one genre habit. */
class OtherLayoutsTest {
    /** Units by canonical name (a city's 市 dropped, as the graph names them) with their roles. */
    private static List<String> roles(DocumentStructure s, int task) {
        return s.notes().stream().filter(n -> n.taskNumber() == task).flatMap(n -> n.units().stream())
                .map(u -> u.name() + ":" + u.role()).toList();
    }

    private static List<String> roles(AnnexRow row) {
        return row.units().stream().map(u -> u.name() + ":" + u.role()).toList();
    }

    @Test
    void measuresNumberedAtTheTopLevelAreTasksWhenTheyCarryNotes() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府关于支持科技创新的若干政策措施
                某政发〔2024〕9号
                为加快建设创新型城市，制定如下政策措施。
                一、支持企业加大研发投入。对研发投入大的企业给予奖励。（责任单位：市科技局、市财政局）
                二、支持建设研发平台。对新认定的平台给予支持。（责任单位：市科技局牵头，市发展改革委、市工业和信息化局配合）
                三、加强督促检查。对落实情况开展年度评估。由市政府办公室组织实施，市科技局配合。
                四、本措施自印发之日起施行，由市科技局负责解释。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("支持企业加大研发投入", "支持建设研发平台", "加强督促检查");
        assertThat(roles(s, 1)).containsExactly("科技局:null", "财政局:null");
        assertThat(roles(s, 2)).containsExactly("科技局:lead", "发展改革委:co", "工业和信息化局:co");
        assertThat(roles(s, 3)).containsExactly("市政府办公室:lead", "科技局:co");
    }

    @Test
    void aNoteInSquareBracketsEndsAtItsClosingBracket() {
        DocumentStructure s = Docs.parse("""
                某某县人民政府
                关于印发某某县科技创新若干措施的通知
                一、主要措施
                （一）支持企业研发。对企业给予补助。【牵头单位：县科技局；责任单位：县财政局、各镇（街道）】
                （二）优化服务。各部门要按照职责分工，细化工作举措。【责任单位：县市场监管局】
                """);
        assertThat(roles(s, 1)).containsExactly("县科技局:lead", "县财政局:co", "各镇（街道）:co");
        assertThat(roles(s, 2)).containsExactly("县市场监管局:null");
    }

    @Test
    void aTabbedRowBrokenInsideACellGoesOnWhereItBrokeOff() {
        DocumentStructure s = Docs.parse("""
                某某县人民政府
                关于印发某某县行动计划的通知
                一、重点任务
                （一）建设实验室。支持建设。（牵头单位：县科技局）
                附件
                重点任务分工表
                序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限
                1\t建设材料实验室\t依托大学建设实验室，开展
                结构陶瓷技术攻关\t县科技局\t县发改局、县财政局、某某高
                新区管委会\t2024年12月
                2\t推动研究院运行\t完善运行机制\t\t县教育局\t2023年12月
                """);
        assertThat(s.annex()).hasSize(2);
        assertThat(roles(s.annex().get(0)))
                .containsExactly("县科技局:lead", "县发改局:co", "县财政局:co", "某某高新区管委会:co");
        // an empty lead cell repeats the row above
        assertThat(roles(s.annex().get(1))).containsExactly("县科技局:lead", "县教育局:co");
    }

    @Test
    void aColumnOfAssistingTownsNamesUnitsAndAMarkedLeadMakesTheOthersAssist() {
        DocumentStructure s = Docs.parse("""
                某某县人民政府
                关于印发某某县若干措施的通知
                一、主要措施
                （一）支持企业研发。对企业给予补助。（责任单位：县科技局）
                附件
                某某县2024年重点任务清单
                序号\t重点任务\t目标要求\t责任单位\t配合镇（街道）
                1\t新增高新技术企业\t新增4家以上\t县科技局（牵头）、县财政局\t城南街道、白鹤镇
                2\t建设服务中心\t投入运行\t县科技局（牵头）\t—
                """);
        assertThat(roles(s.annex().get(0)))
                .containsExactly("县科技局:lead", "县财政局:co", "城南街道:co", "白鹤镇:co");
        assertThat(roles(s.annex().get(1))).containsExactly("县科技局:lead");
    }

    @Test
    void aCellThatLabelsItsListsGivesEachItsRole() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府
                关于印发某某市实施方案的通知
                一、保障措施
                （一）加强组织领导。建立工作机制。（责任单位：市科技局）
                附件
                任务清单
                序号\t重点任务\t工作措施\t责任单位\t完成时限
                1\t建设工程技术研究中心\t支持企业建设研发机构。\t牵头：市科技局
                配合：市工信局、某某县人民政府\t2025年6月
                """);
        assertThat(roles(s.annex().get(0)))
                .containsExactly("科技局:lead", "工信局:co", "某某县人民政府:co");
    }

    @Test
    void aRunningHeaderOfTheFilesNameIsPageNoise() {
        DocumentStructure s = Docs.parse("""
                某某区人民政府
                关于印发某某区工作要点的通知
                一、重点工作
                （一）深化校地合作。开展对接活动。牵头单位：区科技局；协办单位：区教育局、
                — 3 —
                某某区2024年科技创新工作要点.docx
                区经信局、某某经开区管委会。
                """);
        assertThat(roles(s, 1)).containsExactly("区科技局:lead", "区教育局:co", "区经信局:co", "某某经开区管委会:co");
    }

    @Test
    void aReversedDepartmentUnderItsLevelReadsAsTheDepartmentsOwnName() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府
                关于印发某某市工作方案的通知
                一、重点任务
                （一）建设研究院。支持建设。
                牵头：市科技局　　配合：市委改发、市财政局
                """);
        assertThat(roles(s, 1)).containsExactly("科技局:lead", "发改委:co", "财政局:co");
    }
}

package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Items marked by characters that stand for a number (keycaps, ㈠, Word's 第一项) and the notes that go with them. */
class MarkedItemsTest {
    @Test
    void keycapItemsWithHeadsInCornerBracketsAndPointedUnitLinesAreTasks() {
        DocumentStructure s = Docs.parse("""
                某某区2027年校地合作重点工作清单
                01 平台建设篇
                1️⃣「建设某某大学研究院」
                研究院一期建成投用，引进研发团队5个。
                👉牵头：区科技局｜配合：区财政局、某某科创园管委会
                2️⃣「共建产业学院」
                支持某某职业技术学院共建产业学院。
                👉区教育局牵头，区人社局配合
                🔟「落实技术合同奖补」
                按技术合同成交额给予奖补。
                👉区财政局、区科技局按职责分工负责
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设某某大学研究院", "共建产业学院", "落实技术合同奖补");
        assertThat(Docs.roles(s, 1)).containsExactly("区科技局:lead", "区财政局:co", "某某科创园管委会:co");
        assertThat(Docs.roles(s, 2)).containsExactly("区教育局:lead", "区人社局:co");
    }

    @Test
    void parenthesisedIdeographItemsTakeNotesOfLeadAndAssistingUnits() {
        DocumentStructure s = Docs.parse("""
                某某县产学研融合行动方案
                一、平台共建
                    ㈠推进某某研究院实体化运行。支持某某大学共建研究院。
                    主抓单位：县科技局　协抓单位：县财政局、某某开发区管委会
                    ㈡布局科技小院。在某某镇建设科技小院。
                    主抓：县农业农村局；协抓：某某镇人民政府
                二、成果转化
                    ㈠设立成果转化引导资金。县财政每年安排资金。
                    主抓单位：县财政局
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("推进某某研究院实体化运行", "布局科技小院", "设立成果转化引导资金");
        assertThat(Docs.roles(s, 1)).containsExactly("县科技局:lead", "县财政局:co", "某某开发区管委会:co");
        assertThat(Docs.roles(s, 2)).containsExactly("县农业农村局:lead", "某某镇人民政府:co");
    }

    @Test
    void itemsCountedAsFirstSecondItemByWordAreTasksButTheirSharedNoteIsNot() {
        DocumentStructure s = Docs.parse("""
                某某市2027年校地合作重点工作安排
                一、深化平台共建
                第一项　共建某某大学先进制造研究院。支持某某大学与高新区共建研究院。
                牵头单位：市科技局
                配合单位：市财政局
                第二项　建设集成电路产教融合平台。推动高校共建实训中心。
                责任单位：市教育局
                第三项　建设概念验证中心。全年验证成果30项。
                第四项　举办校企对接活动。全年举办对接会6场。
                第三项、第四项责任单位：市科技局（牵头），市工商联
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("共建某某大学先进制造研究院",
                "建设集成电路产教融合平台", "建设概念验证中心", "举办校企对接活动");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("科技局:lead", "工商联:co");
        // the shared note reaches its items by number: no warning that it belongs to no task
        assertThat(s.warnings()).noneMatch(w -> w.contains("belongs to no task"));
    }

    @Test
    void aRoleColumnGivesEachUnitLineItsRole() {
        DocumentStructure s = Docs.parse("""
                某某高新区2027年校地合作重点项目表
                序号\t项目名称\t建设内容\t责任单位\t分工\t完成时限
                1\t共建某某大学研究院\t引进研发团队4个\t高新区科技创新局\t牵头\t9月底前
                \t\t\t高新区财政金融局\t配合\t
                \t\t\t某某大学\t参与\t
                2\t建设公共技术服务平台\t开展检测服务\t高新区经济发展局\t牵头\t12月底前
                \t\t\t高新区科技创新局\t\t
                \t\t\t某某产业园运营公司\t配合\t
                """);
        assertThat(Docs.roles(s.annex().get(0)))
                .containsExactly("高新区科技创新局:lead", "高新区财政金融局:co", "某某大学:co");
        // a role cell merged over two lines gives both units its role
        assertThat(Docs.roles(s.annex().get(1)))
                .containsExactly("高新区经济发展局:lead", "高新区科技创新局:lead", "某某产业园运营公司:co");
    }

    @Test
    void aClosingSentenceMayNameTheWorkBeforeItsUnitsAndLevelsMayShareOneOrgan() {
        DocumentStructure s = Docs.parse("""
                某某市推进校企协同方案
                一、重点任务
                1.开展赋权改革。开展试点。由市科技局会同市教育局负责，各区、县（市）人民政府配合做好服务。
                2.推广科技保险。引导保险机构开发产品。以上工作市地方金融管理局负责，市市场监管局配合。
                3.设立基金。（责任单位：市财政局、各区、各县）
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "教育局:co", "各区、县（市）人民政府:co");
        assertThat(Docs.roles(s, 2)).containsExactly("地方金融管理局:lead", "市场监管局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("财政局:null", "各区:null", "各县:null");
    }
}

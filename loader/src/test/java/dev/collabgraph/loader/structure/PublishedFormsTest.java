package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.MappedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms a document takes when it is republished (a WeChat article's badges, a mirror site's traditional script with
 * pinyin, a Word file's marks) and labels the genre uses for its items and units: each test states one habit.
 */
class PublishedFormsTest {
    @Test
    void twoDigitBadgesAboveTheirHeadingsNumberTheMeasures() {
        DocumentStructure s = Docs.parse("""
                某某区支持协同创新五条措施
                为推动高校与企业合作，制定以下措施。
                01
                加大研发投入奖补
                对研发费用增长快的企业给予奖补。
                📍实施主体：区科技局（牵头），区财政局
                02
                支持共建研发机构
                鼓励高校与企业共建研发机构。
                📍实施主体：区科技局
                03
                建设中试平台
                支持中试基地开放服务。
                📍实施主体：区工信局、区科技局
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("加大研发投入奖补", "支持共建研发机构", "建设中试平台");
        assertThat(Docs.roles(s, 1)).containsExactly("区科技局:lead", "区财政局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("区工信局:null", "区科技局:null");
    }

    @Test
    void aBareNumberBetweenTwoLinesOfASentenceIsStillAPageNumber() {
        MappedText text = Docs.clean("""
                一、重点任务
                1.建设研发平台。支持企业建设研发平台，对新认定的平台
                12
                给予奖励。（责任单位：市科技局）
                """);
        assertThat(text.text()).doesNotContain("12").contains("平台给予奖励");
    }

    @Test
    void measuresLabelledByTheirKindAreTheTasks() {
        DocumentStructure s = Docs.parse("""
                某某高新区关于建设环高校创新圈的若干举措
                为发挥高校作用，现提出如下举措。
                举措一：建设大学科技园。依托某某大学建设科技园南区。（牵头部门：科技创新局；协同部门：规划建设局）
                举措二：共建概念验证中心。支持高校与企业共建中心。（责任部门：科技创新局、财政金融局）
                举措三：组建创新联合体。支持企业联合高校组建联合体。（牵头部门：经济发展局）
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设大学科技园", "共建概念验证中心", "组建创新联合体");
        assertThat(s.tasks()).extracting(TaskBlock::label).containsExactly("举措一", "举措二", "举措三");
        assertThat(Docs.roles(s, 1)).containsExactly("科技创新局:lead", "规划建设局:co");
        assertThat(s.header().title()).isEqualTo("关于建设环高校创新圈的若干举措");
    }

    @Test
    void aNoteCutAfterItsSemicolonByAHardWrapGoesOnOnTheNextLine() {
        DocumentStructure s = Docs.parse("""
                某某高新区关于建设创新街区的若干举措
                举措一：优化创新街区配套。建设人才公寓。（牵头部门：规划建设局
                ；协同部门：社会事业局）
                举措二：建立会商机制。每半年召开一次会商会议。（牵头部门：党政办公室；
                协同部门：科技创新局
                、各园区管理办公室）
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("规划建设局:lead", "社会事业局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("党政办公室:lead", "科技创新局:co", "各园区管理办公室:co");
    }

    @Test
    void aTitleSetOnTwoLinesIsOneTitleAndTheBannerAboveItIsNone() {
        DocumentStructure s = Docs.parse("""
                某某县人民政府办公室
                督　办　通　知
                某政办督〔2026〕5号
                关于落实县政府第三次常务会议
                议定事项的督办通知
                各乡镇人民政府，县政府各部门：
                一、关于建设产业技术研究院的事项
                会议同意共建研究院。
                牵头单位：县科技局　　配合单位：县财政局
                二、关于建设标准厂房的事项
                会议原则同意建设方案。
                牵头单位：县住建局　　配合单位：县自然资源局
                三、关于支持企业共建研发平台的事项
                会议原则同意以下措施：
                1.对共建研发平台的企业给予奖励；
                2.县科技局要会同县财政局制定细则。
                责任单位：县科技局、县财政局
                四、关于建设科技小院的事项
                会议同意建设科技小院。
                牵头单位：县农业农村局　　配合单位：县科技局
                """);
        assertThat(s.header().title()).isEqualTo("关于落实县政府第三次常务会议议定事项的督办通知");
        // the decisions are the items; the 1.–2. of the third are a list inside it
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("关于建设产业技术研究院的事项",
                "关于建设标准厂房的事项", "关于支持企业共建研发平台的事项", "关于建设科技小院的事项");
        assertThat(Docs.roles(s, 3)).containsExactly("县科技局:null", "县财政局:null");
    }

    @Test
    void aDocumentInTraditionalScriptWithPinyinIsReadInSimplified() {
        DocumentStructure s = Docs.parse("""
                雲溪縣科技創新賦能縣域產(chǎn)業(yè)行動方案
                雲辦發(fā)〔2025〕21號(hào)
                一、重點任務
                （一）實施竹木產(chǎn)業(yè)技術攻關。支持企業(yè)聯合高校攻關。(縣科技局牽頭，縣財政局配合)
                （二）建設竹產(chǎn)業(yè)研究院。依託師範學院共建研究院。(縣科技局、雲溪經濟開發(fā)區(qū)管委會牽頭，縣市場監管局配合)
                附件
                序號(hào)? | 重 點 任 務? | 牽頭單位? | 配合單位? |
                1? | 技術攻關項目立項10項? | 縣科技局? | 縣工業(yè)和信息化局? 縣財政局? |
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("实施竹木产业技术攻关", "建设竹产业研究院");
        assertThat(Docs.roles(s, 1)).containsExactly("县科技局:lead", "县财政局:co");
        assertThat(s.annex()).hasSize(1);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("县科技局:lead", "县工业和信息化局:co", "县财政局:co");
    }

    @Test
    void quotesOfATraditionalDocumentStayAsPublished() {
        MappedText text = Docs.clean("（一）實施竹木產(chǎn)業(yè)技術攻關。\n");
        int at = text.text().indexOf("产业");
        assertThat(at).isPositive();
        assertThat(text.quote(at, at + 2)).isEqualTo("產(chǎn)業");
    }

    @Test
    void aSimplifiedDocumentKeepsItsCharacters() {
        // 著 and 乾 have other simplified forms in the converter; a simplified text keeps them
        MappedText text = Docs.clean("显著提升乾元公司研发能力，支持企业加大研发投入，推动产业转型升级。\n");
        assertThat(text.text()).startsWith("显著提升乾元公司");
    }

    @Test
    void aSignTheDocumentSaysMarksTheLeadsMakesTheOthersAssist() {
        DocumentStructure s = Docs.parse("""
                某某市推进产教融合实施方案
                一、总体目标
                到2028年，建设产教融合型企业120家。
                二、重点任务
                各项任务的责任单位中，带“*”的为牵头单位，其余为配合单位。
                （一）培育产教融合型企业。建立培育库。（责任单位：市发展改革委*、市教育局、市工信局）
                （二）建设公共技术服务平台。开放共享检测服务。（责任单位：市科技局*、市工信局*、市财政局）
                附表
                序号	重点任务	2026年	2027年	责任单位
                1	培育产教融合型企业	入库企业60家	入库企业90家	市发展改革委*、市教育局
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("发展改革委:lead", "教育局:co", "工信局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead", "工信局:lead", "财政局:co");
        // years as columns beside a task and a unit column: a yearly plan, not indicators
        assertThat(s.indicators()).isEmpty();
        assertThat(s.annex()).hasSize(1);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("发展改革委:lead", "教育局:co");
    }

    @Test
    void aMirrorPagesTrailIsNoTitleAndItsQuotedTitleIs() {
        DocumentStructure s = Docs.parse("""
                首页 > 政策法规 > 地方政策
                《中共某某县委办公室 某某县人民政府办公室关于印发某某县科技创新行动方案的通知》
                浏览量: 时间:2025-11-06 14:22:31
                某办发〔2025〕21号
                一、重点任务
                （一）实施技术攻关。支持企业联合高校攻关。（县科技局牵头，县财政局配合）
                """);
        assertThat(s.header().title()).isEqualTo("关于印发某某县科技创新行动方案的通知");
        assertThat(s.header().city()).isEqualTo("某某县");
    }

    @Test
    void anUnlabelledNoteBeforeTheFullStopIsNotPartOfTheTitle() {
        DocumentStructure s = Docs.parse("""
                某某市关于促进科技成果转化的实施意见
                一、重点任务
                （一）建设高校科技成果转化服务体系（市教育局牵头，市科技局、市财政局配合）。支持高校设立技术转移机构。
                （二）培育技术经理人队伍（市科技局负责）。每年培训技术经理人200名。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设高校科技成果转化服务体系", "培育技术经理人队伍");
        assertThat(Docs.roles(s, 1)).containsExactly("教育局:lead", "科技局:co", "财政局:co");
    }

    @Test
    void aDeadlineFieldSetApartByATabEndsTheUnitList() {
        DocumentStructure s = Docs.parse("""
                某某县人民政府办公室督办通知
                一、关于建设标准厂房的事项
                会议原则同意建设方案。
                牵头单位：某某经济开发区管委会	配合单位：县自然资源局、县住建局	办结时限：2026年6月30日
                二、关于建设研究院的事项
                会议同意共建研究院。
                牵头单位：县科技局	配合单位：县财政局	办结时限：2026年9月30日
                三、关于建设科技小院的事项
                会议同意建设科技小院。
                牵头单位：县农业农村局	配合单位：县科技局	办结时限：2026年7月31日
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("某某经济开发区管委会:lead", "县自然资源局:co", "县住建局:co");
    }

    @Test
    void aSpeechsDutiesOneByOneAreItsTasksAndTheOrgansItGivesRolesTheirUnits() {
        DocumentStructure s = Docs.parse("""
                在全市校地合作推进会上的讲话
                一、肯定成绩，坚定信心
                去年以来，全市推动校地合作取得积极成效。
                二、聚焦重点，推动校地合作提质增效
                一要聚焦主导产业抓协同攻关。市科技局要牵头梳理技术需求清单，市工信局、某某高新区管委会要积极配合。
                二要围绕平台载体抓共建共享。市发展改革委要负责研究院建设协调，市财政局要给予资金支持。
                三要引育用好人才抓队伍建设。市人社局要牵头完善科技副总制度。
                三、压实责任，确保各项任务落到实处
                各地各部门要把校地合作摆上重要议事日程。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("聚焦主导产业抓协同攻关", "围绕平台载体抓共建共享", "引育用好人才抓队伍建设");
        assertThat(Docs.roles(s, 1)).startsWith("科技局:lead");
    }

    @Test
    void goalsWithoutAYearTakeTheYearTheTitleNames() {
        DocumentStructure s = Docs.parse("""
                某某经济技术开发区2027年重点工作计划
                一、总体目标
                全年规模以上工业总产值突破520亿元，新增高新技术企业30家。
                二、重点工作
                （一）壮大储能产业集群。引进配套企业8家以上。（牵头部门：经济发展局）
                """);
        assertThat(s.targets()).isNotEmpty().allMatch(f -> f.year() == 2027);
    }

    @Test
    void aTaskTableWithoutANumberColumnNumbersItsRowsInTheTaskCells() {
        DocumentStructure s = Docs.parse("""
                某某市科技局2026年工作总结和2027年工作计划
                一、2026年工作总结
                全年新认定高新技术企业180家。
                二、2027年工作计划
                重点任务	责任科室
                （一）培育壮大创新主体	
                1.实施高新技术企业倍增行动 全年新认定高新技术企业200家以上。	高新技术科（牵头） 政策法规科
                2.推进科技型中小企业梯次培育 推动入库企业突破2600家。	高新技术科
                """);
        assertThat(s.annex()).extracting(AnnexRow::number).containsExactly(1, 2);
        assertThat(s.annex().get(0).title()).startsWith("实施高新技术企业倍增行动");
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("高新技术科:lead", "政策法规科:co");
    }

    @Test
    void theStepsOfACallsProcedureAreNotItsWork() {
        DocumentStructure s = Docs.parse("""
                关于发布2026年度揭榜挂帅科技项目榜单的通知
                某科发〔2026〕3号
                一、揭榜条件
                （一）揭榜方应具有独立法人资格。
                二、揭榜程序
                1.对接洽谈。意向揭榜方直接与发榜单位联系。
                2.提交方案。揭榜方通过系统提交揭榜方案。
                3.评审签约。区科技局组织专家评审，择优确定揭榜方。
                三、支持方式
                区财政按技术合同实际到账金额给予补助。
                """);
        assertThat(s.tasks()).isEmpty();
    }

    @Test
    void aUnitHeaderMergedOverTwoColumnsGivesBothItsRole() {
        DocumentStructure s = Docs.parse("""
                某某大学—某某市2026年校地合作工作要点
                一、共建平台
                1.建设先进材料研究院。依托学院建设中试线。
                学校责任部门：科学技术处（牵头）
                地方责任部门：市科技局（牵头）、市工信局
                附件
                序号	项目名称	牵头单位		完成时限
                		学校	地方
                1	先进材料研究院中试线	科学技术处	市科技局	2026年10月
                2	智能装备创新中心组建	机械工程学院	市工信局	2026年12月
                """);
        assertThat(s.annex()).hasSize(2);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("科学技术处:lead", "科技局:lead");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("机械工程学院:lead", "工信局:lead");
    }

    @Test
    void tasksListedUnderTheirDepartmentsAreLedByIt() {
        DocumentStructure s = Docs.parse("""
                某某高新区2026年科技工作任务分解方案
                现将年度任务分解到各责任部门，列于部门名下的任务由该部门牵头负责。
                一、科技发展局
                1．建设大学科技园。支持某某大学建设科技园，年内引入企业20家。经济发展局、财政局配合。
                2．培育高新技术企业。新认定高新技术企业30家。
                二、经济发展局
                3．推动企业研发机构建设。会同某某市工业和信息化局推动企业建设研发机构。
                三、规划建设局、招商服务中心（共同牵头）
                4．建设标准厂房。年内交付厂房10万平方米。
                附件
                主要指标分解表
                序号\t指标名称\t单位\t2025年完成\t2026年目标\t责任部门
                1\t高新技术企业数\t家\t120\t150\t科技发展局
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设大学科技园", "培育高新技术企业", "推动企业研发机构建设", "建设标准厂房");
        assertThat(Docs.roles(s, 1)).containsExactly("科技发展局:lead", "经济发展局:co", "财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("科技发展局:lead");
        assertThat(Docs.roles(s, 3)).containsExactly("经济发展局:lead", "某某市工业和信息化局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("规划建设局:lead", "招商服务中心:lead");
    }

    @Test
    void aNewspapersNumbersJumpAndPlaceFieldsAreRead() {
        DocumentStructure s = Docs.parse("""
                某某市促进成果转化若干措施
                为加快成果转化，制定如下措施。
                一、支持转化载体
                ⒈建设转化中心。支持高校建设转化中心。（主责：市科技局；协同：市财政局）
                ⒉共建中试基地。推动某某大学与企业共建中试基地，（下转第3版）
                责任编辑：某某
                某某日报　第03版
                本版标题导航
                ·（上接第2版）某某市促进成果转化若干措施
                （上接第2版）每个基地给予补助。（主责：市科技局；属地：各区人民政府）
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设转化中心", "共建中试基地");
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead", "各区人民政府:co");
        assertThat(s.tasks().get(1).title()).isEqualTo("共建中试基地");
    }

    @Test
    void aNoteInAsciiSquareBracketsIsANote() {
        DocumentStructure s = Docs.parse("""
                某某县2026年重点工作督查安排
                一、重点任务
                1、推进园区建设。加快建设科技园。[牵头县领导:某某;牵头单位:县科技局;责任单位:县财政局、县发改委;办结时限:2026年底]
                2、培育创新企业。新增科技型企业10家。[牵头单位:县工信局;办结时限:2026年6月底]
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("县科技局:lead", "县财政局:co", "县发改委:co");
        assertThat(Docs.roles(s, 2)).containsExactly("县工信局:lead");
    }

    @Test
    void ordinalTasksWithOfficialsAfterTheirUnitsAndADashedClosingList() {
        DocumentStructure s = Docs.parse("""
                某某区2027年度科技创新目标责任书
                一、重点工作任务
                乙方承担以下重点工作任务。任务所列责任单位中，排在首位的为牵头单位，其余为配合单位。
                第一项任务：推进科学城建设。加快建设公共实验平台。
                区级责任领导：某某（副区长）
                责任单位及责任人：区科技局（局长　罗某某）、区工信局（局长　韩　某）
                第二项任务：培育科技型企业。新认定高新技术企业45家。（分值：10分）——区科技局、区财政局
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("推进科学城建设", "培育科技型企业");
        assertThat(Docs.roles(s, 1)).containsExactly("区科技局:lead", "区工信局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("区科技局:lead", "区财政局:co");
    }

    @Test
    void aTableNamingItemsByNumberGivesThemTheirUnits() {
        DocumentStructure s = Docs.parse("""
                某某开发区2027年产学研合作工作计划
                一、重点工作
                （1）建设研究院。推动大学与开发区共建研究院。
                （2）建设中试基地。依托企业建设中试基地。
                （3）组建合作联盟。组建产学研合作联盟。
                二、责任分工
                各项工作的牵头部门和配合部门按下表执行。
                任务序号\t牵头部门\t责任领导\t配合部门
                （1）—（2）\t科技创新局\t刘某某\t经济发展局、财政金融局
                （3）\t投资促进局\t赵某\t科技创新局
                """);
        assertThat(s.tasks()).hasSize(3);
        assertThat(Docs.roles(s, 1)).containsExactly("科技创新局:lead", "经济发展局:co", "财政金融局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("科技创新局:lead", "经济发展局:co", "财政金融局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("投资促进局:lead", "科技创新局:co");
    }

    @Test
    void itemsMarkedByDiamondsUnderPartsWithOneNoteForAPart() {
        DocumentStructure s = Docs.parse("""
                某某高新区2027年校地融合创新工作计划
                板块一　创新平台提能
                ◆【建设先进光电研究院】推动大学与高新区共建研究院。（责任部门：科技创新局　责任人：林某｜配合部门：财政局）
                ◆【提升孵化载体水平】打造专业化众创空间：
                　　●支持大学设立创业孵化器；
                　　●新增在孵科技企业50家。
                （责任部门及责任人：企业服务局/陈某）
                板块二　人才与生态营造
                ◆【引育产业人才】引进领军人才10名。
                ◆【办好校地对接会】每季度举办一次对接会。
                　　本板块任务由人才发展局牵头，科技创新局配合。
                　　各责任部门要对照计划细化措施。
                """);
        assertThat(s.sections()).extracting(SectionBlock::title).containsExactly("创新平台提能", "人才与生态营造");
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设先进光电研究院", "提升孵化载体水平", "引育产业人才", "办好校地对接会");
        assertThat(Docs.roles(s, 1)).containsExactly("科技创新局:lead", "财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("企业服务局:null");
        assertThat(Docs.roles(s, 3)).containsExactly("人才发展局:lead", "科技创新局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("人才发展局:lead", "科技创新局:co");
    }

    @Test
    void manyParenthesisedNumbersPrintedAsOneCharacterAreSpeltOutWithTheTextAfterThem() {
        StringBuilder doc = new StringBuilder("某某区科技创新重点工作分工\n一、重点工作\n");
        String numbers = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿";
        for (int i = 0; i < numbers.length(); i++) {
            doc.append(numbers.charAt(i)).append("建设第").append(i + 1).append("个平台。（责任单位：区科技局）\n");
        }
        doc.append("各部门要按时报送进展。\n");
        MappedText text = Docs.clean(doc.toString());
        assertThat(text.text()).contains("（12）建设第12个平台", "各部门要按时报送进展。");
        int at = text.text().indexOf("（12）");
        assertThat(text.quote(at, at + 4)).isEqualTo("⑿");
        assertThat(Docs.parse(doc.toString()).tasks()).hasSize(12);
    }

    @Test
    void itemsCodedByLetterAndNumberWithStarredUnitsPartedBySpaces() {
        DocumentStructure s = Docs.parse("""
                某某县2027年科技创新攻坚清单
                清单中每项任务末尾〔〕内为责任单位，标★的为牵头单位。
                A平台攻坚（2项）
                A1　建设农机装备研究院。推动大学与开发区共建研究院。〔县科技局★　县财政局　各乡镇人民政府〕
                A2　扩建绿色食品中试基地。支持企业扩建中试基地。〔县工信局★、县科技局〕
                B主体攻坚（1项）
                B1　培育科技型中小企业。推动入库企业达到180家。〔县科技局　县市场监管局〕
                """);
        assertThat(s.tasks()).extracting(TaskBlock::label).containsExactly("A1", "A2", "B1");
        assertThat(Docs.roles(s, 1)).containsExactly("县科技局:lead", "县财政局:co", "各乡镇人民政府:co");
        assertThat(Docs.roles(s, 2)).containsExactly("县工信局:lead", "县科技局:co");
        assertThat(Docs.unitNames(s, 3)).containsExactly("县科技局", "县市场监管局");
    }

    @Test
    void paragraphsWordNumberedAndSavedAsTextKeepTheirNumbersTab() {
        // Word saves a numbered paragraph as text as its number, a tab, then the paragraph: not a table row
        DocumentStructure s = Docs.parse("""
                某某联盟2026年工作计划
                一、\t工作目标
                全年举办产学研对接活动20场。
                二、\t重点工作
                （一）\t搭建协同创新平台
                1.\t建设共性技术研发中心。依托某某大学建设中心。（牵头：某某大学微电子学院；参与：联盟秘书处）
                2.\t推动公共服务平台开放。支持企业开放设备。（牵头：某某检测技术有限公司）
                （二）\t深化产教融合
                1.\t开展人才联合培养。支持学院开设订单班。（牵头：某某职业技术学院；参与：联盟秘书处）
                附件
                序号\t活动名称\t时间\t承办单位\t协办单位
                1\t产业技术对接会\t3月\t联盟秘书处\t某某大学
                2\t创新创业大赛\t9月\t某某大学\t—
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设共性技术研发中心", "推动公共服务平台开放", "开展人才联合培养");
        assertThat(Docs.roles(s, 1)).containsExactly("某某大学微电子学院:lead", "联盟秘书处:co");
        // 承办 beside 协办 leads; alone it would say only who does the work
        assertThat(s.annex()).extracting(AnnexRow::title).containsExactly("产业技术对接会", "创新创业大赛");
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("联盟秘书处:lead", "某某大学:co");
    }

    @Test
    void aTableAfterEachGroupThatRepeatsItsItemsNumbersAndTitlesGivesTheirUnits() {
        DocumentStructure s = Docs.parse("""
                某某市深化产教融合三年行动方案
                一、总体目标
                到2028年，建成产教融合共同体20个。
                二、重点行动
                （一）产教融合共同体建设行动
                1．组建市域产教联合体。以高新区为依托，由职业技术学院联合龙头企业组建联合体。
                2．共建现代产业学院。支持某某大学围绕高端装备等产业共建现代产业学院。
                表1　产教融合共同体建设行动任务分工
                序号\t任务\t牵头单位\t配合单位
                1\t组建市域产教联合体\t市教育局\t市工业和信息化局、高新区管委会
                2\t共建产业学院\t\t市人力资源社会保障局
                （二）校企联合创新行动
                3．共建校企联合研发平台。支持某某大学与某某集团共建研发平台。
                表2　校企联合创新行动任务分工
                序号\t任务\t牵头单位\t配合单位
                3\t共建校企联合研发平台\t市科学技术局\t市教育局
                三、保障措施
                1．加强统筹协调。建立联席会议制度。
                2．强化政策支持。统筹用好专项资金。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("组建市域产教联合体", "共建现代产业学院", "共建校企联合研发平台");
        assertThat(Docs.roles(s, 1)).containsExactly("教育局:lead", "工业和信息化局:co", "高新区管委会:co");
        // a lead cell left empty under a merged one is the lead above; a shortened title still names its item
        assertThat(Docs.roles(s, 2)).containsExactly("教育局:lead", "人力资源社会保障局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("科学技术局:lead", "教育局:co");
        assertThat(s.annex()).hasSize(3);
    }

    @Test
    void circledNumbersOpeningParagraphsAreItemsAndTheirLeadingBracketTheirNote() {
        DocumentStructure s = Docs.parse("""
                某某集团2026年科技创新工作要点
                一、主要目标
                全年研发投入达到5.6亿元。
                二、重点任务
                （一）完善体制机制
                ①【科技创新部】修订科技创新管理办法。完善项目立项管理。
                ②【牵头：财务管理部；协同：科技创新部】落实研发投入增长机制。将研发投入纳入考核。
                （二）搭建创新平台
                ③【人力资源部、科技创新部】健全科技人才激励机制。推行项目跟投。
                三、保障措施
                1.加强组织领导。统筹推进重大事项。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("修订科技创新管理办法", "落实研发投入增长机制", "健全科技人才激励机制");
        assertThat(Docs.roles(s, 2)).containsExactly("财务管理部:lead", "科技创新部:co");
        assertThat(Docs.unitNames(s, 3)).containsExactly("人力资源部", "科技创新部");
    }

    @Test
    void aCircledNumberAloneAtAParagraphsStartOpensSubItemsNotTasks() {
        DocumentStructure s = Docs.parse("""
                某某市产业链招商任务分解方案
                一、重点任务
                （一）新能源汽车产业链招商。
                ①招引电驱项目3个（市商务局牵头，市工信局配合）；②引进电池项目2个（市发展改革委）。
                （二）先进储能产业链招商。
                ①招引储能电芯项目（市商务局牵头，市科技局配合）。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("新能源汽车产业链招商", "先进储能产业链招商");
    }

    @Test
    void anOutlinesDecimalItemsTakeTheirUnitsFromATableKeyedByTheirNumbers() {
        // Word's outline numbering without marks: 1强化平台共建 over 1.1, 1.2; the table's merged lead cell reads empty below
        DocumentStructure s = Docs.parse("""
                某某开发区2027年校企协同创新重点工作安排
                为深化校企协同创新，制定本安排。
                1强化平台共建
                1.1建设先进制造研究院。支持某某大学与开发区共建研究院。
                1.2支持企业与高校共建联合实验室。推动企业与高校共建实验室。
                2深化技术攻关
                2.1实施校企联合攻关项目。每年发布需求清单。
                2.2推进首台套装备示范应用。给予奖励。
                2.3建设中试熟化基地。依托研究所建设基地。
                3保障措施
                3.1加强组织领导。成立工作专班。
                附件
                重点任务责任分工表
                任务编号\t牵头部门\t配合部门\t完成时限
                1.1\t科技创新局\t财政金融局\t2027年10月
                1.2\t\t企业服务局\t2027年12月
                2.1、2.2\t经济发展局\t科技创新局\t2027年12月
                2.3\t科技创新局\t—\t2027年12月
                """);
        assertThat(s.tasks()).extracting(TaskBlock::label).containsExactly("1.1", "1.2", "2.1", "2.2", "2.3");
        assertThat(s.sections()).isNotEmpty();
        assertThat(Docs.roles(s, 1)).containsExactly("科技创新局:lead", "财政金融局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("科技创新局:lead", "企业服务局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("经济发展局:lead", "科技创新局:co");
        assertThat(s.warnings()).noneMatch(w -> w.contains("header was not recognised"));
    }

    @Test
    void anOcrCommaAfterTheNextItemsNumberStillNumbersItAndActivitiesHaveLeadOrganisers() {
        DocumentStructure s = Docs.parse("""
                关于开展产学研对接活动的通知
                一、活动内容
                1.组织高校院所进园区对接。组织高校携带成果进园区。
                牵头组织：省科技厅成果转化处　参与单位：各市科技局
                2.开展企业进校园活动。组织重点企业走进高校。
                牵头组织：省教育厅高校学生处　参与单位：各市教育局
                3，建设线上对接服务专区。依托技术交易市场建设专区，全年发布成果
                20，其中重点成果不少于5项。
                牵头组织：省科技成果转化服务中心
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("组织高校院所进园区对接", "开展企业进校园活动", "建设线上对接服务专区");
        assertThat(Docs.roles(s, 2)).containsExactly("省教育厅高校学生处:lead", "各市教育局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("省科技成果转化服务中心:lead");
    }

    @Test
    void theFirstNamedLeadsWhenTheDocumentSaysSoInItsOwnWordsAndUndertakersBesideAssistantsLead() {
        DocumentStructure s = Docs.parse("""
                关于印发某某区科技创新重点工作的通知
                各部门：现将重点工作印发给你们（责任单位排名第一的为牵头单位），请抓好落实。
                一、重点工作
                （一）建设研发平台。支持企业建设研发平台。（责任单位：区科技局、区财政局）
                （二）举办对接活动。组织校企对接。（承办：区工信局；协办：区教育局）
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("区科技局:lead", "区财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("区工信局:lead", "区教育局:co");
    }

    @Test
    void unitsPartedBySpacesInABracketAndLabelsPartedFromTheirUnitsBySpacesAreRead() {
        DocumentStructure s = Docs.parse("""
                某某区科技创新重点任务
                一、重点任务
                （一）建设研发平台。支持企业建设研发平台。（区科技局　区财政局）
                （二）举办对接活动。组织校企对接。（牵头单位 区工信局；配合单位 区教育局 区委组织部（区委人才办））
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("区科技局:null", "区财政局:null");
        assertThat(Docs.roles(s, 2)).containsExactly("区工信局:lead", "区教育局:co", "区委组织部（区委人才办）:co");
    }

    @Test
    void aBracketOfOrgansRightAfterTheHeadingIsItsNoteNotPartOfItsTitle() {
        DocumentStructure s = Docs.parse("""
                某某市科技创新重点任务
                一、重点任务
                1.建设研发平台（市科技局、市财政局）。支持企业建设研发平台。
                2.举办对接活动（市工信局）。组织校企对接。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设研发平台", "举办对接活动");
        assertThat(Docs.unitNames(s, 2)).containsExactly("工信局");
    }

    @Test
    void dingbatNumberedItemsWithPointerLinesOfUnitsAndANoteCountingTheItemsBeforeIt() {
        DocumentStructure s = Docs.parse("""
                2027年校企引才用才重点任务
                ■ 平台聚才
                ❶ 建设集成电路研究院人才高地。支持大学与企业共建研究院。
                ▶ 市委人才办（主责）、市科技局（协同）
                ❷ 打造博士后工作站集群。在龙头企业新设工作站。
                ▶ 主责单位：市人力资源社会保障局　协同单位：市科技局
                ■ 校企育才
                ❸ 推进现代产业学院建设。支持职业学院共建产业学院。
                ❹ 实施订单式技能人才培养。推动院校与企业签订协议。
                ▶ 以上两项：市教育局主责，市人力资源社会保障局协同
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设集成电路研究院人才高地", "打造博士后工作站集群",
                "推进现代产业学院建设", "实施订单式技能人才培养");
        assertThat(Docs.roles(s, 1)).containsExactly("市委人才办:lead", "科技局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("人力资源社会保障局:lead", "科技局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("教育局:lead", "人力资源社会保障局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("教育局:lead", "人力资源社会保障局:co");
    }

    @Test
    void aBracketedNoteCountingTheItemsBeforeItIsTheirsToo() {
        DocumentStructure s = Docs.parse("""
                某某市企业创新能力提升行动方案
                一、重点任务
                1.培育科技型企业
                （1）建立梯次培育库。
                （牵头单位：市科技局；责任单位：市工业和信息化局）
                2.推动研发活动全覆盖
                （1）实施研发机构清零行动。
                3.支持企业组建创新联合体
                （1）支持龙头企业联合高校组建创新联合体。
                （以上两项牵头单位：市工业和信息化局；责任单位：市科技局、市财政局）
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("培育科技型企业", "推动研发活动全覆盖",
                "支持企业组建创新联合体");
        assertThat(Docs.roles(s, 2)).containsExactly("工业和信息化局:lead", "科技局:co", "财政局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("工业和信息化局:lead", "科技局:co", "财政局:co");
    }

    @Test
    void practicalMattersCountedByOrdinalTakeTheirUnitsFromALaterDutyList() {
        DocumentStructure s = Docs.parse("""
                某某县科技赋能八件实事工作方案
                一、总体要求
                全年办好八件实事。
                二、实事内容
                第一件实事：建设茶产业科技小院。依托农业大学建设科技小院。
                第二件实事：开展科技特派员进村服务。选派科技特派员120名。
                第三件实事：实施研发机构倍增行动。新认定企业技术中心15家。
                第四件实事：落实研发费用奖补。全年兑现资金2000万元。
                三、责任分工
                （一）第一件、第二件实事由县科技局牵头，县农业农村局配合。
                （二）第三件至第四件实事由县工业和信息化局牵头，县科技局配合。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设茶产业科技小院", "开展科技特派员进村服务",
                "实施研发机构倍增行动", "落实研发费用奖补");
        assertThat(Docs.roles(s, 2)).containsExactly("县科技局:lead", "县农业农村局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("县工业和信息化局:lead", "县科技局:co");
    }

    @Test
    void unitsInsideAnItemsLabelBeforeItsColonAreItsNote() {
        DocumentStructure s = Docs.parse("""
                某某区科学技术局关于2027年工作思路的报告
                一、2027年工作思路
                重点任务1（责任科室：高新技术科）：培育壮大高新技术企业。建立培育库。
                重点任务2（规划科牵头，区财政局配合）：谋划建设科技城。编制规划。
                重点任务3（成果转化科、区市场监管局）：促进高校成果转化。支持成果落地。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("培育壮大高新技术企业", "谋划建设科技城",
                "促进高校成果转化");
        assertThat(Docs.roles(s, 2)).containsExactly("规划科:lead", "区财政局:co");
        assertThat(Docs.unitNames(s, 3)).containsExactly("成果转化科", "区市场监管局");
    }

    /**
     * A PDF printed from Word whose heading font maps ordinary characters to radical code points: （⼀） is （一）, and
     * 县⼯业和信息化局, 各镇⼈⺠政府 are the units the body writes plainly; quotes point at the characters as printed.
     */
    @Test
    void radicalCodePointsAFontGaveForCharactersAreReadAsThoseCharacters() {
        String printed = """
                某某县科技创新三年行动方案
                ⼀、重点任务
                （⼀）建设县域创新平台
                （牵头单位：县⼯业和信息化局；配合单位：各镇⼈⺠政府、县⾦融服务中⼼）
                支持企业建设研发平台。
                （⼆）推进校地合作
                （县科技局牵头，县⼯业和信息化局配合）
                推动企业与高校共建研究院。
                """;
        DocumentStructure s = Docs.parse(printed);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设县域创新平台", "推进校地合作");
        assertThat(Docs.roles(s, 1)).containsExactly("县工业和信息化局:lead", "各镇人民政府:co", "县金融服务中心:co");
        assertThat(Docs.roles(s, 2)).containsExactly("县科技局:lead", "县工业和信息化局:co");
        MappedText text = Docs.clean(printed);
        int at = text.text().indexOf("县工业和信息化局");
        assertThat(printed.substring(text.originalStart(at), text.originalStart(at) + 8)).isEqualTo("县⼯业和信息化局");
    }

    /**
     * Headings set in under a space-laid table (a PDF's indicator table, then 二、 and （一） indented as the body is)
     * are the text going on, not cells wrapped under the table's columns: the first item after the table is a task.
     */
    @Test
    void headingsSetInAfterASpaceLaidTableAreNotItsCells() {
        DocumentStructure s = Docs.parse("""
                某某县科技创新行动方案
                一、主要目标
                到2028年，全县与高校共建创新平台达到30个。
                  序号       指标名称         单位    2026年   2027年   2028年
                  1       校地共建创新平台    个      14      20     25
                  2       技术合同登记额     亿元     5.6     8      10
                    二、搭建校地合作平台
                    （一）共建县域产业技术研究院
                    （牵头单位：县科技局；配合单位：县财政局、某某经济开发区管委会）
                依托某某经济开发区，与某某大学共建产业技术研究院，开展共性技术研发。
                    （二）建设企业研发机构
                    （县工业和信息化局牵头，县科技局配合）
                支持企业与高校院所共建研发中心。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("共建县域产业技术研究院", "建设企业研发机构");
        assertThat(Docs.roles(s, 1)).containsExactly("县科技局:lead", "县财政局:co", "某某经济开发区管委会:co");
    }

    /**
     * A bilingual booklet: each measure is followed by its English translation, numbered as it is (1. Supporting…);
     * the translations are no tasks. The booklet's running title after each page number (— 1 —) is no text: a unit
     * name cut by a page turn joins up again.
     */
    @Test
    void aBilingualBookletsTranslationsAndRunningTitleAreNotTheDocument() {
        DocumentStructure s = Docs.parse("""
                某某高新区外商投资政策汇编（中英文对照）
                某某高新区关于支持外资研发中心发展的若干措施
                一、支持研发中心落户
                1.支持设立外资研发中心。对新设立的外资研发中心给予奖励。（牵头部门：高新区科技创新局；配合部门：高新
                — 1 —
                某某高新区外商投资政策汇编（中英文对照）
                区财政金融局）
                1. Supporting the establishment of foreign-invested R&D centers. Newly established centers will be
                rewarded. (Lead: Science, Technology and Innovation Bureau of the Zone; Support: Finance Bureau)
                2.支持研发中心能级提升。对新认定的国家级研发中心给予奖励。（高新区科技创新局牵头，高新区经济发展局配合）
                — 2 —
                某某高新区外商投资政策汇编（中英文对照）
                2. Supporting the upgrading of R&D centers. Centers newly certified at the national level will be
                rewarded. (Led by the Science, Technology and Innovation Bureau of the Zone)
                3.便利研发物品通关。对研发用样品实行白名单管理。（牵头部门：某某海关；配合部门：高新区经济发展局）
                3. Facilitating customs clearance of R&D items. Samples imported for research will be managed under
                a white list. (Lead: Customs; Support: Economic Development Bureau of the Zone)
                — 3 —
                某某高新区外商投资政策汇编（中英文对照）
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("支持设立外资研发中心", "支持研发中心能级提升", "便利研发物品通关");
        assertThat(Docs.roles(s, 1)).containsExactly("高新区科技创新局:lead", "高新区财政金融局:co");
    }

    /**
     * A PDF's ruled task list whose merged 类别 cells print one character a line left of the numbers, and whose rows are
     * centred bands of one or three lines: read row by row, the vertical characters being no row's text.
     */
    @Test
    void aCentredTableWithAVerticalCategoryColumnIsReadRowByRow() {
        DocumentStructure s = Docs.parse("""
                某某县产学研协同创新实施方案
                一、重点任务
                （一）建设研究院。依托某某大学建设研究院。（牵头单位：县科技局）
                附件
                某某县2026年产学研协同创新重点任务清单
                类别   序号                    重点任务                           牵头单位                      配合单位                  完成时限
                             某某大学研究院新引进研发团队3个，孵化科
                         1                                                 县科技局                县财政局、某某经济开发区管委会        2026年12月
                             技型企业5家
                平       2   新建县级以上企业技术中心6家                   县工信局                县科技局                              2026年11月
                台
                建                                                                                 县应急管理局、某某市生态环境局某某
                设       3   建成某某精细化工中试基地并投入试运行          某某经济开发区管委会                                          2026年10月
                                                                                                   分局
                         4   组建某某大学轻合金联合实验室                  县科技局                县工信局                              2026年9月
                注：完成时限为最迟完成时间。
                """);
        assertThat(s.annex()).extracting(AnnexRow::title).containsExactly("某某大学研究院新引进研发团队3个，孵化科技型企业5家",
                "新建县级以上企业技术中心6家", "建成某某精细化工中试基地并投入试运行", "组建某某大学轻合金联合实验室");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("某某经济开发区管委会:lead", "县应急管理局:co",
                "某某市生态环境局某某分局:co");
    }
}

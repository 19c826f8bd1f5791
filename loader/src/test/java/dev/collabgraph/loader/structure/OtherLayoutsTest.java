package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Layouts met in documents the rules were not first written for: each test states one genre habit. */
class OtherLayoutsTest {
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
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:null", "财政局:null");
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead", "发展改革委:co", "工业和信息化局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("市政府办公室:lead", "科技局:co");
    }

    @Test
    void unitsAfterLeaderDotsThatOpenTheWorkAreItsSubjectAndASlashJoinsLeads() {
        DocumentStructure s = Docs.parse("""
                某某市推进产学研融合2026年工作要点
                下列各项任务后所列单位，列第一位的为牵头单位，其余为配合单位；以“／”连接的单位共同牵头。
                一、共建创新平台
                1.建设某某大学概念验证中心。……市科技局、市财政局、某某大学依托某某大学建设概念验证中心，年内完成项目30项。
                2.推进技术创新中心分中心建设。……市科技局／市发展改革委、某某高新区管委会支持某某大学组建分中心。
                3.建成中试熟化基地。……市工业和信息化局、市发展改革委、……某某高新区管委会
                完善中试设备和公共技术服务。
                二、强化人才支撑
                4.深化校企共建研发机构。……市教育局、各县（市、区）人民政府推动某某医学院与企业共建研发中心。
                5.完善科技金融服务。……市财政局、某某产业投资集团有限公司扩大“科技贷”规模。
                6.引育高层次创新团队。……市委人才办、市人力资源社会保障局围绕新型储能、生物医药三大产业引进团队。
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "财政局:co", "某某大学:co");
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead", "发展改革委:lead", "某某高新区管委会:co");
        assertThat(Docs.roles(s, 3)).containsExactly("工业和信息化局:lead", "发展改革委:co", "某某高新区管委会:co");
        assertThat(Docs.roles(s, 4)).containsExactly("教育局:lead", "各县（市、区）人民政府:co");
        assertThat(Docs.roles(s, 5)).containsExactly("财政局:lead", "某某产业投资集团有限公司:co");
        assertThat(Docs.roles(s, 6)).containsExactly("市委人才办:lead", "人力资源社会保障局:co");
        assertThat(s.tasks()).extracting(TaskBlock::title).startsWith("建设某某大学概念验证中心", "推进技术创新中心分中心建设");
    }

    @Test
    void aPartOfDutiesUnitByUnitNamesTheTasksByTheirQuotedTitles() {
        DocumentStructure s = Docs.parse("""
                某某区科技创新三年行动方案
                一、重点任务
                1.建设某某科学城。以科学城为核心集聚创新资源。
                2.打造概念验证中心集群。支持某某大学建设概念验证中心。
                3.实施高新技术企业倍增计划。每年新认定高新技术企业40家以上。
                4.推动校企共建研发机构。推动某某学院与企业共建联合实验室。
                二、职责分工
                （一）区科技局：牵头负责“建设某某科学城”“打造概念验证中心集群”工作；配合做好“推动校企共建研发机构”工作。
                （二）区发展改革局：与区科技局共同牵头负责“建设某某科学城”工作。
                （三）区工业和信息化局：牵头负责“推动校企共建研发
                机构”工作；配合做好“高新技术企业倍增”工作。
                （四）区税务局、区市场监管局：按职责配合做好“实施高新技术企业倍增计划”工作。
                三、保障措施
                建立联席会议制度。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设某某科学城", "打造概念验证中心集群",
                "实施高新技术企业倍增计划", "推动校企共建研发机构");
        assertThat(Docs.roles(s, 1)).containsExactly("区科技局:lead", "区发展改革局:lead");
        assertThat(Docs.roles(s, 3)).containsExactlyInAnyOrder("区工业和信息化局:co", "区税务局:co", "区市场监管局:co");
        assertThat(Docs.roles(s, 4)).containsExactlyInAnyOrder("区科技局:co", "区工业和信息化局:lead");
        assertThat(s.warnings()).noneMatch(w -> w.contains("belongs to no task"));
    }

    @Test
    void anAnnexTypedAsAnIndexWithUnitsAfterLeaderDotsIsADivisionOfWork() {
        DocumentStructure s = Docs.parse("""
                某某县2026年科技创新重点工作安排
                一、重点工作
                （一）推动某某高新区扩容提质。新增规划面积5平方公里。
                （二）建设某某茶产业研究院。联合某某农林大学建设研究院。
                （三）推进校企联合攻关。实施攻关项目6项。
                各项工作的责任单位见附件，附件各项后所列单位中，列第一位的为牵头单位，其余为配合单位。
                附件
                某某县2026年科技创新重点工作责任分工
                1.推动某某高新区扩容提质..........................某某高新区管委会、县发展改革局
                2.建设某某茶产业研究院..............县科技局、县农业农村局、县财政局
                3.推进校企联合攻关……………县科技局
                """);
        assertThat(s.annex()).extracting(AnnexRow::title)
                .containsExactly("推动某某高新区扩容提质", "建设某某茶产业研究院", "推进校企联合攻关");
        assertThat(s.annex()).extracting(AnnexRow::year).containsOnly(2026);
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("县科技局:lead", "县农业农村局:co", "县财政局:co");
        assertThat(Docs.roles(s, 1)).containsExactly("某某高新区管委会:lead", "县发展改革局:co");
    }

    @Test
    void onlyParenthesisedItemsWithoutNotesAreTheTasksAnAnnexTableNamesByNumberAndTitle() {
        DocumentStructure s = Docs.parse("""
                2026年某某市校地合作工作要点
                一、搭建校地合作平台
                （一）推进某某大学科技园提质扩容。支持某某大学建设科技园二期。
                （二）共建新能源储能研究院。支持高校与开发区共建研究院。
                二、深化校地协同创新
                （三）实施校企联合攻关项目。组织实施校企联合攻关项目20项。
                附件
                2026年某某市校地合作重点任务分工表
                序号	重点任务	牵头单位	配合单位	完成时限
                1	推进某某大学科技园提质扩容	市科技局	市教育局	2026年12月
                2	共建新能源储能研究院	市科技局	市财政局	2026年10月
                3	实施校企联合攻关项目	市工信局	市科技局	2026年12月
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("推进某某大学科技园提质扩容", "共建新能源储能研究院", "实施校企联合攻关项目");
        assertThat(Docs.roles(s, 3)).containsExactly("工信局:lead", "科技局:co");
    }

    @Test
    void aPageACrawlerFlattenedOntoOneLineIsReadBlockByBlock() {
        // every block of the page joined by one space: menu, title, indented paragraphs, a table's header and cells
        String content = String.join(" ", List.of("首页 | 政务公开 | 政策文件", "无障碍 长者模式", "当前位置：首页 > 政务公开",
                "发布时间：2026-03-11 09:30", "某县人民政府办公室关于印发某县产学研融合行动方案的通知", "各乡镇人民政府，县政府各部门：",
                "　　《某县产学研融合行动方案》已经县政府同意，现印发给你们。", "　　一、总体目标",
                "　　到2028年，全县高新技术企业达到150家。", "　　二、重点任务", "　　（一）平台共建行动",
                "　　1.共建某州大学某县研究院。推动某州大学与某县共建研究院。（牵头单位：县科技局；配合单位：县财政局）",
                "　　2.建设企业研发机构。支持龙头企业建设省级企业研究院。（牵头单位：县经信局；配合单位：县科技局）",
                "　　（二）成果转化行动", "　　3.完善技术转移体系。每年促成技术交易100项。（县科技局牵头，县财政局配合）",
                "　　4.开展科技特派员活动。每年选派科技特派员50名。（责任单位：县科技局、县农业农村局）",
                "　　三、保障措施", "　　县科技局要会同有关部门建立调度机制。", "附件：2026年度重点任务清单",
                "序号", "重点任务", "牵头单位", "配合单位", "完成时限",
                "1", "共建某州大学某县研究院", "县科技局", "县财政局", "2026年12月",
                "2", "建设企业研发机构", "县经信局", "县科技局", "2026年12月",
                "3", "完善技术转移体系", "县科技局", "县财政局", "2026年11月",
                "4", "开展科技特派员活动", "县科技局、县农业农村局", "—", "2026年12月",
                "【打印本页】 【关闭窗口】", "主办单位：某县人民政府办公室"));
        DocumentStructure s = Docs.parse("url: http://www.example.gov.cn/art/2026/3/11/art_1.html\ntitle: 某县方案\ncontent: "
                + content + "\nstatus: 200\n");
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("共建某州大学某县研究院", "建设企业研发机构", "完善技术转移体系", "开展科技特派员活动");
        assertThat(Docs.roles(s, 1)).containsExactly("县科技局:lead", "县财政局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("县科技局:lead", "县财政局:co");
        assertThat(s.annex()).hasSize(4);
        assertThat(Docs.roles(s.annex().get(3))).containsExactly("县科技局:lead", "县农业农村局:lead");
    }

    @Test
    void bulletedItemsWithHeadingSentencesAreTasksAndARoleColumnAloneNamesTheUnits() {
        DocumentStructure s = Docs.parse("""
                某某市科学技术局文件
                关于印发某某市市校合作重点任务书的通知
                一、共建创新平台
                ●推动研究院提质增效。支持某某大学研究院完善运行机制。
                牵头单位：市科技局　　配合单位：市财政局　　完成时限：2026年12月
                ●共建校企联合实验室。推动某某工程学院与企业共建实验室。
                牵头单位：市科技局、市工业和信息化局　　配合单位：　　完成时限：2026年12月
                二、推进成果转化
                ●开展成果进县区活动。组织高校赴各县区开展对接。
                责任单位：市科技局、各县（市、区）人民政府　　完成时限：2026年11月
                附件
                重点任务推进表
                序号\t重点任务\t责任分工\t完成时限
                1\t推动研究院提质增效\t牵头 市科技局 配合 市财政局\t2026年12月
                2\t共建校企联合实验室\t牵头 市科技局、市工业和信息化局 配合 —\t2026年12月
                3\t开展成果进县区活动\t市科技局、各县（市、区）人民政府（共同负责）\t2026年11月
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("推动研究院提质增效", "共建校企联合实验室", "开展成果进县区活动");
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead", "工业和信息化局:lead");
        assertThat(s.annex()).hasSize(3);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("科技局:lead", "工业和信息化局:lead");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("科技局:null", "各县（市、区）人民政府:null");
    }

    @Test
    void aPartsHeadingNoteLeadsItsItemsUnlessAnItemNamesItsOwnLead() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府办公室关于印发某某市校地合作工作要点的通知
                各项任务中单独注明牵头单位的，以任务所注为准。
                一、建设创新平台（牵头单位：市科技局）
                1.建设研究院。支持某某大学建设研究院。（配合单位：市财政局、某某区人民政府）
                2.建设中试基地。依托企业建设中试基地，年内服务项目20项。
                3.推动医工交叉。支持医科大学共建中心。（牵头单位：市卫生健康委；配合单位：市科技局）
                二、深化协同攻关（牵头单位：市工业和信息化局、市科技局）
                4.组建创新联合体。支持龙头企业牵头组建创新联合体。（配合单位：市发展改革委）
                三、强化人才支撑
                5.深化产教融合。支持职业技术学院共建学徒制班。（责任单位：市教育局、市人力资源社会保障局）
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "财政局:co", "某某区人民政府:co");
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead");
        assertThat(Docs.roles(s, 3)).containsExactly("卫生健康委:lead", "科技局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("工业和信息化局:lead", "科技局:lead", "发展改革委:co");
        assertThat(Docs.roles(s, 5)).containsExactly("教育局:null", "人力资源社会保障局:null");
    }

    @Test
    void aLeadTheNoticeNamesOnceForItemsWithoutOneLeadsThem() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府办公室文件
                关于印发某某市科技成果转化行动方案的通知
                方案所列任务，未注明牵头单位的，均由市科技局牵头；另行注明牵头单位的，由所注明的单位牵头。
                一、主要任务
                （一）建设成果转化中心。整合高校技术转移机构。（配合单位：市教育局）
                （二）布局概念验证中心。支持高校建设概念验证中心。
                （三）建设中试熟化基地。面向中小企业开放中试服务。（牵头单位：市工业和信息化局；配合单位：市科技局）
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "教育局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead");
        assertThat(Docs.roles(s, 3)).containsExactly("工业和信息化局:lead", "科技局:co");
    }

    @Test
    void aNoteUnderTheTableMakesTheUnitsOfTheRowsItNamesShareTheirWork() {
        DocumentStructure s = Docs.parse("""
                某某县人民政府办公室关于印发某某县行动方案的通知
                一、重点任务
                1.建设研究院。推动共建研究院。（牵头单位：县科技局；配合单位：县财政局）
                2.开展特派员活动。每年选派特派员。（责任单位：县科技局、县农业农村局）
                附件
                2026年度重点任务清单
                序号\t重点任务\t牵头单位\t配合单位\t完成时限
                1\t建设研究院\t县科技局\t县财政局\t2026年12月
                2\t开展特派员活动\t县科技局、县农业农村局\t—\t2026年12月
                注：第2项由所列单位共同负责。
                """);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("县科技局:lead", "县财政局:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("县科技局:null", "县农业农村局:null");
    }

    @Test
    void recordsOfASystemsExportAreTasksNamedByTheirNameField() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府督查室　督查督办管理系统
                督办事项台账（导出）
                说明：主办单位为牵头单位；协办单位为配合单位。
                ================================================
                【记录 1/2】
                事项编号：DB-2026-0117
                事项名称：推动某某大学共建中试基地
                责任领导：副市长 某某
                主办单位：市科技局
                协办单位：市工信局；某某区政府
                办理时限：2026-06-30
                附件：1 个
                ================================================
                【记录 2/2】
                事项编号：DB-2026-0121
                事项名称：加快科学城核心区规划建设
                主办单位：市自然资源和规划局
                协办单位：—
                附件：0 个
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("推动某某大学共建中试基地", "加快科学城核心区规划建设");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "工信局:co", "某某区政府:co");
        assertThat(Docs.roles(s, 2)).containsExactly("自然资源和规划局:lead");
    }

    @Test
    void suggestionsUnderTheirRegisterNumbersAreTasksHandledByTheirHostAndJointUnits() {
        DocumentStructure s = Docs.parse("""
                关于交办市人大会议代表建议的通知
                某人常办〔2026〕9号
                主办单位负责牵头研究办理，统一答复代表；会办单位应向主办单位提出书面会办意见。
                一、交办建议目录
                第0017号　关于支持某某理工大学建设先进材料中试基地的建议
                领衔代表：程某某（云塘区代表团）　附议代表：4人
                建议摘要：建议依托某某理工大学建设中试基地。
                主办单位：市科技局　　会办单位：市发展改革委、云塘区人民政府
                【重点督办】第0031号　关于深化校地合作的建议
                领衔代表：贺某某（西渚区代表团）　附议代表：11人
                主办单位：市委人才办、市人社局（分办）　　会办单位：无
                二、办理要求
                （一）提高办理质量。各承办单位要认真研究。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("关于支持某某理工大学建设先进材料中试基地的建议", "关于深化校地合作的建议");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "发展改革委:co", "云塘区人民政府:co");
        assertThat(Docs.roles(s, 2)).containsExactly("市委人才办:lead", "人社局:lead");
    }

    @Test
    void aDraftSentOutForCommentsProposesItsUnitsAndItsLettersListOfAttachmentsIsNoTask() {
        DocumentStructure s = Docs.parse("""
                某某市科学技术局关于征求《某某市推进产学研深度融合若干措施（征求意见稿）》意见的函
                市教育局、市财政局：
                    现征求你们意见，请于3月15日前反馈我局。
                    附件：1．某某市推进产学研深度融合若干措施（征求意见稿）
                          2．反馈意见表
                附件1
                某某市推进产学研深度融合若干措施
                一、强化平台共建
                    1．支持共建新型研发机构。给予最高XX万元补助。（拟牵头单位：市科技局；拟配合单位：市财政局、市教育局）
                    2．支持科研人员到企业兼职。保留人事关系。（拟牵头单位：市教育局；拟配合单位：待定）
                    3．组建创新联合体。承担重大项目的给予配套支持。（拟责任单位：市工业和信息化局、市科技局）
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("支持共建新型研发机构", "支持科研人员到企业兼职", "组建创新联合体");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "财政局:co", "教育局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("教育局:lead");
        assertThat(Docs.roles(s, 3)).containsExactly("工业和信息化局:null", "科技局:null");
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
        assertThat(Docs.roles(s, 1)).containsExactly("县科技局:lead", "县财政局:co", "各镇（街道）:co");
        assertThat(Docs.roles(s, 2)).containsExactly("县市场监管局:null");
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
        assertThat(Docs.roles(s.annex().get(0)))
                .containsExactly("县科技局:lead", "县发改局:co", "县财政局:co", "某某高新区管委会:co");
        // an empty lead cell repeats the row above
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("县科技局:lead", "县教育局:co");
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
        assertThat(Docs.roles(s.annex().get(0)))
                .containsExactly("县科技局:lead", "县财政局:co", "城南街道:co", "白鹤镇:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("县科技局:lead");
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
        assertThat(Docs.roles(s.annex().get(0)))
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
        assertThat(Docs.roles(s, 1)).containsExactly("区科技局:lead", "区教育局:co", "区经信局:co", "某某经开区管委会:co");
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
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "发改委:co", "财政局:co");
    }

    @Test
    void anIndicatorHeaderOverTwoLinesGroupsItsYears() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府
                关于印发某某市行动方案的通知
                一、重点任务
                （一）建设平台。支持建设。（责任单位：市科技局）
                附件
                主要指标
                序号\t指标名称\t单位\t目标值\t\t\t指标属性
                \t\t\t2024年\t2025年\t2026年
                1\t研发经费投入强度\t%\t≥2.6\t2.8\t3.0以上\t预期性
                2\t高新技术企业数\t家\t120以上\t150\t180\t约束性
                """);
        assertThat(s.indicators()).hasSize(2);
        assertThat(s.indicators().get(0).values()).containsEntry("2024", 2.6).containsEntry("2026", 3.0);
        assertThat(s.indicators().get(0).atLeastYears()).contains("2024", "2026");
        assertThat(s.indicators().get(1).values()).containsEntry("2024", 120.0).containsEntry("2026", 180.0);
    }

    @Test
    void unitsSharingWorkToCarryOutLeadNobody() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府
                关于印发某某市若干措施的通知
                一、支持企业研发。对研发投入大的企业给予奖励。由市科技局、市财政局按职责分工组织实施。
                二、支持平台建设。对新认定的平台给予支持。由市发展改革委组织实施，市科技局配合。
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:null", "财政局:null");
        assertThat(Docs.roles(s, 2)).containsExactly("发展改革委:lead", "科技局:co");
    }

    @Test
    void aTableCopiedWithoutItsGridHasEveryCellOnALine() {
        String doc = """
                某某市人民政府办公室关于印发某某市2025年科技创新重点任务分工方案的通知

                某政办发〔2025〕3号

                各区人民政府，市各有关部门：
                现将分工方案印发给你们，请认真贯彻落实。到2025年，全市研发经费投入强度达到2.8%。

                某某市2025年科技创新重点任务分工表
                序号
                重点任务
                牵头单位
                配合单位
                完成时限
                一、创新平台
                1
                建设新材料实验室
                市科技局
                市财政局、市发展改革委
                2025年12月
                2
                推动某某大学与某某集团共建
                工程技术研究中心
                市工业和信息化局
                市科技局、市教育局、某某高
                新区管委会
                2025年6月
                二、创新主体
                3
                培育高新技术企业
                市科技局
                —
                持续推进

                某某市人民政府办公室
                2025年3月1日
                """;
        DocumentStructure s = Docs.parse(doc);
        assertThat(s.annex()).extracting(AnnexRow::title)
                .containsExactly("建设新材料实验室", "推动某某大学与某某集团共建工程技术研究中心", "培育高新技术企业");
        assertThat(s.annex()).allMatch(r -> r.year() == 2025);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("科技局:lead", "财政局:co", "发展改革委:co");
        assertThat(Docs.roles(s.annex().get(1)))
                .containsExactly("工业和信息化局:lead", "科技局:co", "教育局:co", "某某高新区管委会:co");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("科技局:lead");
    }

    @Test
    void aGridlessTableSkipsCategoryLinesPageBreaksAndRepeatedHeaders() {
        DocumentStructure s = Docs.parse("""
                某某县人民政府办公室关于印发2024年科技工作任务分工方案的通知
                某县政办发〔2024〕7号
                各镇人民政府，县各有关部门：现将方案印发给你们。
                2024年科技工作任务分工表
                序号
                工作任务
                主要内容
                牵头单位
                配合单位
                完成时限
                科技创新平台建设
                1
                建设县级工程技术研究中心
                支持企业建设研发机构，全年新增3家。
                县科技局、县工信局
                县财政局
                2024年12月
                2
                推动产学研合作
                组织企业与高校开展对接活动，
                不少于5场。
                县科技局
                县教育局、
                县人社局
                2024年10月
                — 2 —
                序号
                工作任务
                主要内容
                牵头单位
                配合单位
                完成时限
                科技企业培育
                3
                培育科技型中小企业
                落实入库评价工作。
                县科技局
                —
                全年
                """);
        assertThat(s.annex()).extracting(AnnexRow::title)
                .containsExactly("建设县级工程技术研究中心", "推动产学研合作", "培育科技型中小企业");
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("县科技局:lead", "县工信局:lead", "县财政局:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("县科技局:lead", "县教育局:co", "县人社局:co");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("县科技局:lead");
        assertThat(s.annex().get(1).work()).isEqualTo("组织企业与高校开展对接活动，不少于5场。");
    }

    @Test
    void aNoteThatAlsoGivesTheDeadlineNamesOnlyItsUnits() {
        DocumentStructure s = Docs.parse("""
                某某区人民政府办公室
                关于印发某某区2025年科技创新工作要点的通知
                一、壮大创新主体
                1.培育高新技术企业。新增高新技术企业30家。（责任单位：区科技局、区税务局；完成时限：2025年12月底前）
                2.支持企业研发。推动规上企业研发活动全覆盖。（牵头单位：区工信局，配合单位：区科技局、区统计局，2025年底前完成）
                3.建设孵化载体。新建众创空间2家。（责任单位：区科技局，时间：全年）
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("区科技局:null", "区税务局:null");
        assertThat(Docs.roles(s, 2)).containsExactly("区工信局:lead", "区科技局:co", "区统计局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("区科技局:null");
    }

    @Test
    void aClosingSentenceOfUnitsAndRolesIsANoteWithOrWithout由() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府办公室
                关于印发某某市科技创新三年行动方案的通知
                一、重点任务
                （一）创新平台专项行动
                1．建设概念验证中心。支持高校建设概念验证中心。市科技局负责，市教育局参与。
                2．组建创新联合体。由某某集团牵头，联合高校组建创新联合体。由市工业和信息化局牵头，市科技局、市财政局配合。
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "教育局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("工业和信息化局:lead", "科技局:co", "财政局:co");
    }

    @Test
    void decimalItemsUnderTheirPartAreTasksAndTheFramingPartsItemsAreNot() {
        DocumentStructure s = Docs.parse("""
                某某高新区管委会关于印发《某某高新区产学研协同创新行动方案》的通知
                某高管发〔2025〕9号
                一、总体要求
                1.1 指导思想。坚持企业出题、高校答题。
                1.2 发展目标。到2027年，研发经费投入强度达到5.5%。
                二、共建创新平台
                2.1 建设新材料实验室。支持大学建设实验室，给予最高
                1.5万元补助。（牵头部门：科技创新局；协同部门：财政金融局）
                2.2 布局新型研发机构。引进高校设立研发机构。
                （科技创新局牵头，投资促进局配合）
                三、深化协同攻关
                3.1 组建创新联盟。支持龙头企业组建联盟。（责任部门：经济发展局）
                """);
        assertThat(s.header().title()).isEqualTo("关于印发《某某高新区产学研协同创新行动方案》的通知");
        assertThat(s.header().number()).isEqualTo("某高管发〔2025〕9号");
        assertThat(s.tasks()).extracting(TaskBlock::label).containsExactly("2.1", "2.2", "3.1");
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设新材料实验室", "布局新型研发机构", "组建创新联盟");
        int second = s.tasks().get(1).number();
        assertThat(Docs.roles(s, second)).containsExactlyInAnyOrder("科技创新局:lead", "投资促进局:co");
    }

    @Test
    void aNoteWhoseFieldsWordSetsApartWithTabsIsANoteNotATableRow() {
        DocumentStructure s = Docs.parse("""
                某某县人民政府办公室
                关于印发某某县校地合作实施方案的通知
                一、重点任务
                （一）深化校地合作。支持大学在县设立研究院。
                责任县领导：周明远\t牵头单位：县科技局\t责任单位：县工信局、县财政局
                （二）建设中试平台。建设中试基地。
                责任县领导：林书涵\t责任单位：县科技局、县市场监管局
                """);
        assertThat(s.tasks()).hasSize(2);
        assertThat(Docs.roles(s, 1)).containsExactly("县科技局:lead", "县工信局:co", "县财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("县科技局:null", "县市场监管局:null");
    }

    @Test
    void aTableDrawnWithBoxCharactersIsReadRowByRowWithItsWrappedCells() {
        DocumentStructure s = Docs.parse("""
                某某省科学技术厅
                关于印发2025年科技成果转化工作要点的通知
                一、深化改革
                （1）扩大赋权改革试点。扩大试点范围。〔牵头：成果处　协同：政策法规处〕
                附件：重点工作任务分工表
                ┌──┬──────┬────────┬────────┐
                │序号│重点工作任务│牵头处室（单位）│协同处室（单位）│
                ├──┼──────┼────────┼────────┤
                │1   │扩大职务科技│成果转化与区域创新│政策法规处、省教│
                │    │成果赋权改革│处              │育厅            │
                ├──┼──────┼────────┼────────┤
                │2   │培训技术经理│科技人才处      │省科技成果转化中│
                │    │人1000名    │                │心              │
                └──┴──────┴────────┴────────┘
                """);
        assertThat(s.annex()).extracting(AnnexRow::title).containsExactly("扩大职务科技成果赋权改革", "培训技术经理人1000名");
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("成果转化与区域创新处:lead", "政策法规处:co", "省教育厅:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("科技人才处:lead", "省科技成果转化中心:co");
    }

    @Test
    void unitsAloneInLenticularBracketsAreANoteEvenOnALineOfTheirOwnAfterAPageNumber() {
        DocumentStructure s = Docs.parse("""
                某某省科学技术厅
                关于印发2025年科技成果转化工作要点的通知
                一、深化改革
                （1）落实尽职免责。出台尽职免责实施细则。〔政策法规处、成果处〕
                （2）发挥引导基金作用。新设子基金3支，引导社会资本投早投小。

                — 3 —

                〔资源配置处、省财政厅〕
                （3）加强考核评价。纳入年度考核。〔牵头：成果处　协同：办公室〕
                （4）加强宣传培训。总结推广典型案例。〔各处室、各直属单位按职责分工负责〕
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("落实尽职免责", "发挥引导基金作用", "加强考核评价", "加强宣传培训");
        assertThat(Docs.roles(s, 1)).containsExactly("政策法规处:null", "成果处:null");
        assertThat(Docs.roles(s, 2)).containsExactly("资源配置处:null", "省财政厅:null");
    }

    @Test
    void aNoteAfterSeveralItemsThatNamesThemByNumberIsEachOnesNote() {
        DocumentStructure s = Docs.parse("""
                某某区人民政府办公室
                关于印发某某区人才若干措施的通知
                一、支持校企合作
                1.支持共建产业学院。对企业与高校共建产业学院的，给予补助。
                2.支持建设新型研发机构。对新认定的给予奖励。
                以上第1—2条由区科技局牵头，区教育局、区财政局配合。
                二、引育人才
                3.引进高层次人才。给予安家补助。
                4.实施产业教授计划。选聘产业教授50名。
                以上第3—4条的责任单位：区委人才办、区人社局。
                5.吸引青年大学生。给予生活补贴。
                6.建设人才公寓。筹集公寓1000套。
                第5条由区人社局牵头，区教育局配合；第6条由区住建局牵头。
                7.强化金融支持。设立人才基金。
                8.优化知识产权服务。开展快速预审。
                第7条、第8条：区财政局牵头，区市场监管局配合。
                """);
        assertThat(s.tasks()).hasSize(8);
        assertThat(Docs.task(s, 2).body().end()).isLessThan(s.notes().stream().filter(n -> n.taskNumber() == 1)
                .findFirst().orElseThrow().span().start());
        assertThat(Docs.roles(s, 1)).containsExactly("区科技局:lead", "区教育局:co", "区财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("区科技局:lead", "区教育局:co", "区财政局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("区委人才办:null", "区人社局:null");
        assertThat(Docs.roles(s, 5)).containsExactly("区人社局:lead", "区教育局:co");
        assertThat(Docs.roles(s, 6)).containsExactly("区住建局:lead");
        assertThat(Docs.roles(s, 8)).containsExactly("区财政局:lead", "区市场监管局:co");
    }

    @Test
    void aScopeNoteInBracketsOnALineOfItsOwnIsTheNoteOfEveryItemItNames() {
        DocumentStructure s = Docs.parse("""
                某某县产学研合作行动计划
                一、重点任务
                1．建设合作平台。推动研究院建设。
                2．共建研发中心。开展中试。
                （第1—2项由县科技局牵头，县财政局配合）
                3．培育科技企业。建立培育库。
                4．引进科技人才。实施人才计划。
                （第3项、第4项由县人社局、县工信局负责）
                """);
        assertThat(s.tasks()).hasSize(4);
        assertThat(Docs.roles(s, 1)).containsExactly("县科技局:lead", "县财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("县科技局:lead", "县财政局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("县人社局:null", "县工信局:null");
        assertThat(Docs.roles(s, 4)).containsExactly("县人社局:null", "县工信局:null");
    }

    @Test
    void anAnnexOfCardsWithLabelledFieldsGivesOneRowACard() {
        DocumentStructure s = Docs.parse("""
                某某区人民政府办公室
                关于印发某某区人才若干措施的通知
                一、支持校企合作
                1.支持共建产业学院。给予补助。（责任单位：区科技局）
                附件：某某区2025年校企合作项目清单
                某某区2025年校企合作项目清单
                项目1：某某大学联合研发中心建设
                    合作高校：某某大学
                    牵头单位：区科技局
                    配合单位：某某科学城管委会、区财政局
                    完成时限：2025年9月
                项目2：智能装备产业联盟组建
                    合作企业：某某智能
                    牵头单位：区工信局
                    配合单位：——
                    完成时限：2025年11月
                """);
        assertThat(s.annex()).extracting(AnnexRow::number, AnnexRow::title, AnnexRow::year).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "某某大学联合研发中心建设", 2025),
                org.assertj.core.groups.Tuple.tuple(2, "智能装备产业联盟组建", 2025));
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("区科技局:lead", "某某科学城管委会:co", "区财政局:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("区工信局:lead");
    }

    @Test
    void tasksLabelledAsTasksTakeTheirUnitsFromAPartThatGivesEachUnitsDuties() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府办公室
                关于印发《某某市产学研协同攻关专项行动方案》的通知
                一、行动目标
                主要目标
                类别\t具体目标
                产业规模\t人工智能核心产业规模由2024年的182亿元增长到2026年的300亿元
                二、重点任务
                任务一　建设开源创新平台
                支持大学牵头建设开源创新中心。
                任务二　组织联合攻关
                每年发布企业技术需求榜单。
                任务三　培育数据要素市场
                建设工业数据专区。
                三、职责分工
                （一）市科技局：牵头负责任务一、任务二，配合做好任务三。
                （二）市工信局：会同市大数据局推进任务三。
                （三）市财政局：配合做好任务一至任务三的资金保障。
                （四）市发改委：负责重大项目用能保障。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::label).containsExactly("任务一", "任务二", "任务三");
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设开源创新平台", "组织联合攻关", "培育数据要素市场");
        assertThat(s.sections()).extracting(SectionBlock::title).doesNotContain("市科技局");
        int[] n = s.tasks().stream().mapToInt(TaskBlock::number).toArray();
        assertThat(Docs.roles(s, n[0])).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, n[2])).containsExactlyInAnyOrder("科技局:co", "工信局:lead", "大数据局:co", "财政局:co");
        assertThat(s.targets()).anySatisfy(t -> assertThat(t.year()).isEqualTo(2026));
    }

    @Test
    void aClosingDivisionOfWorkPartNamesItemsByNumber() {
        DocumentStructure s = Docs.parse("""
                某某省教育厅办公室关于印发《工作要点》的通知
                一、深化改革
                1．实施学科建设计划。支持大学建设。
                2．推进新工科建设。支持大学共建。
                3．推进成果转化。建好技术转移中心。
                二、任务分工
                （一）第1项由科技处、高教处共同牵头，省科技厅配合。
                （二）第2至3项由科技处牵头，职成处、高教处配合；
                其中第3项省工业和信息化厅参与。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("实施学科建设计划", "推进新工科建设", "推进成果转化");
        assertThat(s.sections()).extracting(SectionBlock::title).doesNotContain("第1项由科技处、高教处共同牵头");
        assertThat(Docs.roles(s, 1)).containsExactly("科技处:lead", "高教处:lead", "省科技厅:co");
        assertThat(Docs.roles(s, 2)).containsExactly("科技处:lead", "职成处:co", "高教处:co");
        assertThat(Docs.roles(s, 3)).containsExactly("科技处:lead", "职成处:co", "高教处:co", "省工业和信息化厅:co");
    }

    @Test
    void codedTasksWithNotesWhoseFieldsBarsPartAndAnEmptyFieldBeforeAPageLine() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府办公室关于印发某某市产学研行动方案的通知
                一、重点任务
                （一）平台共建行动
                任务1-1　共建高能级研究院。推动实验室开展联合攻关。
                牵头单位：市科技局｜配合单位：市发展改革委、市财政局｜完成时限：2027年12月
                任务1-2　组建产业技术创新联盟。由某某集团牵头组建联盟。
                牵头单位：市工业和信息化局｜配合单位：—

                — 3 —
                某某市产学研行动方案
                （二）联合攻关行动
                任务2-1　实施链上攻关。每年滚动实施项目。
                责任单位：市科技局｜市工业和信息化局｜市财政局
                """);
        assertThat(s.tasks()).extracting(TaskBlock::label).containsExactly("任务1-1", "任务1-2", "任务2-1");
        int[] n = s.tasks().stream().mapToInt(TaskBlock::number).toArray();
        assertThat(Docs.roles(s, n[0])).containsExactly("科技局:lead", "发展改革委:co", "财政局:co");
        assertThat(Docs.roles(s, n[1])).containsExactly("工业和信息化局:lead");
        assertThat(Docs.roles(s, n[2])).containsExactly("科技局:null", "工业和信息化局:null", "财政局:null");
    }

    @Test
    void aNoteWrittenAsASmallTableUnderItsTaskAndAMatrixOfMarkedUnitColumns() {
        DocumentStructure s = Docs.parse("""
                某某区人民政府办公室关于印发某某区科技创新工作方案的通知
                一、重点任务
                （一）建设科学城。推动实验室建成投用。
                分管领导\t张某某
                牵头部门\t科技创新局
                配合部门\t规划建设局 财政金融局
                （二）推进联合攻关。支持企业与大学联合攻关。
                分管领导\t李某某
                责任部门\t科技创新局（牵头）、经济发展局
                附件
                重点任务责任分工矩阵
                （★为牵头单位，○为配合单位）
                序号\t重点任务\t区科技局\t区发改局\t区财政局
                1\t建设科学城\t★\t○\t
                2\t推进联合攻关\t○\t★\t○
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("科技创新局:lead", "规划建设局:co", "财政金融局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("科技创新局:lead", "经济发展局:co");
        assertThat(s.annex()).hasSize(2);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("区科技局:lead", "区发改局:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("区科技局:co", "区发改局:lead", "区财政局:co");
    }

    @Test
    void anIndicatorWrittenAsASeriesOfYearsGivesEachYearItsValue() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府办公室关于印发某某市产学研行动方案的通知
                一、主要目标
                    （1）研发经费投入强度（%）：2024年2.35 → 2025年2.5 → 2027年2.9【约束性】
                    （2）技术合同成交额（亿元）：2024年58 → 2027年100【预期性】
                二、重点任务
                1.建设平台。支持建设。（责任单位：市科技局）
                """);
        assertThat(s.targets()).filteredOn(t -> t.metric().equals("研发经费投入强度"))
                .extracting(TargetFact::year, TargetFact::value, TargetFact::unit).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2024, 2.35, "%"),
                        org.assertj.core.groups.Tuple.tuple(2025, 2.5, "%"),
                        org.assertj.core.groups.Tuple.tuple(2027, 2.9, "%"));
        assertThat(s.targets()).filteredOn(t -> t.metric().equals("技术合同成交额")).hasSize(2);
    }

    @Test
    void aPlanRepostedOnAPhoneHeadsItsActionsWithABarAndItsPartsWithPaddedNumbers() {
        DocumentStructure s = Docs.parse("""
                某某区推进大学科技园建设行动计划（2026—2028年）

                01 主要目标
                力争到2026年，大学科技园入驻企业达到300家。
                ◆ 新增高新技术企业（家）：2026年 40｜2027年 50｜2028年 60

                02 重点行动
                行动1｜大学科技园扩容提质行动
                推动某某大学科技园二期建设，新增孵化面积8万平方米。
                ▶ 牵头：区科技局　配合：区财政局、区住建局

                行动2｜技术转移服务行动
                建设技术转移交易中心，引进培育技术经理人50名。
                ▶ 责任单位：区科技局

                行动3｜青年人才留才行动
                实施英才计划，建设青年人才驿站5个。
                ▶ 牵头：区委人才办　配合：区人社局

                行动4｜创新环境优化行动
                设立规模5亿元的产业基金。
                ▶ 牵头：区财政局　配合：区科技局

                03 保障措施
                建立区领导联系高校制度。
                """);
        assertThat(s.tasks()).extracting(t -> t.title())
                .containsExactly("大学科技园扩容提质行动", "技术转移服务行动", "青年人才留才行动", "创新环境优化行动");
        assertThat(Docs.roles(s, 1)).containsExactly("区科技局:lead", "区财政局:co", "区住建局:co");
        assertThat(Docs.unitNames(s, 2)).containsExactly("区科技局");
        assertThat(s.targets()).filteredOn(t -> t.metric().equals("新增高新技术企业"))
                .extracting(TargetFact::year, TargetFact::value).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2026, 40.0),
                        org.assertj.core.groups.Tuple.tuple(2027, 50.0),
                        org.assertj.core.groups.Tuple.tuple(2028, 60.0));
    }

    @Test
    void anOrganInChargeAloneLeadsNobodyButOneInChargeWithOthersAssistingLeadsThem() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府关于印发某某市青年人才若干措施的通知
                第一条支持青年人才创新创业。给予创业补贴。本条由市人社局负责实施。
                第二条支持高校毕业生就业。给予就业补贴。本条由市人社局负责，市教育局配合实施。
                第三条优化人才服务。建设人才公寓。本条由市委人才办牵头，市住房局配合实施。
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("人社局:null");
        assertThat(Docs.roles(s, 2)).containsExactly("人社局:lead", "教育局:co");
    }

    @Test
    void specialActionsAreTasksAndAClosingDivisionNamesTasksByTheirLabelsWord() {
        DocumentStructure s = Docs.parse("""
                某某市推动产学研协同创新三年行动方案
                二、专项行动
                专项行动一：校地共建创新平台行动
                （1）支持某某大学与某某化工有限公司共建新材料研究院，聚焦高性能树脂、电子化学品开展关键技术攻关，到2028年突破关键技术10项以上。
                （2）推动某某研究所在某某经开区建设化工新材料中试基地，为中小企业提供中试熟化服务，每年服务企业50家以上。
                主责单位：市科技局　协同单位：市发展改革委，市财政局
                专项行动二：产学研联合攻关行动
                （1）围绕重点产业链关键环节，每年组织实施重大科技专项20项以上，推行“揭榜挂帅”等项目组织方式。
                （2）支持某某理工大学与某某机床股份有限公司组建联合实验室，开展关键共性技术攻关，形成一批标志性成果。
                主责单位：市科技局　协同单位：市工业和信息化局
                专项行动三：科技成果转化提速行动
                （1）提升某某科技大市场运营水平，支持某某大学在某某科技大市场设立技术转移工作站，促进成果对接。
                （2）建立高校院所科技成果“先使用后付费”机制，推动存量成果在本地转化，每年转化成果100项以上。
                主责单位：市科技局　协同单位：市教育局
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("校地共建创新平台行动", "产学研联合攻关行动", "科技成果转化提速行动");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "发展改革委:co", "财政局:co");

        DocumentStructure d = Docs.parse("""
                某某区深化产教融合工作方案
                二、重点任务
                【任务一】打造产教融合共同体
                依托某某职业技术学院组建产教融合共同体。
                【任务二】共建特色产业学院
                支持某某大学共建海洋食品产业学院。
                【任务三】推进校企联合研发
                鼓励高校与区内企业共建联合研发中心。
                【任务四】营造良好氛围
                每年举办产教融合对接活动。
                三、责任分工
                任务一至任务二由区教育局牵头，区人力资源和社会保障局配合；任务三由区科技局负责；任务四由各街道办事处负责本辖区组织实施。
                """);
        assertThat(d.tasks()).hasSize(4);
        assertThat(Docs.roles(d, 1)).containsExactly("区教育局:lead", "区人力资源和社会保障局:co");
        assertThat(Docs.roles(d, 2)).containsExactly("区教育局:lead", "区人力资源和社会保障局:co");
        assertThat(Docs.roles(d, 3)).containsExactly("区科技局:null");
        assertThat(Docs.unitNames(d, 4)).containsExactly("各街道办事处");
    }

    @Test
    void unitsInChargeOverallLeadThoseCarryingTheWorkOutOrDoingItInTheirOwnArea() {
        DocumentStructure s = Docs.parse("""
                某某县2026年科技创新工作要点
                （一）推动园区创新发展。支持经开区建设孵化器。（县工业和信息化局负总责，某某经开区管委会具体落实）
                （二）培育壮大创新主体。实施梯度培育。（县科技局牵头，各乡镇人民政府、某某经开区管委会负责本辖区推进工作）
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("县工业和信息化局:lead", "某某经开区管委会:co");
        assertThat(Docs.roles(s, 2)).containsExactly("县科技局:lead", "各乡镇人民政府:co", "某某经开区管委会:co");

        DocumentStructure t = Docs.parse("""
                某某市科技型企业培育行动方案
                二、重点任务
                （一）壮大创新主体
                1.实施科技型企业梯次培育（市科技局负总责，各县（市、区）人民政府、某某高新区管委会具体落实）
                建立科技型企业培育库，每年入库企业300家以上。
                2.推动企业研发机构全覆盖（市工业和信息化局牵头，市科技局配合）
                规上工业企业研发机构覆盖率达到50%。
                """);
        assertThat(t.tasks()).extracting(TaskBlock::title).containsExactly("实施科技型企业梯次培育", "推动企业研发机构全覆盖");
        assertThat(Docs.roles(t, 1)).containsExactly("科技局:lead", "各县（市、区）人民政府:co", "某某高新区管委会:co");
    }

    @Test
    void measuresNumberedInBracketedDigitsAloneAreTheBody() {
        DocumentStructure s = Docs.parse("""
                某某市加快推进科技创新若干措施
                （1）　支持企业加大研发投入。对年度研发投入超过500万元的企业给予奖补。责任单位：市科技局、市财政局。
                （2）　培育壮大高新技术企业。对首次认定的高新技术企业给予30万元奖励。责任单位：市科技局、各区县人民政府。
                （3）　支持建设企业研发机构。对新认定的国家级企业技术中心给予奖励。责任单位：市工信局。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("支持企业加大研发投入", "培育壮大高新技术企业", "支持建设企业研发机构");
        assertThat(Docs.unitNames(s, 3)).containsExactly("工信局");
    }

    @Test
    void aCoveringNoticeThatNumbersItsOwnInstructionsIsNotTheBody() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府办公室关于印发年度重点工作责任分工的通知
                某政办发〔2025〕3号
                各区人民政府，市各有关部门：
                现将《年度重点工作责任分工》印发给你们，并就有关事项通知如下。
                一、每项工作“——”后所列单位，列第一位的为牵头单位，其余为配合单位。
                二、各牵头单位要按季度报送工作进展。
                附件：年度重点工作责任分工
                某某市人民政府办公室
                2025年3月1日
                年度重点工作责任分工
                一、推动创新
                1.建设中试平台。支持企业与高校共建中试平台。
                ——市科技局、市工信局、东湖区人民政府
                2.培育科技企业。新认定科技型企业100家。
                ——市工信局牵头，市财政局、市科技局配合
                3.完善数字基础设施，新建基站500个。
                ——市数据局、市工信局、
                西湖区人民政府
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设中试平台", "培育科技企业", "完善数字基础设施，新建基站500个");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "工信局:co", "东湖区人民政府:co");
        assertThat(Docs.roles(s, 2)).containsExactly("工信局:lead", "财政局:co", "科技局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("数据局:lead", "工信局:co", "西湖区人民政府:co");
    }

    @Test
    void minutesAskUnitsToLeadInTheirAgreedItems() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府
                专题会议纪要
                〔2025〕8号
                关于推进校地合作有关工作的会议纪要
                会议听取了市科技局的汇报。会议议定以下事项：
                一、关于实验室建设问题。会议同意建设实验室。请市发改委牵头，市财政局、东区管委会配合，年内完成立项；市规划局按程序办理用地手续。
                二、关于人才公寓问题。请市住建局负责房源筹集，市人社局做好政策指导。
                三、关于创新联合体问题。由市工信局会同市科技局，支持龙头企业牵头组建联合体。
                四、关于人才政策问题。请市人社局、市教育局按职责分工，于9月底前出台细则。
                五、关于成果转化基金问题。此项工作由市财政局牵头，市科技局、某某投资集团有限公司参与。
                六、关于实训基地问题。所需资金由市财政局、市教育局按规定统筹解决。
                出席：张三
                参加：李四（市科技局）　王五（市财政局）
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("关于实验室建设问题", "关于人才公寓问题",
                "关于创新联合体问题", "关于人才政策问题", "关于成果转化基金问题", "关于实训基地问题");
        assertThat(Docs.roles(s, 1)).containsExactly("发改委:lead", "财政局:co", "东区管委会:co", "规划局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("住建局:lead", "人社局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("工信局:lead", "科技局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("人社局:null", "教育局:null");
        assertThat(Docs.roles(s, 5)).containsExactly("财政局:lead", "科技局:co", "某某投资集团有限公司:co");
        assertThat(Docs.roles(s, 6)).containsExactly("财政局:null", "教育局:null");
        assertThat(s.tasks().get(5).title()).doesNotContain("出席");
    }

    @Test
    void fieldsLabelledInSquareBracketsNameTheUnitsOfATownsOffices() {
        DocumentStructure s = Docs.parse("""
                某某镇人民政府
                关于印发某某镇科技工作方案的通知
                一、重点任务
                1.培育科技企业。建立培育库。
                【分管领导】张三　【牵头站所】经发办　【配合站所】财政所、企业服务中心
                2.建设示范基地。建设示范基地500亩。
                【分管领导】李四（镇党委委员）　【牵头站所】农业办、农服
                中心　【配合单位】县农业农村局
                3.加强人才培训。开展技能培训。
                【分管领导】王五　【责任站所】党政办、社会事务办
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("经发办:lead", "财政所:co", "企业服务中心:co");
        assertThat(Docs.roles(s, 2)).containsExactly("农业办:lead", "农服中心:lead", "县农业农村局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("党政办:null", "社会事务办:null");
    }

    @Test
    void aBulletinListsLabelledTasksGroupedByProgressOutOfTheirOrder() {
        DocumentStructure s = Docs.parse("""
                督查通报
                2025年第3期
                关于重点任务推进情况的通报
                一、总体情况
                上半年已完成2项，滞后1项。
                二、任务推进情况
                （一）已完成的任务（2项）
                【任务3】建设中试基地（牵头单位：市科技局；责任单位：市财政局）
                推进情况：基地已建成投用。
                【任务1】培育科技企业（主责单位：市工信局；协同单位：局人社）
                推进情况：已入库企业120家。
                （二）进展滞后的任务（1项）
                【任务2】设立转化基金（责任单位：市财政局）
                推进情况：方案尚在征求意见。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设中试基地", "培育科技企业", "设立转化基金");
        assertThat(s.tasks()).extracting(TaskBlock::label).containsExactly("任务3", "任务1", "任务2");
        assertThat(s.tasks()).extracting(TaskBlock::number).containsExactly(3, 1, 2);
        assertThat(Docs.roles(s, 3)).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, 1)).containsExactly("工信局:lead", "人社局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("财政局:null");
    }

    @Test
    void aMemberUnitsDutiesPartGivesEachItemToTheUnitsItIsHeadedBy() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府办公室关于建立校地合作联席会议制度的通知
                一、联席会议职责
                （一）统筹推进校地合作。研究解决重大问题。
                二、成员单位职责
                （一）市科技局：承担联席会议办公室日常工作，会同市财政局管理专项资金。
                （二）市教育局：负责推动高校学科专业设置与产业对接。
                （三）市工信局、市国资委：负责组织企业提出技术需求。
                （四）某某大学、某某职业技术学院：负责组织科研团队服务地方产业。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("市科技局", "市教育局", "市工信局、市国资委", "某某大学、某某职业技术学院");
        List<Integer> n = s.tasks().stream().map(TaskBlock::number).toList();
        assertThat(Docs.roles(s, n.get(0))).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, n.get(1))).containsExactly("教育局:lead");
        assertThat(Docs.roles(s, n.get(2))).containsExactly("工信局:null", "国资委:null");
        assertThat(Docs.roles(s, n.get(3))).containsExactly("某某大学:null", "某某职业技术学院:null");
    }

    @Test
    void aWorkReportsTasksAreItsKeyWorkNotItsReviewAndItsGoalsTakeThePartsYear() {
        DocumentStructure s = Docs.parse("""
                某某区人民政府工作报告
                一、2025年工作回顾
                （一）科技创新动能持续增强。新增高新技术企业60家。
                （二）产业转型步伐加快。规上工业增加值增长7%。
                二、2026年主要预期目标
                全区主要预期目标是：地区生产总值增长6%左右；研发经费投入强度由2025年的2.8%提高到3%。
                三、2026年重点工作
                （一）聚力科技创新，加快建设创新策源地。推动高校院所在区内设立研发机构。
                （二）聚力产业强链，加快构建现代产业体系。培育链主企业。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("聚力科技创新，加快建设创新策源地", "聚力产业强链，加快构建现代产业体系");
        assertThat(s.targets()).extracting(TargetFact::metric, TargetFact::year, TargetFact::value)
                .contains(org.assertj.core.groups.Tuple.tuple("地区生产总值增长", 2026, 6.0),
                        org.assertj.core.groups.Tuple.tuple("研发经费投入强度", 2026, 3.0),
                        org.assertj.core.groups.Tuple.tuple("研发经费投入强度", 2025, 2.8));
    }

    @Test
    void aBureauThatSpeaksOfItselfAsWeIsTheResponsibleUnitUnderItsShortName() {
        DocumentStructure s = Docs.parse("""
                某某市科学技术局
                某科提复〔2025〕3号
                关于市政协第0012号提案的答复
                张三委员：
                您提出的提案收悉。现将办理情况答复如下：
                一、下一步工作打算
                （一）建强转化平台。我局将会同某某高新区管委会，加快建设大学科技园。
                （二）深化协同攻关。由市工信局牵头，每年组织企业发布技术需求，我局配合做好项目组织。
                （三）培育技术经理人。我局将联合某某大学开展培训。
                联系单位：市科技局成果转化科
                """);
        assertThat(s.header().title()).isEqualTo("关于市政协第0012号提案的答复");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "某某高新区管委会:co");
        assertThat(Docs.roles(s, 2)).containsExactly("工信局:lead", "科技局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("科技局:lead");
    }

    @Test
    void anAgreementsArticlesArePartsAndItsPartiesAreTheUnitsOfItsItems() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府　某某大学
                市校战略合作协议
                甲方：某某市人民政府（以下简称甲方）
                乙方：某某大学（以下简称乙方）
                第一条　合作原则
                双方本着优势互补的原则开展合作。
                第二条　合作内容
                （一）共建研究院。甲方提供科研用房；乙方组建科研团队。
                （二）共建创新平台。由甲方牵头，乙方配合，支持企业与高校共建联合实验室。
                （三）服务决策咨询。乙方每年为甲方承担决策咨询课题。
                第三条　保障机制
                （一）建立联席会议制度。由甲方和乙方共同召集。
                附件
                首批合作项目清单
                序号	项目名称	市方责任单位	校方责任单位
                1	研究院一期建设	市科技局、某某高新区管委会	某某大学科学技术处
                注：各栏所列第一个单位分别为市方、校方牵头单位，其余为配合单位。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("共建研究院", "共建创新平台", "服务决策咨询");
        assertThat(Docs.roles(s, 1)).containsExactly("某某市人民政府:null", "某某大学:null");
        assertThat(Docs.roles(s, 2)).containsExactly("某某市人民政府:lead", "某某大学:co");
        assertThat(Docs.roles(s, 3)).containsExactly("某某大学:lead");
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("科技局:lead", "某某高新区管委会:co", "某某大学科学技术处:lead");
    }

    @Test
    void aPdfLayoutExportCentresARowsOneLineCellsOnItsMiddleLine() {
        // pdftotext -layout of a landscape table: a three-line row prints its number and units on its second line
        DocumentStructure s = Docs.parse("""
                某某高新区管委会关于印发2026年工作计划的通知
                附件1
                重点任务分解表
                  序号    重点任务                          牵头部门          配合部门
                  一、科技创新
                  1     推动某某大学与某某新能科技股份有              科技创新局         经济发展局
                        限公司共建新型储能联合实验室
                        建设某某高新区概念验证中心，年
                  2     内服务高校院所成果项目30项                科技创新局         财政金融局
                        以上
                  3     实施人才双向挂职计划                      党群工作部         科技创新局
                """);
        assertThat(s.annex()).extracting(AnnexRow::title).containsExactly(
                "推动某某大学与某某新能科技股份有限公司共建新型储能联合实验室",
                "建设某某高新区概念验证中心，年内服务高校院所成果项目30项以上", "实施人才双向挂职计划");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("科技创新局:lead", "财政金融局:co");
    }

    @Test
    void aRectificationListWrittenAsNumberedBlocksIsAnAnnexAndALongItemStillNamesItsSection() {
        DocumentStructure s = Docs.parse("""
                某某市人大常委会执法检查组关于检查科技进步条例实施情况的报告
                一、主要问题
                （一）部分单位对条例配套制度的制定落实还不够及时到位，影响条例实施效果。
                二、意见建议
                （一）健全配套制度。尽快出台配套制度。由市科技局牵头，市司法局配合。
                附件
                整改责任清单
                第1项　整改事项：出台条例配套制度
                问题表现：配套制度尚未出台。
                责任单位：市科技局（牵头），市司法局
                整改时限：2027年6月底前
                第2项　整改事项：提升技术市场服务能力
                责任单位：市科技局
                整改时限：2027年12月底前
                """);
        assertThat(s.annex()).extracting(AnnexRow::title).containsExactly("出台条例配套制度", "提升技术市场服务能力");
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("科技局:lead", "司法局:co");
        assertThat(s.sections()).allSatisfy(section -> assertThat(section.title()).isNotBlank());
    }

    @Test
    void formsBoundTogetherNumberAfreshAndTheirHeadsUnitAnswersForTheirItems() {
        DocumentStructure s = Docs.parse("""
                某某市2027年度科技创新目标责任状（汇编）
                说明
                各责任状所列目标任务由签状单位负责落实；任务后注明“配合单位”的，由签状单位牵头。
                某某市科学技术局
                2027年度科技创新目标责任状
                责任单位：市科技局　主要负责人：某某某（局长）
                一、目标任务
                1.建设先进储能研究院
                支持某某大学共建先进储能研究院。完成时限：2027年10月底前。
                配合单位：市财政局、某某高新区管委会
                2.组织实施关键技术攻关
                发布技术需求榜单20项以上。
                二、量化指标
                序号	指标名称	单位	2026年基数	2027年目标
                1	技术合同成交额	亿元	58	70
                三、考核与奖惩
                目标任务完成情况纳入年度综合考核。
                某某市教育局
                2027年度科技创新目标责任状
                责任单位：市教育局　主要负责人：某某某（局长）
                一、目标任务
                1.推动高校与重点产业对接
                组织产学研对接活动不少于10场。
                配合单位：市科技局
                2.建设产教融合实训基地
                新增订单班学生800人以上。
                二、量化指标
                序号	指标名称	单位	2026年基数	2027年目标
                1	校企共建实训基地	个	18	24
                三、考核与奖惩
                目标任务完成情况纳入年度综合考核。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设先进储能研究院", "组织实施关键技术攻关",
                "推动高校与重点产业对接", "建设产教融合实训基地");
        // the form's unit leads where an item names those who assist, and answers alone where it names nobody
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "财政局:co", "某某高新区管委会:co");
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:null");
        assertThat(Docs.roles(s, 3)).containsExactly("教育局:lead", "科技局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("教育局:null");
        // each form's indicator table is its own: row 1 of the second is another indicator
        assertThat(s.indicators()).extracting(IndicatorRow::name).containsExactly("技术合同成交额", "校企共建实训基地");
        assertThat(s.warnings()).noneMatch(w -> w.contains("belongs to no task"));
    }

    @Test
    void aTableWhoseItemRowsEachHaveANoteLineBelowGivesTheItemsThoseUnits() {
        DocumentStructure s = Docs.parse("""
                某某区校企协同创新三年行动方案
                一、重点任务
                （一）共建联合研发中心。鼓励规上企业与高校共建联合研发中心。
                （二）建设概念验证中心。依托某某大学科技园建设概念验证中心。
                （三）建设科技特派员工作站。在各镇建设工作站。
                各项任务的牵头单位和配合单位见附件。
                附件：重点任务分工表
                重点任务分工表
                类别	序号	重点任务	完成时限
                平台共建	1	共建联合研发中心	2029年底前
                牵头单位：区科技局 配合单位：区财政局、某某经济开发区管委会
                2	建设概念验证中心	2027年底前
                责任单位：区科技局（牵头）、区发展改革局、某某大学
                成果转化	3	建设科技特派员工作站	2027年9月底前
                责任单位：区农业农村局、区科技局
                注：责任单位有多个的，排在第一位的为牵头单位，其余为配合单位。
                """);
        assertThat(s.annex()).extracting(AnnexRow::number, AnnexRow::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "共建联合研发中心"), org.assertj.core.groups.Tuple.tuple(2, "建设概念验证中心"),
                org.assertj.core.groups.Tuple.tuple(3, "建设科技特派员工作站"));
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("区科技局:lead", "区财政局:co", "某某经济开发区管委会:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("区科技局:lead", "区发展改革局:co", "某某大学:co");
        // the note under the table makes a plain list's first unit its lead
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("区农业农村局:lead", "区科技局:co");
        assertThat(Docs.roles(s, 2)).contains("区科技局:lead");
    }

    @Test
    void anInquirysQuestionsAreItemsAnsweredByTheUnitsOrOfficialsNamedUnderThem() {
        DocumentStructure s = Docs.parse("""
                市人大常委会就科技成果转化工作开展专题询问（实录）
                6月26日下午，市人大常委会举行联组会议，开展专题询问。市科技局、市财政局、市教育局负责同志到会应询。
                【询问一】高校科技成果为何难以就地转化
                询问人：市人大常委会委员某某某
                应询部门：市科技局、市教育局
                某某某：请问主要原因是什么？
                市科技局局长某某某：下一步，我们将会同市教育局出台实施细则。
                【询问二】财政资金如何支持成果转化
                询问人：市人大代表某某
                应询人：市财政局副局长某某某；副市长某某某
                某某：财政资金怎样发挥撬动作用？
                某某某：今年将设立科技成果转化引导基金。
                附件：应询部门承诺事项清单
                序号	承诺事项	承诺部门	完成时限
                1	出台赋权改革实施细则	市科技局、市教育局	2027年9月底前
                2	设立科技成果转化引导基金	市财政局	2027年12月底前
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("高校科技成果为何难以就地转化", "财政资金如何支持成果转化");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:null", "教育局:null");
        // an official names his organ; one of no organ names none
        assertThat(Docs.roles(s, 2)).containsExactly("财政局:null");
        assertThat(s.annex()).hasSize(2);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("科技局:null", "教育局:null");
    }

    @Test
    void aFootnoteAfterAnItemsHeadingNamesItsUnitsInASentence() {
        DocumentStructure s = Docs.parse("""
                某某县产学研融合实施方案
                一、重点任务
                （一）推进科技成果转移转化。[footnoteRef：1]建设技术转移工作站。[1：县科技局牵头，县市场监管局、县税务局配合。]
                （二）建设中试熟化基地。[footnoteRef：2]建设中试基地。[2：牵头单位：县工业和信息化局；配合单位：县科技局。]
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("县科技局:lead", "县市场监管局:co", "县税务局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("县工业和信息化局:lead", "县科技局:co");
    }

    @Test
    void anInterpretationToldAsQuestionsHasItsTasksInsideAnAnswerWithUnitsInSentences() {
        DocumentStructure s = Docs.parse("""
                《某某市深化校地合作三年行动方案》政策解读
                一问：《行动方案》提出了哪些目标？
                答：到2028年，技术合同成交额达到120亿元。具体概括为：
                1.平台更强。共建平台从有没有转向强不强。
                2.转化更快。成果转化周期明显缩短。
                二问：《行动方案》部署了哪些重点任务？
                答：部署了三项重点任务。
                （一）共建校地创新平台。支持某某大学共建研究院。该项任务由市科技局牵头，市财政局配合。
                （二）实施揭榜挂帅项目。每年征集技术需求。牵头单位为市科技局，配合单位为市工业和信息化局。
                （三）优化成果转化服务。建设技术交易市场。责任单位为市科技局、市市场监管局。
                三问：如何保障任务落地？
                答：一是强化组织领导，二是加强督导考核。其中，第二项、第三项任务，某某高新区管委会要按属地做好配合。
                """);
        // the questions are the parts; the summing-up list of the first answer carries no note and is no task
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("共建校地创新平台", "实施揭榜挂帅项目", "优化成果转化服务");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "财政局:co");
        // a label stated in a sentence (牵头单位为A), and units a later answer adds by the items' ordinals
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead", "工业和信息化局:co", "某某高新区管委会:co");
        assertThat(Docs.roles(s, 3)).containsExactly("科技局:null", "市场监管局:null", "某某高新区管委会:co");
    }

    @Test
    void aWorkTableOnItsSideHasOneItemPerColumnAndContinuesUnderTheNextCaption() {
        DocumentStructure s = Docs.parse("""
                某某市重大项目推进方案
                一、重大项目
                （一）某某大学储能研究院建设。支持某某大学建设研究院。
                （二）中试平台建设。建设中试平台。
                （三）技术转移网络建设。建设技术转移中心。
                二、推进机制
                （一）按月调度。每月汇总进展。
                附件
                2026年重大项目推进表
                表一
                项目编号	项目一	项目二
                项目名称	某某大学储能研究院建设	中试平台建设
                牵头单位	市科技局	市工信局、市科技局（共同牵头）
                配合单位	市财政局、
                某某高新区管委会	—
                完成时限	2026年12月	2026年10月
                表二（续）
                项目编号	项目三
                项目名称	技术转移网络建设
                牵头单位	市市场监管局
                配合单位	各县（市、区）人民政府
                """);
        assertThat(s.annex()).extracting(AnnexRow::number, AnnexRow::title, AnnexRow::year).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "某某大学储能研究院建设", 2026),
                org.assertj.core.groups.Tuple.tuple(2, "中试平台建设", 2026),
                org.assertj.core.groups.Tuple.tuple(3, "技术转移网络建设", 2026));
        // a units cell wrapped onto the next line is one cell again
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("科技局:lead", "财政局:co", "某某高新区管委会:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("工信局:lead", "科技局:lead");
        // the rows name the body's items by title: their notes; the mechanism part's items are no tasks
        assertThat(s.tasks()).hasSize(3);
        assertThat(Docs.roles(s, 3)).containsExactly("市场监管局:lead", "各县（市、区）人民政府:co");
    }

    @Test
    void aMatrixOfUnitsByItemNumberGivesEachItemItsMarkedUnits() {
        DocumentStructure s = Docs.parse("""
                某某县校地协同创新工作方案
                一、重点任务
                （一）共建竹产业研究院。依托某某大学建设研究院。
                （二）建设中药材科技小院。支持某某大学设立科技小院。
                （三）实施联合攻关项目。组织高校与企业联合攻关。
                附件
                重点任务责任分工表
                类别\t责任单位\t任务序号\t\t
                \t\t1\t2\t3
                县直部门\t县科技局\t●\t○\t●
                \t县农业农村局\t\t●\t
                \t县财政局\t○\t\t○
                园区\t某某经开区管委会\t○\t\t●
                注：●为牵头单位，○为配合单位。
                """);
        assertThat(s.annex()).isEmpty();
        assertThat(Docs.roles(s, 1)).containsExactly("县科技局:lead", "县财政局:co", "某某经开区管委会:co");
        assertThat(Docs.roles(s, 2)).containsExactly("县农业农村局:lead", "县科技局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("县科技局:lead", "某某经开区管委会:lead", "县财政局:co");
    }

    @Test
    void aNoticeOfChangesGivesTheNewUnitsNotTheReplacedOnes() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府办公室关于调整《分工方案》部分任务责任单位的通知
                一、调整牵头单位的任务
                （一）《分工方案》第2项“建设海洋工程研究院”。
                原牵头单位：市发展改革委；原配合单位：市科技局。
                调整为：市科技局牵头，市发展改革委、市财政局配合。
                （二）《分工方案》第7项“建设数据共享服务平台”。因机构改革，原市大数据局的职责已划入市数据局。
                原牵头单位：市大数据局。
                调整为：市数据局牵头，市科技局配合。
                二、调整配合单位的任务
                （三）《分工方案》第8项“引育产业教授”。
                调整后：牵头单位：市人力资源社会保障局；配合单位：市教育局、市科技局（市总工会不再列为配合单位）。
                """);
        // items whose line holds only the heading and items that go on after it are one list
        assertThat(s.tasks()).hasSize(3);
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "发展改革委:co", "财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("数据局:lead", "科技局:co");
        // a remark in brackets after the last unit is no part of its name
        assertThat(Docs.roles(s, 3)).containsExactly("人力资源社会保障局:lead", "教育局:co", "科技局:co");
    }

    @Test
    void aDivisionTableQuotingTheHigherPlansTasksFirstTakesItsTitlesFromTheColumnAfterItsNumber() {
        DocumentStructure s = Docs.parse("""
                某某市贯彻落实省科技创新行动方案的实施方案
                1．建设某某大学智能制造研究院。推动研究院实体化运行。
                2．推动新型研发机构提质增效。开展绩效评价。
                附件
                对标任务分工表
                省方案任务\t序号\t我市任务\t牵头单位\t配合单位
                支持高校与地方共建新型研发机构\t1\t建设某某大学智能制造研究院\t市科技局\t市财政局
                \t2\t推动新型研发机构提质增效\t市科技局\t各区（县）人民政府
                """);
        assertThat(s.annex()).extracting(AnnexRow::title)
                .containsExactly("建设某某大学智能制造研究院", "推动新型研发机构提质增效");
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead", "各区（县）人民政府:co");
    }

    @Test
    void aWebPagesInvisibleMarksAndFooterDoNotReachTheTasks() {
        DocumentStructure s = Docs.parse("""
                芷川市2026年校地合作工作要点
                一、共建创新平台（市科\u200D技局牵头）
                1.建设芷川大学研究院。推动研究院实体化运行。（配合：市财\u2060政局）
                2.完善产学研合作考核评价。将服务成效纳入年度评估。（市科技局\u200B牵头，市统计局配合）
                相关链接：芷川市人民政府办公室关于印发芷川市校地合作三年行动计划的通知
                【打印】【关闭】
                主办：芷川市人民政府办公室　网站标识码：3608000001
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设芷川大学研究院", "完善产学研合作考核评价");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "财政局:co");
        // the footer's 主办 names the site's owner, no lead
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead", "统计局:co");
    }

    @Test
    void aBoxsOwnNumberedListStaysInTheTaskItIllustrates() {
        DocumentStructure s = Docs.parse("""
                某某市产学研融合行动方案
                一、重点任务
                （一）建设产业技术研究院。支持高校与地方共建研究院。
                专栏1　重点建设的研究院
                1.某某大学先进制造研究院：依托某某大学机械工程学院建设。
                2.某某科技学院绿色化工研究院：与某某化工园区共建。
                牵头单位：市科技局　配合单位：市财政局
                （二）推进创新联合体建设。支持龙头企业组建创新联合体。（牵头单位：市工信局；配合单位：市科技局）
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设产业技术研究院", "推进创新联合体建设");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "财政局:co");
        // in a plan numbered 1. 2. 3., a box without a note line ends at the next task, which carries its own note
        DocumentStructure numbered = Docs.parse("""
                某某市产学研融合行动方案
                1.建设产业技术研究院。支持高校与地方共建研究院。（牵头单位：市科技局）
                2.推进创新联合体建设。支持龙头企业组建创新联合体。（牵头单位：市工信局）
                专栏1　拟组建的创新联合体
                1.高性能钛合金创新联合体
                2.新型储能创新联合体
                3.建设概念验证中心。布局一批概念验证中心。（牵头单位：市科技局；配合单位：市财政局）
                """);
        assertThat(numbered.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设产业技术研究院", "推进创新联合体建设", "建设概念验证中心");
    }

    @Test
    void aNoticeIssuingTwoDutySplitsReadsBothTheSecondNumberedAfresh() {
        DocumentStructure s = Docs.parse("""
                某某县人民政府办公室关于印发两个责任分解方案的通知
                各乡镇人民政府，县政府各部门：
                现将两个责任分解方案印发给你们，请认真抓好落实。
                一、务必高度重视。各单位要逐项制定推进措施。
                二、务必强化督办。县政府督查室要实行月调度。
                附件：1．县政府工作报告重点工作责任分解方案
                　　　2．市政府工作报告涉及我县重点事项责任分解方案
                某某县人民政府办公室
                2026年2月9日
                附件1
                县政府工作报告重点工作责任分解方案
                1．推动某某大学研究院实体化运行。（牵头单位：县科技局；责任单位：县财政局）
                2．建成稀土功能材料中试基地。（牵头单位：某某高新区管委会；责任单位：县工信局）
                3．培育省级专精特新中小企业10家。（牵头单位：县工信局；责任单位：县科技局）
                附件2
                市政府工作报告涉及我县重点事项责任分解方案
                1．支持某某高新区创建省级高新区。（市级对口部门：市科技局；牵头单位：某某高新区管委会）
                2．建设县科技企业孵化器二期。（市级对口部门：市科技局；牵头单位：县科技局；责任单位：县住建局）
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("推动某某大学研究院实体化运行",
                "建成稀土功能材料中试基地", "培育省级专精特新中小企业10家", "支持某某高新区创建省级高新区", "建设县科技企业孵化器二期");
        // the city's counterpart bureau is named for contact, not as a unit
        assertThat(Docs.roles(s, 4)).containsExactly("某某高新区管委会:lead");
        assertThat(Docs.roles(s, 5)).containsExactly("县科技局:lead", "县住建局:co");
    }

    @Test
    void anAnnexTableNamedButNotReadIsSaidSo() {
        DocumentStructure s = Docs.parse("""
                某某区三年行动方案
                一、重点任务
                （一）共建创新研究院。依托某某大学建设研究院。（牵头单位：区科技局）
                附件：2026年度重点任务推进计划表
                附件
                2026年度重点任务推进计划表
                序重点任务2026年目标号
                1共建研究院完成一期装修
                """);
        assertThat(s.warnings()).anyMatch(w -> w.contains("2026年度重点任务推进计划表") && w.contains("not recognised"));
        DocumentStructure read = Docs.parse("""
                某某区三年行动方案
                一、重点任务
                （一）共建创新研究院。依托某某大学建设研究院。
                附件：2026年度重点任务推进计划表
                附件
                2026年度重点任务推进计划表
                序号\t重点任务\t牵头单位
                1\t共建创新研究院\t区科技局
                """);
        assertThat(read.warnings()).noneMatch(w -> w.contains("not recognised"));
    }

    @Test
    void aTablePrintedTwoUpIsReadBlockByBlockWithItsWrappedNamesWhole() {
        // rows 1–3 on the left, 4–6 on the right, under one header line holding the header twice; cells wrap in parallel
        String l = "%-4s%-20s%-14s%-18s";
        DocumentStructure s = Docs.parse(String.join("\n",
                "某某市2026年科技创新工作要点",
                "一、重点任务",
                "1.建设创新平台。支持某某大学建设实验室。",
                "2.培育科技企业。新认定高新技术企业100家。",
                "3.实施攻关项目。组织实施重大专项10项。",
                "4.引育创新人才。引进创新团队20个。",
                "5.发展科技金融。新增科技信贷50亿元。",
                "6.扩大开放合作。引进科技项目30个。",
                "附件",
                "重点工作任务分工一览表",
                row("序号", "重点工作任务", "牵头单位", "配合单位") + row("序号", "重点工作任务", "牵头单位", "配合单位"),
                row("1", "建设创新平台", "市科技局", "市财政局、") + row("4", "引育创新人才", "市委组织部（市", "市人社局"),
                row("", "", "", "某某大学") + row("", "", "委人才办）", ""),
                row("2", "培育科技企业", "市科技局", "市税务局") + row("5", "发展科技金融", "市金融局", "某某市产业投资集团"),
                row("", "", "", "") + row("", "", "", "有限公司"),
                row("3", "实施攻关项目", "市科技局、", "市财政局") + row("6", "扩大开放合作", "市商务局", "市科技局"),
                row("", "", "市工信局", "") + row("", "", "", ""),
                "注：表中左右两栏分别列示第1—3项和第4—6项任务。"));
        assertThat(s.annex()).extracting(AnnexRow::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("科技局:lead", "财政局:co", "某某大学:co");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("科技局:lead", "工信局:lead", "财政局:co");
        assertThat(Docs.roles(s.annex().get(3))).containsExactly("市委组织部（市委人才办）:lead", "人社局:co");
        assertThat(Docs.roles(s.annex().get(4))).containsExactly("金融局:lead", "产业投资集团有限公司:co");
        assertThat(Docs.roles(s, 6)).containsExactly("商务局:lead", "科技局:co");
    }

    /** Cells padded to fixed display widths, as a PDF's layout prints a table's row. */
    private static String row(String... cells) {
        int[] widths = {6, 24, 18, 22};
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            out.append(cells[c]).append(" ".repeat(widths[c] - dev.collabgraph.loader.text.DisplayWidth.of(cells[c])));
        }
        return out.toString();
    }

    @Test
    void aListByLeadUnitNumbersItsTasksInAColumnOfItsOwnAndAJointTaskTakesBothRows() {
        DocumentStructure s = Docs.parse("""
                某某区2026年产学研协同创新工作要点
                一、重点任务
                1.建设技术转移分中心。依托某某大学建设分中心。
                2.培育创新联合体。支持龙头企业牵头组建联合体。
                3.建设实训基地。推动职业院校与企业共建实训基地。
                附件
                重点任务责任清单（按牵头单位排列）
                牵头单位	任务序号	重点任务	配合单位	完成时限
                区科技局	1	建设技术转移分中心	区财政局、某某大学	2026年9月
                	3	建设实训基地	区财政局	2026年12月
                区工信局	2	培育创新联合体	区科技局	2026年10月
                区教育局	3	建设实训基地	某某职业技术学院	2026年12月
                注：第3项由区科技局、区教育局共同牵头。
                """);
        assertThat(s.annex()).extracting(AnnexRow::title)
                .containsExactly("建设技术转移分中心", "建设实训基地", "培育创新联合体", "建设实训基地");
        assertThat(Docs.roles(s, 1)).containsExactly("区科技局:lead", "区财政局:co", "某某大学:co");
        assertThat(Docs.roles(s, 3)).containsExactlyInAnyOrder("区科技局:lead", "区财政局:co", "区教育局:lead",
                "某某职业技术学院:co");
    }

    @Test
    void rolesStatedAfterTheirListsAreANoteEvenWhenAWrapCutsBeforeTheLabel() {
        DocumentStructure s = Docs.parse("""
                某某市促进科技成果转化三年行动方案
                二、重点任务
                1.建设技术转移机构。支持高校技术转移中心实体化运行。（市科技局为牵头单位，市教育局、市人社局为配合单位）
                2.布局概念验证中心。依托某某大学建设概念验证中心，每年验证项目30项以上。（市科技局为
                牵头单位，市教育局、某某高新区管委会为配合单位）
                3.培育联合研发平台。支持校企共建联合实验室。（市科技局、市工业和信息化局为牵头单位，市财政局为配合单位）
                4.壮大技术经理人队伍。开设技术经理人培训班。（市科技局、市人社局为责任单位）
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "教育局:co", "人社局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead", "教育局:co", "某某高新区管委会:co");
        assertThat(Docs.roles(s, 3)).containsExactly("科技局:lead", "工业和信息化局:lead", "财政局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("科技局:null", "人社局:null");
    }

    @Test
    void boxesTickedUnderRoleWordsGiveEachUnitLineItsRole() {
        DocumentStructure s = Docs.parse("""
                某某县校企协同创新行动方案
                二、重点任务
                （一）搭建校企对接平台。建设线上服务平台。
                （二）组建产业创新联合体。联合高校组建创新联合体。
                附件
                2026年重点任务分工确认表
                序号	重点任务	责任单位	牵头	配合	完成时限
                1	搭建校企对接平台	县科技局	☒	☐	2026年6月
                		某某经济开发区管委会	☐	☒	
                		县工业和信息化局	☐	☒	
                2	组建产业创新联合体	县工业和信息化局	☒	☐	2026年10月
                		县科技局	☒	☐	
                		某某大学	☐	☒	
                """);
        assertThat(Docs.roles(s.annex().get(0)))
                .containsExactly("县科技局:lead", "某某经济开发区管委会:co", "县工业和信息化局:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("县工业和信息化局:lead", "县科技局:lead", "某某大学:co");
    }

    @Test
    void aTableWrittenOutColumnByColumnIsReadBackAsItsRows() {
        // a reading-order export: 序号 with its numbers, then each column's name and its cells, a wrapped cell two lines
        DocumentStructure s = Docs.parse("""
                某某经开区2026年校企合作工作方案
                一、重点任务
                （1）建设中试基地。支持某某大学建设中试基地。
                （2）建设研发中心。支持企业建设研发中心。
                （3）建设实训基地。推动职业院校建设实训基地。
                各项目的牵头部门和配合部门见附件。牵头部门为项目推进的第一责任单位。
                附件
                重点项目清单
                序号
                1
                2
                3

                项目名称

                某某大学先进材料中试基地

                某某氢能装备研发中心

                某某产教融合实训基地

                牵头部门

                科技创新局

                规划建设局、某某经开
                控股集团有限公司

                社会事业局

                配合部门

                经济发展局

                科技创新局

                科技创新局、人力资源服务
                中心

                完成时限
                2026年10月
                2026年12月
                2026年8月
                """);
        assertThat(s.annex()).extracting(AnnexRow::title)
                .containsExactly("某某大学先进材料中试基地", "某某氢能装备研发中心", "某某产教融合实训基地");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("规划建设局:lead", "某某经开控股集团有限公司:lead",
                "科技创新局:co");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("社会事业局:lead", "科技创新局:co", "人力资源服务中心:co");
        // the notice's sentence on what a lead is names no unit of the last task
        assertThat(Docs.unitNames(s, 3)).noneMatch(n -> n.contains("的"));
    }

    @Test
    void aTaskTableWithARowPerYearIsReadTaskByTaskAcrossItsPages() {
        DocumentStructure s = Docs.parse(String.join("\n",
                "某某县三年行动计划",
                "一、重点任务",
                "1．实施高企倍增计划。培育高新技术企业。",
                "2．支持企业建设研发机构。新增研发机构。",
                "3．完善技术转移体系。培育技术经纪人。",
                "附件",
                "任务分解表",
                yearRow("序号", "重点任务", "年度", "年度目标", "牵头单位", "配合单位"),
                yearRow("", "", "2026年", "入库培育企业50家", "", ""),
                yearRow("", "", "", "", "", "县财政局、某某经开"),
                yearRow("1", "实施高企倍增计划", "2027年", "高新技术企业达到125家", "县科技局", ""),
                yearRow("", "", "", "", "", "区管委会"),
                yearRow("", "", "2028年", "高新技术企业达到150家", "", ""),
                yearRow("", "", "2026年", "新增企业技术中心2家", "", ""),
                yearRow("2", "支持企业建设研发机构", "2027年", "新增工程技术研究中心3家", "县工信局", "县科技局"),
                yearRow("", "", "2028年", "研发机构实现全覆盖", "", ""),
                "",
                "序号  重点任务  年度  年度目标  牵头单位  配合单位",
                yearRow("", "", "2026年", "建成技术转移分中心", "", ""),
                yearRow("3", "完善技术转移体系", "2027年", "培育技术经纪人25名", "县科技局", "县财政局、县委组织部（县委人才"),
                yearRow("", "", "", "", "", "办）"),
                yearRow("", "", "2028年", "技术合同成交额突破12亿元", "", ""),
                "注：牵头单位列两个单位的，共同牵头。"));
        assertThat(s.annex()).extracting(AnnexRow::number).containsExactly(1, 2, 3);
        assertThat(s.annex()).extracting(AnnexRow::title)
                .containsExactly("实施高企倍增计划", "支持企业建设研发机构", "完善技术转移体系");
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("县科技局:lead", "县财政局:co", "某某经开区管委会:co");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("县科技局:lead", "县财政局:co", "县委组织部（县委人才办）:co");
        assertThat(Docs.roles(s, 2)).containsExactly("县工信局:lead", "县科技局:co");
    }

    /** A line of a year-row table: each cell at its column's left edge, as a PDF's layout prints it. */
    private static String yearRow(String... cells) {
        int[] edges = {0, 6, 34, 42, 72, 86};
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (cells[c].isEmpty()) {
                continue;
            }
            int width = dev.collabgraph.loader.text.DisplayWidth.of(out);
            out.append(" ".repeat(Math.max(2, edges[c] - width))).append(cells[c]);
        }
        return out.toString().replaceFirst("^ {2}(?=\\S)", "");
    }

    @Test
    void aJointPlansUnitsStandInAColumnPerCityAndTheLeadCitiesUnitsLead() {
        DocumentStructure s = Docs.parse("""
                甲城市都市圈协同创新2026年工作要点
                二、重点任务
                1．共建技术创新中心。依托高校组建创新中心。
                2．共建中试平台网络。建设中试基地。
                3．联合开展揭榜挂帅。发布需求榜单。
                附件
                重点合作事项清单
                序号\t合作事项\t牵头城市\t责任单位\t\t\t完成时限
                \t\t\t甲城市\t乙原市\t丙岭市\t
                1\t共建技术创新中心\t甲城市\t市科技局
                甲城高新区管委会\t市科技局\t市科技局\t2026年12月
                2\t共建中试平台网络\t乙原市、丙岭市\t市科技局\t乙原经开区管委会\t市工信局\t2026年12月
                3\t联合开展揭榜挂帅\t三市共同\t市科技局\t市科技局\t—\t2026年9月
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "甲城高新区管委会:lead", "乙原市科技局:co",
                "丙岭市科技局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:co", "乙原经开区管委会:lead", "丙岭市工信局:lead");
        assertThat(Docs.roles(s, 3)).containsExactly("科技局:lead", "乙原市科技局:lead");
    }

    @Test
    void eachSideOfAnAgreementNamesItsUnitsOnItsOwnLineAndTheRuleOnLeadsHoldsForTheSideItNames() {
        DocumentStructure s = Docs.parse("""
                某某省科学技术厅与某某市人民政府厅市工作会商会议纪要
                　　经充分协商，会议议定以下事项。省方为省科技厅责任处室，市方为某某市责任单位，排在首位的为牵头单位，其余为配合单位。
                　　一、共建某某实验室某某基地
                　　省科技厅支持实验室在某某设立研究基地；某某市提供科研用房。
                　　省方：基础研究处、规划处
                　　市方：市科技局、市发展改革委、市财政局
                　　二、支持某某高新区争创国家高新区
                　　省科技厅指导编制创建方案；某某市统筹园区资源。
                　　省方：高新技术处
                　　市方：某某高新区管委会、市科技局
                　　三、建设技术交易市场分市场
                　　省科技厅支持设立分市场。
                　　省方：成果转化处
                　　市方：市科技局、市商务局
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("共建某某实验室某某基地", "支持某某高新区争创国家高新区", "建设技术交易市场分市场");
        assertThat(Docs.roles(s, 1)).containsExactly("基础研究处:null", "规划处:null", "科技局:lead", "发展改革委:co",
                "财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("高新技术处:null", "某某高新区管委会:lead", "科技局:co");
    }

    @Test
    void unitsWrittenInTheShortFormsALegendSpellsOutAreTheUnitsTheyStandFor() {
        DocumentStructure s = Docs.parse("""
                某某市2026年科技创新工作要点
                　　说明：本要点括注的责任单位使用简称，简称与全称对应如下。
                　　科技——市科技局　　　　　发改——市发展改革委
                　　工信——市工业和信息化局　高新——某某高新区管委会
                　　各区县——各区（县）人民政府
                　　一、强化战略科技力量
                　　1．推进实验室建设。完成二期工程。（牵头：科技；配合：发改、某某大学）
                　　2．建设中试验证平台。建设中试线。（牵头：高新、科技；配合：工信、各区县）
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "发展改革委:co", "某某大学:co");
        assertThat(Docs.roles(s, 2)).containsExactly("某某高新区管委会:lead", "科技局:lead", "工业和信息化局:co",
                "各区（县）人民政府:co");
    }

    @Test
    void aLegendWrappedOverLinesMidNameIsReadWhole() {
        DocumentStructure s = Docs.parse("""
                某某市深化产教融合实施方案
                一、重点任务
                1．组建市域产教联合体。完成组建。
                2．建设行业产教融合共同体。完成组建。
                附件
                重点任务分工表
                注：表中单位使用简称：发改——市发展改革委；教育——市教育局；工信——市工
                业和信息化局；人社——市人力资源社会保障局；各县区——各县（市、区
                ）人民政府。未列入的单位使用全称。
                序号\t重点任务\t牵头单位\t配合单位\t完成时限
                1\t组建市域产教联合体\t教育\t发改、工信、各县区\t2027年底
                2\t建设行业产教融合共同体\t工信\t教育、人社\t2027年底
                """);
        assertThat(s.annex()).hasSize(2);
        assertThat(s.annex().get(0).units()).extracting(UnitRef::name).containsExactly("教育局", "发展改革委",
                "工业和信息化局", "各县（市、区）人民政府");
        assertThat(s.annex().get(1).units()).extracting(UnitRef::name).containsExactly("工业和信息化局", "教育局",
                "人力资源社会保障局");
    }

    @Test
    void aLegendIsReadWhateverEndsItsLines() {
        DocumentStructure s = Docs.parse(("""
                某某市2026年科技创新工作要点
                　　说明：本要点括注的责任单位使用简称，简称与全称对应如下。
                　　科技——市科技局　　　　　发改——市发展改革委
                　　工信——市工业和信息化局　高新——某某高新区管委会
                　　一、强化战略科技力量
                　　1．推进实验室建设。完成二期工程。（牵头：科技；配合：发改）
                """).replace("\n", "\r\n"));
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "发展改革委:co");
    }

    @Test
    void aLegendIsReadWhereverItsMarksStandAndWhateverEndsItsLines() {
        // the lines holding a mark are cut out where the marks are found: lines ended by a bare return, 2026—2027 in a
        // sentence before the legend, an equals sign, and the last line without an end
        DocumentStructure s = Docs.parse(("""
                某某市2026—2027年科技创新工作要点
                　　说明：本要点括注的责任单位使用简称，简称与全称对应如下。
                　　科技＝市科技局　　　　　发改=市发展改革委
                　　工信——市工业和信息化局　高新——某某高新区管委会
                　　一、强化战略科技力量
                　　1．推进实验室建设。完成二期工程。（牵头：科技；配合：发改、工信）""").replace("\n", "\r"));
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "发展改革委:co", "工业和信息化局:co");
    }

    @Test
    void aLegendLabelledInANoteAboveADivisionTableSpellsOutItsCellsToo() {
        DocumentStructure s = Docs.parse("""
                某某市深化产教融合实施方案
                　　一、重点任务
                　　1．组建市域产教联合体。推动园区、学校、企业共建联合体。
                　　2．建设行业产教融合共同体。由龙头企业牵头组建。
                附件
                某某市深化产教融合重点任务分工表
                注：表中单位使用简称：发改——市发展改革委；教育——市教育局；工信——市工业和信息化局；各县区——各县（市、区）人民政府。未列入的单位使用全称。
                序号\t重点任务\t牵头单位\t配合单位\t完成时限
                1\t组建市域产教联合体\t教育\t发改、工信、各县区\t2027年底
                2\t建设行业产教融合共同体\t工信\t教育、人民银行某某市分行\t2027年底
                """);
        assertThat(s.annex()).extracting(Docs::roles).containsExactly(
                List.of("教育局:lead", "发展改革委:co", "工业和信息化局:co", "各县（市、区）人民政府:co"),
                List.of("工业和信息化局:lead", "教育局:co", "人民银行某某市分行:co"));
        assertThat(Docs.roles(s, 1)).containsExactly("教育局:lead", "发展改革委:co", "工业和信息化局:co",
                "各县（市、区）人民政府:co");
    }

    @Test
    void aSentenceThatHappensToHoldDashesIsNoLegend() {
        DocumentStructure s = Docs.parse("""
                某某市科技工作要点
                　　注：科技——创新——发展——是本要点的主线，发改、工信要协同推进。
                　　一、重点任务
                　　1．推进实验室建设。完成二期工程。（牵头：发改；配合：工信）
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("发改:lead", "工信:co");
    }

    @Test
    void aHeadingSetOffByADashEndsThere() {
        DocumentStructure s = Docs.parse("""
                某某市科技创新行动方案
                二、重点任务
                1.培育科技企业——实施高企倍增计划，新增高企100家。（责任单位：市科技局）
                2.建设创新平台——支持高校建设重点实验室。（责任单位：市科技局）
                3.推动“研发——转化”一体化，建设中试基地，年内建成3个。（责任单位：市科技局）
                4.“先使用后付费”许可支持——对以许可方式实施转化的，给予补贴。（责任单位：市科技局）
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("培育科技企业", "建设创新平台",
                "推动“研发——转化”一体化，建设中试基地，年内建成3个", "“先使用后付费”许可支持");
    }

    /**
     * A press conference's transcript: officials read out the articles (第一条，heading。…) and say who does each, 我局 /
     * 我委 standing for the organ of the official speaking, the name the notes give it elsewhere.
     */
    @Test
    void inATranscriptWeStandsForTheSpeakersOrganAndAnArticlesCommaIsNoPartOfItsTitle() {
        DocumentStructure s = Docs.parse("""
                临川市《支持生物医药产业发展若干措施》新闻发布会实录
                主持人　张某某：
                　　请市科技局局长介绍有关情况。
                临川市科学技术局党组书记、局长　王某某：
                　　第一条，支持建设创新平台。对新获批的平台给予支持。这一条由我局牵头，市发展改革委配合。
                　　第二条，支持创新药研发。给予资助。这一条由我局和市卫生健康委共同牵头，市财政局配合。
                临川市卫生健康委员会副主任　李某：
                　　第三条，提升临床研究能力。这一条由我委牵头，市科技局配合。
                临川市医疗保障局副局长　赵某某：
                　　第四条，支持创新药进入医保。这一条由我局牵头，市卫生健康委配合。
                　　第五条，优化价格形成机制。这一条由我局负责。
                　　第六条，发展商业健康保险。这一条由市市场监管局牵头，市医疗保障局配合。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).startsWith("支持建设创新平台", "支持创新药研发");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "发展改革委:co");
        assertThat(Docs.roles(s, 3)).containsExactly("卫生健康委:lead", "科技局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("医疗保障局:lead", "卫生健康委:co");
        // 负责 alone leads nobody where the document never writes it opposite units that assist
        assertThat(Docs.roles(s, 5)).containsExactly("医疗保障局:null");
    }

    /** Where a document writes 负责 for the lead opposite units that assist, 负责 alone leads too. */
    @Test
    void aSoleDutyLeadsWhereTheDocumentWritesItForTheLead() {
        String plan = """
                某某市科技创新工作要点
                一、重点任务
                1.建设创新平台。支持高校建设实验室。（市科技局、市发展改革委负责%s）
                2.深化校企联合培养。共建产业学院。（市教育局负责）
                """;
        assertThat(Docs.roles(Docs.parse(plan.formatted("，各区人民政府协助")), 2)).containsExactly("教育局:lead");
        assertThat(Docs.roles(Docs.parse(plan.formatted("")), 2)).containsExactly("教育局:null");
        assertThat(Docs.roles(Docs.parse(plan.formatted("")), 1)).containsExactly("科技局:null", "发展改革委:null");
    }

    /** A table of contents before the text lists its headings numbered: its entries are no tasks. */
    @Test
    void theEntriesOfATableOfContentsAreNoTasks() {
        DocumentStructure s = Docs.parse("""
                临川市促进产学研融合若干措施
                目录
                1.1发布信息
                2.2内容全文
                3.▪一、强化企业主体地位
                4.▪二、提升高校服务能力
                1.▪三、建强转化载体
                2.3政策解读
                临川市促进产学研融合若干措施内容全文
                一、强化企业主体地位
                1.支持企业组建创新联合体。给予支持。（牵头单位：市科技局；配合单位：市财政局）
                2.鼓励企业委托高校研发。给予补助。（市科技局牵头，市税务局配合）
                二、提升高校服务能力
                3.共建联合研发中心。给予奖励。（责任单位：市教育局）
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("支持企业组建创新联合体", "鼓励企业委托高校研发", "共建联合研发中心");
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead", "税务局:co");
    }

    /**
     * A duty chain under each task (责任链：leader → A（牵头）→ B、C（配合）→ D（落实）): each link a list whose role mark
     * covers all its units, the leading official no unit, （落实） a place that assists; a part whose heading speaks of
     * 保障 still holds tasks when they carry chains.
     */
    @Test
    void aDutyChainGivesEachLinkItsRole() {
        DocumentStructure s = Docs.parse("""
                某某市校地协同工作方案
                一、打造平台
                　　1．共建研究院。支持高校与企业共建研究院。
                　　责任链：副市长 林某某 → 市科技局（牵头）→ 市财政局、市教育局（配合）→ 某某高新区管委会（落实）
                　　2．深化赋权改革。开展赋权试点。
                　　责任链：市教育局 -> 市科技局 -> 市财政局
                二、强化要素保障
                　　3．设立转化基金。设立基金。
                　　责任链：副市长 周某 ⇒ 市委组织部（市委人才办）（牵头）⇒ 市人力资源社会保障局（配合）
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "财政局:co", "教育局:co", "某某高新区管委会:co");
        assertThat(Docs.roles(s, 2)).containsExactly("教育局:null", "科技局:null", "财政局:null");
        assertThat(Docs.roles(s, 3)).containsExactly("市委组织部（市委人才办）:lead", "人力资源社会保障局:co");
    }

    /**
     * Measures published side by side with a bureau's explanation (政策原文 | 政策解读): each passage read as the text,
     * its explanation after it (where one says who does the work: 本条由A牵头，B、C配合落实); a cell holding two measures
     * is read as two; 负总责 leads and 协同 assists; 和 joins two whole units.
     */
    @Test
    void measuresSetBesideTheirExplanationAreReadPassageByPassage() {
        DocumentStructure s = Docs.parse("""
                《某某市促进科技成果转化若干措施》逐条解读
                政策原文\t政策解读
                为打通成果转化通道，制定以下措施。\t【解读】这一部分明确了制定目的。
                一、强化平台支撑\t
                1.布局中试熟化平台。支持企业联合高校建设中试基地。（市工业和信息化局负总责，市科技局、市发展改革委协同）\t【解读】中试是关键环节。
                2.支持校地共建研究院。给予建设经费。（责任单位：市教育局） 3.提升技术转移服务能力。给予奖励。（市科技局牵头，市财政局和人民银行某某市分行配合）\t【解读】第2条、第3条聚焦建载体。
                4.支持科研人员离岗创业。保留人事关系。\t【解读】本条由市人力资源和社会保障局牵头，市科技局、市教育局配合落实，具体办法另行制定。
                相关文件：某某市人民政府办公室关于印发若干措施的通知
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("布局中试熟化平台", "支持校地共建研究院",
                "提升技术转移服务能力", "支持科研人员离岗创业");
        assertThat(Docs.roles(s, 1)).containsExactly("工业和信息化局:lead", "科技局:co", "发展改革委:co");
        assertThat(Docs.roles(s, 3)).containsExactly("科技局:lead", "财政局:co", "人民银行某某市分行:co");
        assertThat(Docs.roles(s, 4)).containsExactly("人力资源和社会保障局:lead", "科技局:co", "教育局:co");
    }

    /** A comma before the last of the units that assist (A牵头，B、C，各县（市、区）人民政府配合) leaves them all assisting. */
    @Test
    void aCommaInsideTheListThatAssistsKeepsItsRole() {
        DocumentStructure s = Docs.parse("""
                某某市中试平台建设方案
                一、重点任务
                1．布局中试平台。每个产业至少建设2家中试平台。（市工业和信息化局牵头，市科技局、市发展改革委，各县（市、区）人民政府配合）
                2．开放中试资源。鼓励企业开放中试线。（市科技局牵头，市财政局配合）
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("工业和信息化局:lead", "科技局:co", "发展改革委:co",
                "各县（市、区）人民政府:co");
    }

    /**
     * A task index whose units stand after leader dots, leads marked （牵头）: the unmarked ones assist, and a
     * university is one of the units.
     */
    @Test
    void unitsAfterLeaderDotsWithMarkedLeadsLeaveTheOthersAssisting() {
        DocumentStructure s = Docs.parse("""
                某某区2026年科技创新重点任务分解
                一、创新平台
                　　1.推动某某理工大学智能装备研究院实体化运行…………区科技局（牵头）、某某理工大学（牵头）、区财政局
                　　2.建设合成生物中试基地…………区发改局（牵头）、区科技局
                　　3.争创国家知识产权强区…………区市场监管局
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("区科技局:lead", "某某理工大学:lead", "区财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("区发改局:lead", "区科技局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("区市场监管局:lead");
    }

    @Test
    void aFundsRulesAreItsSupportArticlesWhichAnIndexOfReceivingAndReviewingDepartmentsNamesByTitle() {
        DocumentStructure s = Docs.parse("""
                某某市科技创新专项资金管理办法
                第一章　总则
                第一条　为规范专项资金管理，制定本办法。
                第二章　职责分工
                第二条　市科技局负责编制专项资金年度支出计划，会同市财政局下达资金。
                第三条　市财政局负责专项资金预算安排和资金拨付。
                第三章　支持方向
                第四条　支持校企共建研发平台。对新认定的平台给予奖励。
                第五条　支持科技成果转化。按技术交易额的5%给予奖励。
                第六条　支持科技金融。对合作银行的贷款损失给予风险补偿。
                第四章　申报和审批
                第七条　市科技局会同有关部门每年发布申报通知。
                第五章　附则
                第八条　本办法自印发之日起施行。
                附件
                支持事项受理和审核部门一览表
                序号\t支持事项\t对应条款\t受理部门\t会审部门
                1\t支持校企共建研发平台\t第四条\t市科技局\t市财政局、市教育局
                2\t支持科技成果转化\t第五条\t市科枝局\t市财政局
                3\t支持科技金融\t第六条\t市地方金融管理局\t市科技局、市财政局
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("支持校企共建研发平台", "支持科技成果转化", "支持科技金融");
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("科技局:lead", "财政局:co", "教育局:co");
        // the OCR's 枝 for 技 is repaired to the name the document writes elsewhere
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, s.tasks().get(0).number())).containsExactly("科技局:lead", "财政局:co", "教育局:co");
        assertThat(Docs.roles(s, s.tasks().get(2).number())).containsExactly("地方金融管理局:lead", "科技局:co", "财政局:co");
    }

    @Test
    void aBracketedPlaceInThePlanIsNoPartOfATitleAndAnItemHeadingNamesTheMetricItsSentenceGives() {
        DocumentStructure s = Docs.parse("""
                某某区人民政府关于分解落实《某某区科技创新规划》主要目标和任务的通知
                一、主要指标责任分工
                1.研发经费投入强度。由2020年的2.45%提高到2025年的3.2%。牵头部门：区科技局；配合部门：区统计局。
                二、重点任务责任分工
                （一）构建高能级创新平台体系（规划第三章第一节）
                支持某某大学建设创新研究院。
                责任部门：区科技局（牵头），区发改局
                （二）深度融入区域创新体系（规划第六章）
                主动融入长三角科技创新共同体建设。
                责任部门：区发改局（牵头），区科技局
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).contains("构建高能级创新平台体系", "深度融入区域创新体系");
        assertThat(s.targets()).anySatisfy(t -> {
            assertThat(t.metric()).isEqualTo("研发经费投入强度");
            assertThat(t.year()).isEqualTo(2020);
            assertThat(t.value()).isEqualTo(2.45);
        }).anySatisfy(t -> {
            assertThat(t.metric()).isEqualTo("研发经费投入强度");
            assertThat(t.year()).isEqualTo(2025);
            assertThat(t.value()).isEqualTo(3.2);
        });
    }

    @Test
    void theDepartmentInChargeLeadsAndABureausInstituteIsAUnit() {
        DocumentStructure s = Docs.parse("""
                某某市科技局巡察反馈意见整改落实方案
                一、整改措施
                1.建立对接机制。开展对接活动。
                责任领导：张三　牵头科室：成果转化科　配合科室：市科技情报研究所　整改时限：立行立改、长期坚持
                2.支持技术转移机构建设。对新认定的机构给予奖励。
                主管部门：市科技局　配合部门：市财政局
                3.支持企业吸纳技术成果。按实际支付额给予补助。
                主管部门：市科技局
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("成果转化科:lead", "科技情报研究所:co");
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("科技局:lead");
    }

    @Test
    void aSpreadsheetRangePastedAsTabRowsKeepsItsQuotedCellsOnTheirRowsAndAnAnnexLabelOpensTheNextTable() {
        DocumentStructure s = Docs.parse("""
                某某县2026年科技创新工作要点
                一、重点任务
                1.建设农业科技园。完成二期建设。
                2.强化科技人才引育。柔性引进人才。
                附件1
                序号\t工作任务\t具体内容\t牵头单位\t配合单位\t完成时限
                1\t建设农业科技园\t"1.完成二期基础设施建设；
                2.引进企业15家"\t县农业农村局\t县科技局\t12月底
                2\t强化科技人才引育\t柔性引进人才30名\t县委组织部\t"县人社局、
                县科技局"\t11月底
                附件2
                某某县2026年科技创新主要指标
                序号\t指标名称\t单位\t2025年完成\t2026年目标\t责任单位
                1\t研发经费投入强度\t%\t1.86\t2.1\t县科技局
                2\t高新技术企业总数\t家\t58\t68\t县科技局
                """);
        assertThat(s.annex()).hasSize(2);
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("县委组织部:lead", "县人社局:co", "县科技局:co");
        assertThat(s.annex().get(1).title()).isEqualTo("强化科技人才引育");
        assertThat(s.indicators()).extracting(IndicatorRow::name).containsExactly("研发经费投入强度", "高新技术企业总数");
        assertThat(s.indicators().get(0).values()).containsEntry("2025", 1.86).containsEntry("2026", 2.1);
    }

    @Test
    void theDepartmentTakingApplicationsLeadsBesideThoseThatAssistAndAloneSaysOnlyWhoDoesTheWork() {
        DocumentStructure s = Docs.parse("""
                某某市科技创新券实施细则
                一、支持事项
                1.支持企业购买检测服务。按实际支付额给予补助。
                受理部门：市科技局　协办部门：市财政局
                2.支持企业购买技术成果。按成交额给予补助。
                受理部门：市科技局
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:null");
    }

    @Test
    void aSignTheLegendGivesTheLeadIsNoLetterOfTheUnitsName() {
        DocumentStructure s = Docs.parse("""
                某某市产学研协同创新三年行动计划
                （本计划各项任务的责任单位中，标注△的为牵头单位，其余为配合单位，下同）
                一、重点任务
                （一）共建产业技术研究院。支持高校与园区共建研究院。
                责任单位：市科技局△、市财政局
                （二）建设大学科技园。推动大学科技园扩区。
                责任单位：市发展改革委、溪东区人民政府△
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("发展改革委:co", "溪东区人民政府:lead");
    }

    @Test
    void aBoxTitledWithoutANumberKeepsItsListOutOfTheOutline() {
        DocumentStructure s = Docs.parse("""
                某某市产学研协同创新三年行动计划
                一、重点任务
                （一）共建产业技术研究院。支持高校与园区共建研究院。
                责任单位：市科技局、市财政局
                （二）提升企业技术中心能级。引导企业设立研发机构。
                责任单位：市工业和信息化局、市科技局
                专栏　重点建设的校企共建平台
                1.某某智能装备研究院：由某某大学与某某高新区共建。
                2.某某新材料研究院：依托某某大学建设。
                （三）组织产学研联合攻关。发布攻关榜单。
                责任单位：市科技局
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("共建产业技术研究院", "提升企业技术中心能级", "组织产学研联合攻关");
    }

    @Test
    void rolesSetInTortoiseShellBracketsOpenFieldsOfANoteLineButAfterAUnitTheyMarkIt() {
        DocumentStructure s = Docs.parse("""
                某某高新区2027年工作要点
                一、重点工作
                    1．加快建设光电子实验室
                       〔牵头〕科技创新局　〔协同〕财政金融局、规划建设局
                    依托某某大学建设光电子实验室，完成实验室主体工程封顶。
                    2．推进新型研发机构提质增效
                       〔牵头〕科技创新局、经济发展局　〔协同〕投资促进局
                    对新型研发机构开展绩效评价。
                3．建设海洋实验室。依托某某大学建设实验室。（责任单位：市科技局〔牵头〕、市财政局）
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("科技创新局:lead", "财政金融局:co", "规划建设局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("科技创新局:lead", "经济发展局:lead", "投资促进局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("科技局:lead", "财政局:co");
    }

    @Test
    void decimalItemsMayCountFromTheSubPartTheyStandIn() {
        DocumentStructure s = Docs.parse("""
                某某市低空经济产业创新发展实施方案
                一、发展目标
                到2028年，低空经济产业规模突破200亿元。
                二、重点任务
                （一）增强产业创新能力
                1.1　建设低空经济产业创新中心。支持高校建设创新中心。
                【责任单位：市科技局牵头，市发展改革委配合】
                1.2　建设无人系统研发平台。依托高校建设研究院。
                【责任单位：市科技局牵头，市教育局配合】
                （二）拓展低空应用场景
                2.1　发展低空物流。开通无人机配送航线。
                【责任单位：市交通运输局牵头，市邮政管理局配合】
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设低空经济产业创新中心", "建设无人系统研发平台", "发展低空物流");
        assertThat(Docs.roles(s, 3)).containsExactly("交通运输局:lead", "邮政管理局:co");
    }

    @Test
    void aUnitColumnMayNameTheDeedItsUnitsLeadIn() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府办公室关于印发支持生物医药产业发展若干政策措施的通知
                一、政策措施
                1.支持创新药研发。对完成临床试验的创新药给予支持。（责任单位：市科技局、市财政局）
                2.支持高端医疗器械研发。对取得注册证的产品给予补助。（责任单位：市经济和信息化局）
                附件
                政策措施分工及兑现方式表
                序号	政策措施	牵头兑现部门	配合部门	兑现方式
                1	支持创新药研发	市科技局	市财政局	申报兑现
                2	支持高端医疗器械研发	市经济和信息化局	市市场监管局	申报兑现
                """);
        assertThat(s.annex()).hasSize(2);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("经济和信息化局:lead", "市场监管局:co");
    }

    @Test
    void aDivisionOfWorkLineUnderEachItemIsItsNoteAndTheGroupsAboveStayHeadings() {
        DocumentStructure s = Docs.parse("""
                某某省高校科技成果转化三年行动方案
                一、总体目标
                到2027年，全省高校技术合同成交额达到120亿元。
                二、重点任务
                （一）有组织科研对接行动
                1．建立产业技术需求发布机制。每年征集发布技术需求不少于1000项。
                责任分工：省科技厅成果转化处牵头，省教育厅科技处、省工业和信息化厅科技处参与
                2．实施校企联合攻关专项。支持高校开展联合攻关。
                责任分工：省科技厅高新技术处牵头，省教育厅科技处参与
                （二）平台载体共建行动
                3．建设省级高校产业技术研究院。支持高校共建研究院。
                责任分工：省科技厅平台建设处牵头，省财政厅教科文处参与
                4．组建产业技术创新联盟。支持高校组建联盟。

                责任分工：省科技厅高新技术处牵头，省财政厅参与
                三、工作要求
                （一）压实工作责任。各牵头部门为任务落实第一责任单位，主要负责人为第一责任人，按季度报送工作进展。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建立产业技术需求发布机制", "实施校企联合攻关专项",
                "建设省级高校产业技术研究院", "组建产业技术创新联盟");
        assertThat(Docs.roles(s, 1)).containsExactly("省科技厅成果转化处:lead", "省教育厅科技处:co", "省工业和信息化厅科技处:co");
        assertThat(Docs.roles(s, 4)).containsExactly("省科技厅高新技术处:lead", "省财政厅:co");
    }

    @Test
    void aGoalsTableWithYearsAsRowsSetApartByWideBlanksIsRead() {
        DocumentStructure s = Docs.parse("""
                某某市重点产业链链长制工作方案
                一、发展目标
                到2027年，三条重点产业链营收累计突破1700亿元。各产业链分年度营收目标见表1。
                表1　重点产业链营收分年度目标（单位：亿元）
                年份　　　　　集成电路产业链　　新能源电池产业链　　智能网联汽车产业链
                2024年（基期）　　210　　　　　　　460　　　　　　　　380
                2025年　　　　　　250　　　　　　　560　　　　　　　　430
                2026年　　　　　　300　　　　　　　680　　　　　　　　500
                二、重点任务
                1．建立工作机制。每条产业链由一名市领导担任链长。（责任单位：市工业和信息化局）
                """);
        assertThat(s.indicators()).extracting(IndicatorRow::name).contains("集成电路产业链", "新能源电池产业链");
        IndicatorRow chips = s.indicators().stream().filter(r -> r.name().equals("集成电路产业链")).findFirst().orElseThrow();
        assertThat(chips.values()).containsEntry("2024", 210.0).containsEntry("2026", 300.0);
    }

    @Test
    void aLabelledOfficialAfterAUnitIsNoPartOfItsNameAndNothingIsReadBackwards() {
        DocumentStructure s = Docs.parse("""
                某某市人才工作要点
                一、重点工作
                1．开展校企人才“双向流动”试点。选派科技副总50名。（责任单位：市科技局（分管领导：副局长 苏望舒）、市教育局）
                2．实施产业教授计划。选聘产业教授100名。（责任单位：市委人才办△、市人力资源社会保障局）
                """);
        assertThat(Docs.roles(s, 1)).extracting(r -> r.substring(0, r.indexOf(':'))).containsExactly("科技局", "教育局");
        assertThat(Docs.unitNames(s, 2)).containsExactly("市委人才办", "人力资源社会保障局");
    }

    @Test
    void metricsListedBeforeFenBieTakeOneValueEachInTheSentencesYear() {
        DocumentStructure s = Docs.parse("""
                某某县科技特派员工作实施方案
                一、工作目标
                到2027年，全县科技特派员、产业科技特派团、科技小院分别达到300名、20个、8家。
                二、重点任务
                （一）选派科技特派员。每年选派科技特派员100名。（责任单位：县科技局）
                """);
        assertThat(s.targets()).extracting(TargetFact::metric, TargetFact::value, TargetFact::unit, TargetFact::year)
                .contains(org.assertj.core.groups.Tuple.tuple("科技特派员", 300.0, "名", 2027),
                        org.assertj.core.groups.Tuple.tuple("产业科技特派团", 20.0, "个", 2027),
                        org.assertj.core.groups.Tuple.tuple("科技小院", 8.0, "家", 2027));
    }

    @Test
    void itemsCodedByALetterAndANumberWithAPointAreTasks() {
        DocumentStructure s = Docs.parse("""
                某某经开区党工委、管委会会议纪要
                现将会议议定事项纪要如下：
                议题一：关于推进校企合作创新平台建设的汇报
                A1.加快智能传感研究院建设。会议同意共建研究院。（牵头：经开区科技创新局；协同：经开区财政金融局）
                A2.推进校企联合实验室挂牌。会议要求年内挂牌运行。（牵头：经开区科技创新局；协同：经开区经济发展局）
                议题二：关于招商引资的汇报
                B1.全力推进功率半导体项目签约。会议要求加快对接。（牵头：经开区投资促进局；协同：经开区经济发展局）
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("加快智能传感研究院建设", "推进校企联合实验室挂牌", "全力推进功率半导体项目签约");
        assertThat(Docs.roles(s, 3)).containsExactly("经开区投资促进局:lead", "经开区经济发展局:co");
    }

    @Test
    void aMainIndicatorsHeaderSetApartByWideBlanksOpensItsTable() {
        DocumentStructure s = Docs.parse("""
                某某县科技创新三年行动方案
                一、总体目标
                到2027年，全县研发经费投入强度提高到2.40%。主要指标分年度安排如下：
                主要指标　　　　　　　　　　　　单位　　2024年　2025年　2026年　2027年
                研发经费投入强度　　　　　　　　%　　　　1.62　　1.85　　2.10　　2.40
                高新技术企业数量　　　　　　　　家　　　　108　　 125　　 142　　 160
                二、重点任务
                1．建设研发平台。支持企业建设研发机构。（责任单位：县科技局）
                """);
        IndicatorRow rd = s.indicators().stream().filter(r -> r.name().equals("研发经费投入强度")).findFirst().orElseThrow();
        assertThat(rd.values()).containsEntry("2024", 1.62).containsEntry("2025", 1.85).containsEntry("2027", 2.40);
    }

    @Test
    void notesSetAboveTheirItemsUnderDecimalGroupHeadings() {
        DocumentStructure s = Docs.parse("""
                某某区2025年科技创新工作要点
                1　重点工作
                1.1　强化校地创新平台共建
                〔主责：区科技局（局长　周某某）　参与：区财政局〕
                1.1.1　推动实验室实体化运行。支持实验室与大学共建联合实验室。
                〔主责：金湖街道办事处　参与：区科技局〕
                1.1.2　打造创新街区。依托学院建设众创空间。
                1.2　壮大数字经济核心产业
                〔主责：区工业和信息化局（副局长　吴某）　参与：区商务局〕
                1.2.1　推进集成电路设计集聚发展。重点招引芯片设计企业。
                〔主责：区发展改革局　参与：区数据局〕
                1.2.2　发展工业软件和信创产业。支持企业共建适配验证中心。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("推动实验室实体化运行", "打造创新街区",
                "推进集成电路设计集聚发展", "发展工业软件和信创产业");
        assertThat(Docs.roles(s, 3)).containsExactly("区工业和信息化局:lead", "区商务局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("区发展改革局:lead", "区数据局:co");
    }

    @Test
    void mattersOfASupervisionNoticeAreTasksAndTheirProseNamesTheUnits() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府督查室
                关于市校合作重点事项的督办通知
                现将第二季度市校合作重点督办事项通知如下，请各责任单位对照时限抓好落实。
                督办事项一：推动某某大学智能制造研究院实体化运行
                　　某某大学智能制造研究院须于年内完成法人登记。由市科技局牵头，市教育局、某某高新区管委会配合，9月30日前办结。
                督办事项二：加快建设新材料中试基地
                　　在某某经济技术开发区建设新材料中试基地。由某某经开区管委会牵头，市发展改革委、市财政局配合，10月31日前办结。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("推动某某大学智能制造研究院实体化运行", "加快建设新材料中试基地");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "教育局:co", "某某高新区管委会:co");
    }

    @Test
    void aProvincesLeadDepartmentsFieldAndItsGeneralOfficeAreRead() {
        DocumentStructure s = Docs.parse("""
                某某省推进产学研深度融合重点任务分解方案
                一、重点任务
                1.建设省级产业技术研究院。支持高校与园区共建研究院。
                　　牵头厅局：省科技厅　　参与单位：省教育厅、省财政厅
                2.加强统筹调度和考核评价。建立月调度制度。
                　　牵头厅局：省政府办公厅　　参与单位：省科技厅
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("省科技厅:lead", "省教育厅:co", "省财政厅:co");
        assertThat(Docs.roles(s, 2)).containsExactly("省政府办公厅:lead", "省科技厅:co");
    }

    @Test
    void pointsMadeInOneLineEachClosedByItsNoteAreItems() {
        DocumentStructure s = Docs.parse("""
                某某区2025年产学研协同创新工作要点
                主要任务如下：
                一、聚焦平台共建，提升创新策源能力
                一是建设智能装备研究院。推动高校与园区共建研究院。（由区科技局负责，区财政局配合）；二是打造大学科技园。推动科技园扩区。（由区科技局负责，区国资办配合）。
                二、聚焦企业主体，增强协同攻关能力
                一是实施校企联合攻关计划。支持企业与高校共建实验室。（由区工信局负责，区科技局配合）；二是推动研发机构全覆盖。新增研发机构20家。（由区工信局负责）。
                三、保障措施
                各牵头部门要制定工作台账。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设智能装备研究院", "打造大学科技园",
                "实施校企联合攻关计划", "推动研发机构全覆盖");
        assertThat(Docs.roles(s, 2)).containsExactly("区科技局:lead", "区国资办:co");
    }

    @Test
    void aMeetingsStatementOfThisYearsGoalsIsReadBeforeItsItems() {
        DocumentStructure s = Docs.parse("""
                某某县人民政府专题会议纪要
                会议指出，今年全县研发经费投入强度目标由2024年的2.35%提高到2.7%，各单位要对标目标。现将会议议定事项纪要如下：
                一、关于研究院建设问题。会议要求，由县科技局牵头，县财政局参与，6月底前完成设备采购。
                二、关于产业园扩园问题。会议要求，由县经信局牵头，县自然资源局参与，加快扩园。
                """);
        assertThat(s.targets()).anySatisfy(t -> {
            assertThat(t.metric()).isEqualTo("研发经费投入强度");
            assertThat(t.year()).isEqualTo(2024);
            assertThat(t.value()).isEqualTo(2.35);
        });
    }

    @Test
    void aListsCountBeforeFenBieGivesEachItemTheMetricAfterIt() {
        DocumentStructure s = Docs.parse("""
                某某县科技创新赋能产业升级三年行动方案（2025—2027年）
                一、总体目标
                ——产业创新能力显著增强。钛合金材料、智能电机、中医药三大产业集群规模分别达到300亿元、150亿元、80亿元。
                二、重点任务
                1．建设研发平台。支持企业建设研发机构。【牵头：县科技局】
                """);
        assertThat(s.targets()).extracting(TargetFact::metric, TargetFact::value)
                .contains(org.assertj.core.groups.Tuple.tuple("钛合金材料产业集群规模", 300.0),
                        org.assertj.core.groups.Tuple.tuple("中医药产业集群规模", 80.0));
    }

    @Test
    void aPostsEmojiBeforeAHeadingIsNoLetterOfItAndTheItemsUnderItAreTasks() {
        DocumentStructure s = Docs.parse("""
                某某县新能源电池产业链三年行动方案（2027—2029年）
                为加快建设新能源电池产业基地，制定本方案。
                01
                发展目标
                到2029年，全县新能源电池产业规模增长到500亿元。
                02
                重点任务
                \uD83D\uDD0B 一、打造电池材料创新链
                1. 建设新能源电池研究院。由经开区联合某某大学建设研究院。
                责任单位：县经科局（牵头）、县财政局、经开区管委会
                2. 推进校企共建研发中心。支持企业与大学共建研发中心。
                责任单位：县经科局（牵头）、经开区管委会
                \uD83D\uDD0B 二、完善成果转化链
                3. 建立校企需求对接机制。定期梳理链上企业技术需求清单。
                责任单位：县经科局（牵头）、县招商服务中心
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .startsWith("建设新能源电池研究院", "推进校企共建研发中心", "建立校企需求对接机制");
        assertThat(s.notes()).extracting(n -> n.units().get(0).name() + ":" + n.units().get(0).role())
                .contains("县经科局:lead");
        assertThat(s.notes().stream().flatMap(n -> n.units().stream()).map(UnitRef::name)).contains("县招商服务中心");
    }
}

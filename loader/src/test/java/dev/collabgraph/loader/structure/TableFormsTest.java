package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Tables that hold the division of work in forms other than one row per task: each test states one form. */
class TableFormsTest {
    @Test
    void aTableOfUnitsListingTheItemsTheyLeadAndJoinGivesEachItemItsUnits() {
        DocumentStructure s = Docs.parse("""
                某某市2026年人才工作要点
                一、重点任务
                （1）建设人才平台。支持高校建设平台。
                （2）开展引才活动。举办招聘会。
                （3）优化人才服务。建设服务综合体。
                （4）加大金融支持。设立人才基金。
                附件
                成员单位任务分工表
                序号\t成员单位\t牵头任务\t参与任务
                一、市级部门\t\t\t
                1\t市委组织部（市委人才办）\t1—2\t4
                2\t市科技局\t3\t1、 2
                3\t市财政局\t—\t4
                二、驻市高校\t\t\t
                4\t某某大学\t4\t—
                注：表中“牵头任务”栏所列任务由该单位牵头，“参与任务”栏所列任务由该单位配合。
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("市委组织部（市委人才办）:lead", "科技局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("市委组织部（市委人才办）:lead", "科技局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("科技局:lead");
        assertThat(Docs.roles(s, 4)).containsExactly("某某大学:lead", "市委组织部（市委人才办）:co", "财政局:co");
        assertThat(s.warnings()).noneMatch(w -> w.contains("header was not recognised"));
    }

    @Test
    void aScheduleOfMonthsNumberedUnderTheHeaderIsNoMatrixOfItemsAndNoRow() {
        // a 作战图: each task's months marked under 推进节点（月）, numbered 1 … 12 on a second header row
        String months = "\t".repeat(5) + "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12";
        DocumentStructure s = Docs.parse("""
                某某区2027年科技创新重点任务作战图
                序号\t重点任务\t年度目标\t牵头单位\t协同单位\t推进节点（月）\t\t\t\t\t\t\t\t\t\t\t
                %s
                1\t建设智能制造研究院\t完成二期装修\t区科技局\t区财政局\t\t\t●\t●\t★\t\t\t\t\t\t\t
                2\t组建产业创新联合体\t组建联合体3家\t区工信局\t区科技局、区财政局\t\t\t\t\t●\t●\t●\t★\t\t\t\t
                """.formatted(months));
        assertThat(s.annex()).hasSize(2);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("区科技局:lead", "区财政局:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("区工信局:lead", "区科技局:co", "区财政局:co");
    }

    @Test
    void aBranchOrgansNameCutByACellsLineBreakIsOneUnitButDistrictsPartedByBlanksAreSeveral() {
        DocumentStructure s = Docs.parse("""
                某某市产教融合实施方案
                一、重点任务
                1．培育产教融合型企业。建立培育库。
                2．推进载体建设。建设科创园区。
                附件
                重点任务分工表
                序号\t重点任务\t牵头单位\t配合单位
                1\t培育产教融合型企业\t市发展改革委\t市教育局、国家税务总局某某市 税务局
                2\t推进载体建设\t市科技局\t东城区 西城区 某某高新区
                """);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("发展改革委:lead", "教育局:co", "国家税务总局某某市税务局:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("科技局:lead", "东城区:co", "西城区:co", "某某高新区:co");
    }

    @Test
    void aBranchOrgansPlaceClosingTheTextIsNoCutName() {
        // a cell's text may end right after the place (the end is read as a blank): nothing follows it to join
        String cell = "市教育局、国家税务总局某某市";
        assertThat(UnitLists.split(cell, 0, cell.length(), "co", "某某市")).extracting(UnitRef::name)
                .containsExactly("教育局", "国家税务总局某某市");
    }

    @Test
    void aUnitMarkedWithItsRoleEndsWhereTheNextUnitFollowsWithoutABreak() {
        // a ruled cell's two lines (A（牵头） / B) read without the break between them
        String cell = "火炬高新区管委会（牵头）市科技局、市财政局";
        assertThat(UnitLists.split(cell, 0, cell.length(), null, "某某市"))
                .extracting(u -> u.name() + ":" + u.role())
                .containsExactly("火炬高新区管委会:lead", "科技局:null", "财政局:null");
    }

    @Test
    void anIndicatorTablesMeasuresAreNoUnitsOfTheWorkRowsItsNumbersShare() {
        // a work table whose unit cells run together is not read; the indicator table numbered alike gives it no units
        DocumentStructure s = Docs.parse("""
                某某科技城2026年工作方案
                一、主要目标
                到2028年，主要指标如下表。
                序号\t指标名称\t单位\t2025年\t2028年
                1\t规上工业总产值\t亿元\t620\t1000
                2\t新型研发机构\t家\t12\t22
                附件
                重点工作任务分工表
                序号\t重点工作\t牵头部门配合部门\t完成时限
                1\t建设先导技术研究院\t区科创局区建设局\t2026年9月
                2\t建设公共测试中心\t区经发局区财政局\t2026年10月
                """);
        assertThat(s.indicators()).extracting(IndicatorRow::name).containsExactly("规上工业总产值", "新型研发机构");
        assertThat(s.annex()).flatExtracting(AnnexRow::units).extracting(UnitRef::name).doesNotContain("亿元", "家");
    }

    @Test
    void aWorksheetStackingSeveralCaptionedTablesIsReadTableByTable() {
        DocumentStructure s = Docs.parse("""
                某某县2026年科技创新重点任务清单\t\t\t\t\t
                表一　企业培育任务（2项）\t\t\t\t\t
                序号\t重点任务\t主要举措\t牵头单位\t配合单位\t完成时限
                1\t培育高新技术企业\t建立后备库，全年新认定25家\t县科技局\t县财政局、县税务局\t12月底
                2\t推进研发活动全覆盖\t对首次开展研发活动的企业给予奖励\t县工信局\t县科技局 县统计局\t12月底
                表二　平台建设任务（2项）\t\t\t\t\t
                序号\t建设任务\t建设内容\t责任单位\t完成时限\t备注
                1\t建设中试基地\t联合某某大学建设中试线\t县科技局 某某开发区管委会\t11月底\t
                2\t建设科技小院\t开展技术示范\t县委组织部 （县委人才办）、县农业农村局\t6月底\t
                说明：表二“责任单位”栏列第一位的为牵头单位，其余为配合单位。\t\t\t\t\t
                """);
        assertThat(s.annex()).extracting(AnnexRow::title)
                .containsExactly("培育高新技术企业", "推进研发活动全覆盖", "建设中试基地", "建设科技小院");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("县工信局:lead", "县科技局:co", "县统计局:co");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("县科技局:lead", "某某开发区管委会:co");
        // a space before a bracket sets off the unit's second name, it parts no units
        assertThat(Docs.roles(s.annex().get(3))).containsExactly("县委组织部（县委人才办）:lead", "县农业农村局:co");
    }

    @Test
    void aHeaderOverTwoRowsNamesTheUnitColumnsByTheSecond() {
        DocumentStructure s = Docs.parse("""
                某某县2026年科技创新重点工作项目化清单
                序号\t项目名称\t建设内容及年度目标\t总投资\t责任主体\t\t县级责任领导\t完成时限
                \t\t\t\t牵头单位\t配合单位\t\t
                1\t农业科技园区提升工程\t建设科技小院3个\t3,200\t县农业农村局\t县科工局\t李某某\t2026年10月
                2\t科技企业孵化器建设\t新增孵化面积2万平方米\t8,600\t某某经济开发区管委会\t县科工局、县财政局\t王某某\t2026.12
                """);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("县农业农村局:lead", "县科工局:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("某某经济开发区管委会:lead", "县科工局:co", "县财政局:co");
    }

    @Test
    void aNoteUnderTheTableGivesItsUnitColumnsTheirRolesByName() {
        DocumentStructure s = Docs.parse("""
                关于印发某某市校合作重点工作计划的通知
                附件
                2026年市校合作重点项目清单
                序号\t合作项目\t合作企业\t校方责任单位\t市方责任单位\t完成时限
                1\t研究院运行提升\t—\t某某大学科学技术处\t市科技局\t2026年12月
                2\t中试线建设\t某某新材料有限公司\t某某大学材料学院\t某某高新区管委会\t2026年10月
                3\t回收技术中试\t某某新材料有限公司\t某某大学材料学院\t\t2026年12月
                注：校方责任单位牵头，市方责任单位配合。
                """);
        assertThat(s.annex()).hasSize(3);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("某某大学科学技术处:lead", "科技局:co");
        // the empty cell is the one above merged over this row
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("某某大学材料学院:lead", "某某高新区管委会:co");
    }

    @Test
    void aTableInYearSectionsNumbersEachAfreshAndGivesItsRowsTheirYear() {
        DocumentStructure s = Docs.parse("""
                关于印发某某市重点任务清单的通知
                附件
                某某市重点任务分年度推进清单
                序号\t重点任务\t年度目标\t牵头单位\t配合单位\t完成时限
                （一）2025年度
                1\t建设研究院\t完成注册\t市科技局\t市财政局\t2025年12月
                2\t组建联合体\t承担项目3项\t市工信局\t市科技局\t2025年9月
                （二）2026年度
                1\t建设中试基地\t建成中试线2条\t某某经开区管委会\t市科技局\t2026年12月
                2\t共建产业学院\t培养学生300名\t市教育局\t市人社局\t2026年9月
                """);
        assertThat(s.annex()).extracting(AnnexRow::title, AnnexRow::year).containsExactly(
                tuple("建设研究院", 2025), tuple("组建联合体", 2025), tuple("建设中试基地", 2026), tuple("共建产业学院", 2026));
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("某某经开区管委会:lead", "科技局:co");
    }

    @Test
    void aNoteSplittingEachUnitCellGivesItsRoles() {
        DocumentStructure s = Docs.parse("""
                关于印发某某市任务清单的通知
                附件
                某某市重点任务清单
                序号\t重点任务\t主要举措\t投资额\t\t责任单位\t完成时限
                \t\t\t总投资\t2026年计划\t\t
                1\t建设研究院\t共建研究院\t18000\t6500\t市科技局；市财政局、某某高新区管委会\t2027年12月
                2\t布局中试基地\t建设中试基地\t12500\t4800\t市科技局、市工信局；市发改委\t2026年12月
                3\t设立基金\t设立转化基金\t5000\t2000\t市财政局\t2025年10月
                注：责任单位栏中，分号前为牵头单位，分号后为配合单位；只列一个单位的，由该单位牵头负责。
                """);
        assertThat(s.annex()).hasSize(3);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("科技局:lead", "财政局:co", "某某高新区管委会:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("科技局:lead", "工信局:lead", "发改委:co");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("财政局:lead");
    }

    @Test
    void aSecondHeaderRowMayNameAYearBesideTheUnitColumnsItSplits() {
        DocumentStructure s = Docs.parse("""
                关于印发某某区重点项目推进表的通知
                附件
                某某区2026年重点科技创新项目推进表
                序号\t项目名称\t建设内容\t投资额（万元）\t\t责任单位\t\t完成时限
                \t\t\t总投资\t2026年计划\t牵头单位\t配合单位\t
                1\t先进制造研究院二期\t建设中试车间\t18000\t6500\t区科技局\t某某高新区管委会、区财政局\t2026年12月
                2\t生物医药中试基地\t建设GMP车间\t12500\t4800\t某某高新区管委会\t区科技局\t2026年10月
                """);
        assertThat(s.annex()).hasSize(2);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("区科技局:lead", "某某高新区管委会:co", "区财政局:co");
    }

    /**
     * A plan in chapters and sections (第三章 / 第一节, numbered afresh in every chapter) whose sections carry no note:
     * the division of work points each row at its section (对应章节), so the sections it points at are the tasks, and a
     * section two rows point at takes the units of both; the rows link to their sections, not to the task of their
     * number.
     */
    @Test
    void sectionsADivisionOfWorkPointsItsRowsAtAreTheTasks() {
        DocumentStructure s = Docs.parse("""
                某某市科技创新规划
                第一章 发展基础
                第一节 发展成效
                全市创新能力明显提升。
                第二章 强化创新平台
                第一节 建设实验室
                高标准建设某某实验室，集聚创新资源。
                第二节 打造高能级平台
                支持企业和高校建设重点实验室、工程技术研究中心。
                第三章 提升企业创新能力
                第一节 壮大科技型企业
                实施高新技术企业培育行动。
                第四章 保障措施
                第一节 加强组织领导
                建立规划实施协调机制。
                附件
                规划重点任务分工表
                序号\t重点任务\t对应章节\t牵头单位\t配合单位
                1\t建设实验室\t第二章第一节\t市科技局\t市财政局
                2\t建设省级以上创新平台\t第二章第二节\t市科技局\t市发展改革委
                3\t引育新型研发机构\t第二章第二节\t市科技局\t市财政局、各县（市、区）人民政府
                4\t壮大科技型企业群体\t第三章第一节\t市科技局\t市税务局
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设实验室", "打造高能级平台", "壮大科技型企业");
        // names as the store keeps them, without the city's 市
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead", "发展改革委:co", "财政局:co", "各县（市、区）人民政府:co");
        assertThat(s.annex()).extracting(AnnexRow::taskNumber).containsExactly(1, 2, 2, 3);
    }

    /**
     * A PDF's ruled annex as a layout export prints it: cells wrapped in their columns, top-aligned, a wrapped work cell
     * ending a sentence on a line of its own, and the narrow 序号 column wrapping its header letter by letter.
     */
    @Test
    void aTopAlignedTableWithSentenceEndsInWrappedCellsAndALetterWrappedHeaderIsReadRowByRow() {
        String text = """
                某某区科技创新行动计划
                一、重点任务
                （一）深化校地融合发展。推进大学科技园提质扩容。（牵头：区科技局；配合：区发改局）
                （二）建设重大创新平台。支持中试验证平台建设。（牵头：区科技局；配合：区财政局）
                附件：2023年重点任务分工表
                序           重点任务           具体内容                   牵头单位       配合单位
                号
                1            深化校地融合       推进大学科技园提质扩容，   区科技局       区发改局、区教
                             发展               新增校地共建平台10个
                                                。建立联席会议制度。                      育局
                2            建设重大创新       支持中试验证平台建设。     区科技局       区财政局
                             平台
                """;
        DocumentStructure s = Docs.parse(text);
        assertThat(s.annex()).extracting(AnnexRow::title).containsExactly("深化校地融合发展", "建设重大创新平台");
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("区科技局:lead", "区发改局:co", "区教育局:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("区科技局:lead", "区财政局:co");
    }

    /**
     * A ruled PDF table whose one-line cells the PDF centres in their rows: a three-line row prints its number on its
     * middle line, a two-line row on its upper line, so a row's last line (ending its sentence) stands between two
     * numbers and belongs to the row above.
     */
    @Test
    void rowsOfEvenAndOddHeightsCentredInTheirRowsKeepTheirLastLines() {
        // columns at 0, 8, 34, 72, 90 (display width, a Chinese character two)
        String text = String.join("\n",
                "某某区科技创新实施方案",
                "一、重点任务",
                "1.建设光电产业研究院。依托高校建设研究院。",
                "2.开展校企技术对接活动。每季度举办对接会。",
                "3.建设中试验证平台。建成中试平台。",
                "附件",
                at(0, "序号", 8, "重点任务", 34, "主要措施", 72, "牵头单位", 90, "配合单位"),
                at(34, "支持某某大学光电学院与高新区共", 90, "高新区管委会、区财"),
                at(0, "1", 8, "建设光电产业研究院", 34, "建光电产业研究院，完成一期场地", 72, "区科技局"),
                at(34, "装修和设备购置。", 90, "政局"),
                at(0, "2", 8, "开展校企技术对接活动", 34, "每季度举办一场专场对接会，发布", 72, "区科技局", 90, "区工商联"),
                at(34, "企业技术需求清单。"),
                at(0, "3", 8, "建设中试验证平台", 34, "推动中试平台建成运营，面向中小", 72, "高新区管委会", 90, "区科技局、区发改局"),
                at(34, "企业提供封装测试服务。"));
        DocumentStructure s = Docs.parse(text);
        assertThat(s.annex()).extracting(AnnexRow::title)
                .containsExactly("建设光电产业研究院", "开展校企技术对接活动", "建设中试验证平台");
        assertThat(s.annex().get(1).work()).endsWith("技术需求清单。");
        assertThat(s.annex().get(2).work()).startsWith("推动中试平台");
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("区科技局:lead", "高新区管委会:co", "区财政局:co");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("高新区管委会:lead", "区科技局:co", "区发改局:co");
    }

    /** A measures' duty table whose narrow 条款 and 兑现时间 headers a PDF wrapped letter by letter. */
    @Test
    void headerNamesWrappedLetterByLetterInNarrowColumnsAreJoined() {
        String text = """
                某某县支持科技创新若干措施
                一、培育创新主体
                ①对首次认定的国家高新技术企业，给予一次性奖励20万元；
                ②对新认定的省级企业技术中心，给予50万元奖励。
                附件
                条    政策事项                   牵头单位              配合单位                   兑现时
                款                                                                                间
                ①     高新技术企业认定奖励       县科技局              县财政局                   每年6月
                ②     企业技术中心奖励           县工业和信息化局      县财政局                   每年9月
                """;
        DocumentStructure s = Docs.parse(text);
        assertThat(s.annex()).extracting(AnnexRow::title).containsExactly("高新技术企业认定奖励", "企业技术中心奖励");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("县工业和信息化局:lead", "县财政局:co");
    }

    /**
     * A list of measures whose unit columns are named by the step each unit takes (受理部门 | 审核部门 | 拨付部门), the
     * document saying once which step leads; its cells centred in their rows, wider than their headers, and its 序号
     * one blank before the next header.
     */
    @Test
    void columnsNamedByAStepTakeTheRolesTheDocumentGivesThemAndWideCellsStandUnderTheirHeaders() {
        String text = """
                某某市支持产学研合作若干措施
                一、支持校企共建联合实验室。对新认定的联合实验室给予补助。
                二、支持高校建设概念验证平台。对平台给予奖励。
                三、支持校企联合攻关。对攻关项目给予资助。
                各项措施的受理、审核和资金拨付部门见附件，受理部门为牵头部门，审核部门、拨付部门为配合部门。
                附件
                                          政策兑现清单
                序号 政策条款                受理部门       审核部门     拨付部门
                      支持校企共建联合实
                  1                          市科技局       市财政局     市财政局
                      验室
                      支持高校建设概念验                 市教育局、市财
                  2                          市科技局                    市财政局
                      证平台                                  政局
                                                         市工业和信息化
                  3   支持校企联合攻关       市科技局                    市财政局
                                                               局
                注：兑现方式由受理部门确定。
                """;
        DocumentStructure s = Docs.parse(text);
        assertThat(s.annex()).extracting(AnnexRow::title)
                .containsExactly("支持校企共建联合实验室", "支持高校建设概念验证平台", "支持校企联合攻关");
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("科技局:lead", "教育局:co", "财政局:co");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("科技局:lead", "工业和信息化局:co", "财政局:co");
    }

    /**
     * A space-laid annex whose cells a PDF printed centred in their rows: each row's wrapped cells stand above and
     * below its number line. Read column by column, each band is its row; a row's quote starts on its top line.
     */
    @Test
    void aTableThatPrintsEachRowsNumberOnItsFirstLineJoinsTheWrappedCellsBelowIt() {
        // a PDF's ruled table: each row's number on its top line, the rest of a wrapped cell under it in its column;
        // a unit's whole name ending a line is parted from the next unit's
        String text = """
                某某县科技创新行动方案
                一、重点任务
                （一）共建研究院。依托开发区共建研究院。（责任单位：县科技局）
                （二）培育企业。培育科技型企业。（责任单位：县工信局）
                附件
                重点任务分工表
                序号    重点任务                牵头单位          配合单位
                1       共建县域产业技术研究    县科技局          县财政局、开发区
                        院                                        管委会
                2       培育高新技术企业        县科技局          县财政局
                                                某某县税务局
                3       开展科技特派员服务      县农业农村局      县人社局
                """;
        dev.collabgraph.loader.text.MappedText cleaned = Docs.clean(text);
        assertThat(cleaned.text()).contains("1\t共建县域产业技术研究院\t县科技局\t县财政局、开发区管委会\n",
                "2\t培育高新技术企业\t县科技局、某某县税务局\t县财政局\n");
    }

    @Test
    void aTableWhoseCellsArePrintedCentredInTheirRowsIsReadBandByBand() {
        String text = """
                某某县科技创新行动方案
                一、重点任务
                （一）共建产业技术研究院
                （牵头单位：县科技局；配合单位：县财政局）
                依托开发区与某某大学共建研究院。
                （二）建设企业研发机构
                （县工业和信息化局牵头，县统计局配合）
                支持企业建设研发机构。
                （三）实施联合攻关
                （牵头单位：县科技局；配合单位：县财政局）
                支持企业联合高校开展攻关。
                附件
                2026年度重点任务清单
                序号        重点任务                     2026年目标                  牵头单位              配合单位
                      共建产业技术研究      完成研究院注册并实体化运行，引进                        县财政局、开发区
                1                                                                 县科技局
                      院                    团队3个                                                 管委会
                                            支持绿色建材工程技术研究中心建设，    县工业和信息化
                2     建设企业研发机构                                                              县统计局
                                            新建企业研发机构20家                  局
                                            发布技术需求榜单1期，立项联合攻关
                3     实施联合攻关                                                县科技局          县财政局
                                            项目8项
                """;
        DocumentStructure s = Docs.parse(text);
        assertThat(s.annex()).extracting(AnnexRow::title)
                .containsExactly("共建产业技术研究院", "建设企业研发机构", "实施联合攻关");
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("县科技局:lead", "县财政局:co", "开发区管委会:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("县工业和信息化局:lead", "县统计局:co");
        assertThat(s.annex()).extracting(AnnexRow::taskNumber).containsExactly(1, 2, 3);
        dev.collabgraph.loader.text.MappedText cleaned = Docs.clean(text);
        assertThat(text.substring(cleaned.originalStart(s.annex().get(0).span().start()))).startsWith("共建产业技术研究");
    }

    @Test
    void aCentredTableWhoseNumberHeaderWrapsOneCharacterALineIsReadBandByBand() {
        // 序 above and 号 below the header's line, as a narrow column wraps it; a content cell of four lines
        String text = """
                某某市产学研融合方案
                一、重点任务
                （一）组建新材料产业创新联合体。支持企业牵头组建联合体。
                （二）建设生物医药中试基地。建设中试基地。
                （三）建设现代产业学院。推动产业学院实体化运行。
                附件
                重点任务分工表
                序                                                                   完成时
                      重点任务            主要内容           牵头单位    配合单位
                号                                                                   限
                                 支持龙头企业牵头组建创新
                     组建新材料
                                 联合体，每年实施联合攻关   市工业和   市科技局、市  2025年
                2    产业创新联
                                 项目5项以上，联合体成员单  信息化局   国资委        底
                     合体
                                 位共享中试和检测设备。
                                 完成中试基地主体工程建设，
                     建设生物医  引进专业运营团队，对外提   某某高新   市科技局、市  2026年
                3
                     药中试基地  供中试服务，争创省级中试   区管委会   市场监管局    底
                                 平台。
                                 推动产业学院实体化运行，              市人力资源社
                     建设现代产  开设订单班，校企共同制定              会保障局、市  持续推
                4                                            市教育局
                     业学院      人才培养方案，共建“双师              工业和信息化  进
                                 型”教师队伍。                        局
                """;
        DocumentStructure s = Docs.parse(text);
        assertThat(s.annex()).extracting(AnnexRow::title)
                .containsExactly("组建新材料产业创新联合体", "建设生物医药中试基地", "建设现代产业学院");
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("工业和信息化局:lead", "科技局:co", "国资委:co");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("教育局:lead", "人力资源社会保障局:co",
                "工业和信息化局:co");
    }

    /**
     * A chart table whose wrapped cells start at their rows' top lines while the one-line cells (number, leader) stand
     * on the rows' middle lines: read band by band past its category rows, the months under 推进节点（月）, and the
     * header repeated on the next page.
     */
    @Test
    void aTopAlignedTableWithCentredNumbersIsReadPastCategoryRowsAndARepeatedHeader() {
        String text = """
                某某区2027年科技创新重点任务作战图
                序号      重点任务                   年度目标               区领导    牵头单位        协同单位              推进节点（月）
                                                                                                                     1   2   3   4
                一、平台攻坚（2项）
                      建设某某产业技术研究      完成研究院场地装修，引进               区科技局        区财政局、某某高新区
                  1   院                        研发团队5个                  王某某                    管委会              ●   ●   ★
                                                年内投入使用
                      打造概念验证中心          建成概念验证中心1家                    某某高新区管    区市场监管局、
                  2                                                          李某某
                                                全年完成验证项目10项                   委会            区金融服务中心           ●   ★
                
                序号      重点任务                   年度目标               区领导    牵头单位        协同单位              推进节点（月）
                                                                                                                     1   2   3   4
                二、企业攻坚（1项）
                      实施高新技术企业培育      新认定高新技术企业50家                 区科技局        区税务局、各街道办事
                  3                                                          王某某
                      行动                      总数达到300家                                          处                   ●   ●   ●   ★
                说明：1．“●”为计划推进月份，“★”为节点完成月份。
                     2．区领导栏为督导该项任务的区领导。
                """;
        DocumentStructure s = Docs.parse(text);
        assertThat(s.annex()).extracting(AnnexRow::title)
                .containsExactly("建设某某产业技术研究院", "打造概念验证中心", "实施高新技术企业培育行动");
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("区科技局:lead", "区财政局:co", "某某高新区管委会:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("某某高新区管委会:lead", "区市场监管局:co",
                "区金融服务中心:co");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("区科技局:lead", "区税务局:co", "各街道办事处:co");
    }

    /**
     * A ruled table whose every cell a PDF centred in its row, under a two-row header (责任单位 over 牵头单位 |
     * 配合单位), a cell filled to its edge printed a single blank from the next, and its rows continued on a page
     * without a header whose margin is narrower.
     */
    @Test
    void aFullyCentredTableUnderAGroupedHeaderIsReadAcrossAHeadlessPage() {
        String text = """
                重点任务分工表
                                                              责任单位
                序号     重点任务              具体举措                                              完成时限
                                                                     牵头单位         配合单位
                                       建设省级农产品加工技术
                      做强农产品加工   研究中心，突破保鲜技术， 县农业农村局、  县市场监管局、各    2028年
                  1
                      链               开发新品10个以上         县科技局        乡镇人民政府        底
                                       并推广应用
                                       组建复合材料联合实验室， 县工业和信息化
                  2   提升材料产业                                               县科技局            每年
                                       新建中试线2条            局

                     强化科技金                                                 县金融服务中心、    2027年
                3                     设立科技创新风险补偿资金  县财政局
                     融支撑                                                     某某农村商业银行    底
                """;
        DocumentStructure s = Docs.parse(text);
        assertThat(s.annex()).extracting(AnnexRow::title)
                .containsExactly("做强农产品加工链", "提升材料产业", "强化科技金融支撑");
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("县农业农村局:lead", "县科技局:lead",
                "县市场监管局:co", "各乡镇人民政府:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("县工业和信息化局:lead", "县科技局:co");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("县财政局:lead", "县金融服务中心:co",
                "某某农村商业银行:co");
    }

    /**
     * An indicator table printed with its cells centred in their rows: the base year's header cell over two lines
     * around the header's line (2025年 / （基期）) is a column of its own, and a name wrapped above and below its row's
     * values names that row; rows of one-line cells are read as they stand.
     */
    @Test
    void aCentredHeaderCellAndANameWrappedAroundItsRowAreRead() {
        DocumentStructure s = Docs.parse("""
                某某县科技创新三年行动方案
                一、主要目标
                到2028年，全县与高校院所共建创新平台达到30个。
                                  表1　主要指标分年度目标
                                                2025年
                序号        指标名称      单位          2026年  2027年  2028年
                                               （基期）
                  1      校地共建创新平台  个    14      20     25    30
                     规上工业企业研发机构覆盖
                  2                        %     38      45     50    55
                     率
                  3       技术合同登记额  亿元  5.6      8      10    12
                二、重点任务
                （一）共建县域产业技术研究院
                （牵头单位：县科技局；配合单位：县财政局）
                依托开发区与某某大学共建研究院。
                """);
        assertThat(s.indicators()).extracting(IndicatorRow::name)
                .containsExactly("校地共建创新平台", "规上工业企业研发机构覆盖率", "技术合同登记额");
        assertThat(s.indicators().get(1).values()).containsEntry("2025", 38.0).containsEntry("2028", 55.0);
        assertThat(s.indicators().get(2).values()).containsEntry("2025", 5.6).containsEntry("2026", 8.0)
                .containsEntry("2028", 12.0);
    }

    /**
     * A table as a screen reader reads it out, row by row and cell by cell (名称：内容): read as rows under its header, a
     * cell merged over two rows (（跨2行）) in both, 空白 empty, a list inside a cell kept whole though commas part it.
     */
    @Test
    void aTableReadOutRowByRowIsReadAsItsRows() {
        DocumentStructure s = Docs.parse("""
                【标题 1级】某某区2026年科技创新重点任务清单
                【表格开始】表格 共5行4列
                【第1行】表头：序号，重点任务，牵头单位，配合单位
                【第2行】一、平台建设（2项）（跨4列）
                【第3行】序号：1，重点任务：建设精密制造研究院，牵头单位：区科技局（跨2行），配合单位：区财政局，各镇人民政府
                【第4行】序号：2，重点任务：建设中试平台，配合单位：区工信局
                【第5行】序号：3，重点任务：提升孵化器能级，牵头单位：区科技局 某某经济开发区管委会，配合单位：空白
                【表格结束】
                """);
        assertThat(s.annex()).extracting(AnnexRow::title).containsExactly("建设精密制造研究院", "建设中试平台", "提升孵化器能级");
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("区科技局:lead", "区财政局:co", "各镇人民政府:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("区科技局:lead", "区工信局:co");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("区科技局:lead", "某某经济开发区管委会:lead");
    }

    /**
     * An annex without a unit column whose work column says it holds the division of work (具体举措及责任分工): each
     * measure in a cell closes with its own note, and the row's units are all of theirs, a unit named twice keeping
     * its strongest role.
     */
    @Test
    void aWorkColumnOfMeasuresWithTheirOwnNotesGivesTheRowTheirUnits() {
        DocumentStructure s = Docs.parse("""
                附件
                某某县行动方案任务分解表
                序号\t重点任务\t具体举措及责任分工\t完成时限
                1\t共建县域产业研究院\t1.推动研究院挂牌运行。（县科技局牵头，县财政局配合） 2.引进研发人员30名。（责任单位：县人社局）\t2027年底
                2\t建设中试基地\t1.建成中试生产线2条。（牵头：县工信局；配合：县科技局） 2.派驻专家团队。（县科技局牵头）\t2026年底
                3\t培育科技型企业\t1.建立培育库。（县科技局牵头，各乡镇人民政府配合）\t持续推进
                """);
        assertThat(s.annex()).extracting(AnnexRow::title).containsExactly("共建县域产业研究院", "建设中试基地", "培育科技型企业");
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("县科技局:lead", "县财政局:co", "县人社局:null");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("县工信局:lead", "县科技局:lead");
    }

    /** A table whose unit column names the leads gives the units that assist in brackets in its quarters' cells. */
    @Test
    void unitsThatAssistBracketedInAMilestoneCellJoinTheRow() {
        DocumentStructure s = Docs.parse("""
                附件
                某某县2026年重点任务推进计划表
                序号\t重点任务\t牵头单位\t第一季度\t第二季度\t第三季度
                1\t建设农业科技研究院\t县科技局\t签订共建协议（县财政局配合）\t完成场地改造\t引进研发团队3个（县人社局配合）
                2\t建设中试基地\t县工信局\t完成项目备案\t开工建设（某某经济开发区管委会、县市场监管局配合）\t主体完工
                3\t培育高新技术企业\t县科技局\t建立培育库\t组织申报辅导\t完成申报
                """);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("县科技局:lead", "县财政局:co", "县人社局:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("县工信局:lead", "某某经济开发区管委会:co",
                "县市场监管局:co");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("县科技局:lead");
    }

    /** A unit cell continued on the row's next line after a name that ends as a body does (县科协) starts a new unit there. */
    @Test
    void aCellContinuedAfterAnAssociationStartsANewUnit() {
        DocumentStructure s = Docs.parse("""
                附件
                重点任务分工表
                序号\t重点任务\t牵头单位\t配合单位
                1\t建设科技小院\t县科技局\t县科协
                \t\t\t县农业农村局
                2\t培育科技型企业\t县科技局\t县工商联
                \t\t\t县税务局
                3\t建设中试平台\t县工信局\t县市场监管局
                """);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("县科技局:lead", "县科协:co", "县农业农村局:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("县科技局:lead", "县工商联:co", "县税务局:co");
    }

    /**
     * Measures numbered ①②③ without headings or notes, each a clause closing on ；, and an annex that names them only
     * by their circled numbers (条款 | 政策事项 | 牵头单位 | 配合单位), several in a row: every measure a row names takes
     * its units, however the row words it.
     */
    @Test
    void anAnnexNamingMeasuresByTheirCircledNumbersGivesEachItsUnits() {
        DocumentStructure s = Docs.parse("""
                某某县支持科技创新发展若干措施
                一、培育创新主体
                ①对首次认定的国家高新技术企业，给予一次性奖励20万元；
                ②对通过评价入库的科技型中小企业，每家给予2万元奖励；
                ③对首次认定的专精特新中小企业，给予10万元奖励。
                二、附则
                各项措施的牵头单位、配合单位见附件。
                附件
                若干措施兑现责任分工表
                条款\t政策事项\t牵头单位\t配合单位\t兑现时间
                ①②\t高新技术企业认定奖励、科技型中小企业入库奖励\t县科技局\t县财政局\t每年6月
                ③\t专精特新中小企业奖励\t县工业和信息化局\t县财政局\t每年9月
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("对首次认定的国家高新技术企业，给予一次性奖励20万元",
                "对通过评价入库的科技型中小企业，每家给予2万元奖励", "对首次认定的专精特新中小企业，给予10万元奖励");
        assertThat(Docs.roles(s, 1)).containsExactly("县科技局:lead", "县财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("县科技局:lead", "县财政局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("县工业和信息化局:lead", "县财政局:co");
    }

    /**
     * A task list whose rows carry sub-items numbered 1.1, 1.2 under each task: each sub-item a row of its own with its
     * own units, an empty cell of a task's row not filled from the sub-item above it, a sub-item's cell wrapped onto the
     * next line read whole.
     */
    @Test
    void subItemRowsNumberedUnderTheirTaskAreRowsOfTheirOwn() {
        DocumentStructure s = Docs.parse("""
                附件
                市校合作2026年度重点任务责任清单
                序号\t重点任务\t牵头单位\t责任单位\t完成时限
                1\t共建创新研究院\t市科技局、某某大学科技处\t\t2026年12月
                1.1\t完成研究院理事会组建\t某某大学科技处\t市科技局、市财政局\t2026年4月
                1.2\t建成研发楼1.2万平方米\t某某高新区管委会\t某某大学人事处\t2026年11月
                2\t共建中试基地\t某某高新区管委会\t\t2026年12月
                2.1\t依托某某大学药学院建设中试平台，
                完成GMP车间改造\t某某大学药学院\t市市场监管局\t2026年10月
                """);
        assertThat(s.annex()).extracting(AnnexRow::printed).containsExactly("1", "1.1", "1.2", "2", "2.1");
        assertThat(s.annex().get(4).title()).isEqualTo("依托某某大学药学院建设中试平台，完成GMP车间改造");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("某某大学科技处:lead", "科技局:co", "财政局:co");
        assertThat(Docs.roles(s.annex().get(3))).containsExactly("某某高新区管委会:lead");
        assertThat(Docs.roles(s.annex().get(4))).containsExactly("某某大学药学院:lead", "市场监管局:co");
    }

    /**
     * A division by unit headed 序号 | 责任单位 | 牵头任务（序号） | 配合任务（序号）: its 序号 numbers the units, not the tasks;
     * 全部任务 gives the unit every task.
     */
    @Test
    void aDivisionByResponsibleUnitGivesEachTaskItsUnits() {
        DocumentStructure s = Docs.parse("""
                某某市行动方案
                一、重点任务
                1.建设实验室。支持建设。
                2.创建平台。支持创建。
                3.建设研究院。支持建设。
                附件
                重点任务责任分工表（按责任单位排列）
                序号\t责任单位\t牵头任务（序号）\t配合任务（序号）
                1\t市科技局\t1、3\t2
                2\t市发改委\t2\t—
                3\t市财政局\t—\t1—3
                4\t各县（市、区）人民政府\t—\t全部任务
                """);
        assertThat(s.annex()).isEmpty();
        assertThat(Docs.roles(s, 2)).containsExactly("发改委:lead", "科技局:co", "财政局:co", "各县（市、区）人民政府:co");
        assertThat(Docs.roles(s, 3)).containsExactly("科技局:lead", "财政局:co", "各县（市、区）人民政府:co");
    }

    /**
     * A table drawn with characters (+----+, |cell|), as a forwarded mail quotes it: the lines between two rules are one
     * row, a title wrapped mid-word joined as it is, two names in a unit cell parted.
     */
    @Test
    void aTableDrawnWithCharactersIsReadRowByRow() {
        DocumentStructure s = Docs.parse("""
                附件：重点项目责任分工表
                > +----+--------------------------+------------------+----------------+
                > |序号|项目名称                  |牵头单位          |参与单位        |
                > +----+--------------------------+------------------+----------------+
                > | 1  |某某理工大学新材料研究院  |市科技局          |市财政局        |
                > |    |二期建设                  |                  |                |
                > +----+--------------------------+------------------+----------------+
                > | 2  |新能源电池产业技术研究院  |市工信局          |某某区人民政府  |
                > |    |一期工程                  |                  |市科技局        |
                > +----+--------------------------+------------------+----------------+
                > | 3  |国家大学科技园扩区工程    |某某理工大学      |市科技局        |
                > +----+--------------------------+------------------+----------------+
                """);
        assertThat(s.annex()).extracting(AnnexRow::title).containsExactly("某某理工大学新材料研究院二期建设",
                "新能源电池产业技术研究院一期工程", "国家大学科技园扩区工程");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("工信局:lead", "某某区人民政府:co", "科技局:co");
    }

    /** A line of cells, each starting at its display column (a Chinese character two columns wide). */
    private static String at(Object... columnsAndCells) {
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < columnsAndCells.length; k += 2) {
            int column = (Integer) columnsAndCells[k];
            int width = dev.collabgraph.loader.text.DisplayWidth.of(line);
            line.append(" ".repeat(Math.max(1, column - width))).append((String) columnsAndCells[k + 1]);
        }
        return line.toString().replaceFirst("^ ", "");
    }

    @Test
    void aColumnOfDepartmentsInChargeLeads() {
        DocumentStructure s = Docs.parse("""
                某某市科技创新专项资金支持事项清单
                序号\t支持事项\t支持标准\t主管部门\t配合部门
                1\t研发费用补助\t按增量的10%给予补助\t市科技局\t市财政局
                2\t首台套奖励\t按售价的20%给予奖励\t市工信局\t市财政局、市市场监管局
                """);
        assertThat(s.annex()).extracting(AnnexRow::title).containsExactly("研发费用补助", "首台套奖励");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("工信局:lead", "财政局:co", "市场监管局:co");
    }
}

package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbering families of task items beyond the common ones: brackets an office or a scan changes, ordinal words. */
class NumberingFamiliesTest {
    private static final String ITEMS = """
            某某市2027年科技工作要点
            一、强化平台建设
            %s建设某某实验室。推动实验室扩容。（牵头单位：市科技局；配合单位：市财政局）
            %s建设中试基地。建成基地2个。（牵头单位：市工信局；配合单位：市科技局）
            二、培育创新主体
            %s培育高新技术企业。新增高企100家。（牵头单位：市科技局；配合单位：市税务局）
            %s引进科技型企业。引进企业20家。（责任单位：市商务局）
            """;

    private static void assertFourTasks(DocumentStructure s) {
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设某某实验室", "建设中试基地", "培育高新技术企业", "引进科技型企业");
        assertThat(Docs.roles(s, 2)).containsExactly("工信局:lead", "科技局:co");
        assertThat(Docs.unitNames(s, 4)).containsExactly("商务局");
    }

    @Test
    void noteCarryingSubItemsOfAnItemWithoutANoteAreTheTasksAndTheItemHeadsThem() {
        DocumentStructure s = Docs.parse("""
                某某高新区2026年科技创新工作要点
                一、聚焦主导产业
                1．做强半导体材料产业链。推动某某项目投产。（牵头单位：经济发展局；配合单位：投资促进局）
                2．培育壮大煤基新材料产业。
                （1）推进某某碳纤维项目建设，年内完成主体工程。（牵头单位：经济发展局；配合单位：应急管理局）
                （2）支持某某大学建设煤基新材料中试基地。（牵头单位：科技创新局）
                3．加快发展氢能产业。推动电堆项目投产。（牵头单位：经济发展局）
                4．强化科技金融支持。（1）设立科创种子基金；（2）扩大风险补偿资金池。（牵头单位：财政金融局）
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("做强半导体材料产业链",
                "推进某某碳纤维项目建设，年内完成主体工程", "支持某某大学建设煤基新材料中试基地", "加快发展氢能产业",
                "强化科技金融支持");
        assertThat(Docs.roles(s, 2)).containsExactly("经济发展局:lead", "应急管理局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("科技创新局:lead");
        assertThat(s.sections()).extracting(SectionBlock::title).contains("培育壮大煤基新材料产业");
    }

    @Test
    void itemsInTortoiseShellBracketsAreSecondLevelItems() {
        assertFourTasks(Docs.parse(ITEMS.formatted("〔一〕", "〔二〕", "〔三〕", "〔四〕")));
    }

    @Test
    void itemsWhoseOpeningBracketWasLostAreSecondLevelItems() {
        assertFourTasks(Docs.parse(ITEMS.formatted("一）", "二）", "三）", "四）")));
    }

    @Test
    void itemsOpenedByOrdinalWordsAreTasks() {
        assertFourTasks(Docs.parse(ITEMS.formatted("第一，", "第二，", "第三，", "第四，")));
    }

    @Test
    void digitsInLenticularBracketsNumberTheTasksThroughTheParts() {
        assertFourTasks(Docs.parse(ITEMS.formatted("【1】", "【2】", "【3】", "【4】")));
    }

    @Test
    void capitalLettersRestartingUnderEachPartNumberItsTasks() {
        assertFourTasks(Docs.parse(ITEMS.formatted("A．", "B．", "A．", "B．")));
    }

    @Test
    void theFirstListedRuleRepeatedAfterEveryListIsNoPartOfItsLastUnit() {
        DocumentStructure s = Docs.parse("""
                某某县科技成果转化行动方案
                一、重点任务
                A．建设中试基地。建成基地2个。
                责任单位：县科技局、县财政局、县工信局（排名第一的为牵头单位）
                B．培育科技企业。新增企业30家。
                责任单位：县工信局（排名第一的为牵头单位）
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设中试基地", "培育科技企业");
        assertThat(Docs.roles(s, 1)).containsExactly("县科技局:lead", "县财政局:co", "县工信局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("县工信局:lead");
    }

    @Test
    void ordinalWordsInsideOneParagraphAreItsPoints() {
        DocumentStructure s = Docs.parse("""
                某某市2027年科技工作要点
                一、强化平台建设
                1.建设某某实验室。第一，扩建场地；第二，引进团队。（牵头单位：市科技局）
                2.建设中试基地。建成基地2个。（牵头单位：市工信局）
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设某某实验室", "建设中试基地");
    }

    @Test
    void suggestionsOfAHandlingPlanAreItsTasks() {
        DocumentStructure s = Docs.parse("""
                某某市政协专题协商会意见建议办理分工方案
                一、工作目标
                到2028年，全市新建中试平台10家。
                二、意见建议及办理分工
                建议一：建设某某中试平台
                支持企业联合高校建设中试平台，每年服务项目50项。
                主办：市科技局　会办：市财政局、市工信局
                建议二：完善人才流动机制
                推行校企人员双向兼职。
                主办：市人社局、市教育局　会办：市科技局
                三、办理要求
                （一）加强沟通。主动与委员沟通办理情况。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设某某中试平台", "完善人才流动机制");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "财政局:co", "工信局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("人社局:lead", "教育局:lead", "科技局:co");
    }

    @Test
    void pointsMadeInsideOneParagraphDoNotHideTheItemsATableNames() {
        DocumentStructure s = Docs.parse("""
                某某省科技成果转化专项行动方案
                一、总体要求
                到2028年，全省技术合同成交额达到300亿元。
                二、重点任务
                （一）建设概念验证中心。支持高校建设概念验证中心。
                （二）建设产业中试基地。推动高校与企业共建中试基地。
                三、保障措施
                一是加强组织领导。建立工作专班。二是强化政策协同。形成工作合力。
                附件
                重点任务分工表
                序号\t重点任务\t牵头单位\t配合单位
                1\t建设概念验证中心\t省科技厅\t省教育厅
                2\t建设产业中试基地\t省工信厅\t省科技厅
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设概念验证中心", "建设产业中试基地");
        assertThat(Docs.roles(s, 2)).containsExactly("省工信厅:lead", "省科技厅:co");
    }

    @Test
    void notesInFullWidthSquareBracketsCloseAtTheirBracket() {
        DocumentStructure s = Docs.parse("""
                某某县乡村振兴实施方案
                一、重点任务
                1.建设科技小院。每年新建科技小院3个。
                ［牵头：县农业农村局；参与：县科技局、某某农业大学］
                2.推动成果转化。建立成果转化项目库。
                ［牵头：县科技局；参与：县财政局］
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("县农业农村局:lead", "县科技局:co", "某某农业大学:co");
        assertThat(Docs.roles(s, 2)).containsExactly("县科技局:lead", "县财政局:co");
    }

    @Test
    void hyphenCodesOfPartAndItemAreTasks() {
        assertFourTasks(Docs.parse(ITEMS.formatted("1-1　", "1-2　", "2-1　", "2-2　")));
        assertFourTasks(Docs.parse(ITEMS.formatted("1－1", "1－2", "2－1", "2－2")));
    }

    @Test
    void aSpanOfMonthsAtALinesStartIsNoHyphenCode() {
        DocumentStructure s = Docs.parse(ITEMS.formatted("1-1　", "1-2　", "2-1　", "2-2　")
                .replace("一、强化平台建设\n", "一、强化平台建设\n1-3月完成企业摸底。\n"));
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设某某实验室", "建设中试基地", "培育高新技术企业", "引进科技型企业");
    }

    @Test
    void bareLabelledLinesOverNotedItemsOfOtherLabelsHeadGroupsAndTheItemsUnderThemAreTheTasks() {
        DocumentStructure s = Docs.parse("""
                某某市科技创新三年行动方案
                一、总体要求
                坚持创新驱动发展。
                二、专项行动
                专项行动一：平台提升行动
                行动1　建设某某实验室。推动实验室组建。（牵头单位：市科技局；配合单位：市财政局）
                行动2　提升企业技术中心。新认定企业技术中心10家。（牵头单位：市工信局）
                专项行动二：协同攻关行动
                任务一　实施技术攻关。每年组织重大专项5项。（市科技局牵头，市发改委配合）
                任务二　共建研究中心。支持高校与企业共建研究中心。（市科技局牵头，市教育局配合）
                专项行动三：人才集聚行动
                1.引进高端人才。分层分类引进人才。
                ①对顶尖人才团队给予资助；
                ②对博士给予生活补贴。
                （责任单位：市委人才办、市人社局）
                2.培育青年人才。每年遴选青年人才60名。（牵头单位：市科协；配合单位：市科技局）
                三、保障措施
                （一）加强组织领导。统筹推进各项行动。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设某某实验室", "提升企业技术中心", "实施技术攻关",
                "共建研究中心", "引进高端人才", "培育青年人才");
        assertThat(s.sections()).extracting(SectionBlock::title).contains("平台提升行动", "人才集聚行动");
        assertThat(Docs.unitNames(s, 5)).containsExactly("市委人才办", "人社局");
        assertThat(Docs.roles(s, 6)).containsExactly("科协:lead", "科技局:co");
    }

    @Test
    void labelledLinesOverItemsNumberedAfreshHeadGroupsWhoseCoveringNotesGoToTheItemsWithoutTheirOwn() {
        DocumentStructure s = Docs.parse("""
                某某市校企协同创新实施方案
                一、工作目标
                到2028年，校企共建研发平台达到150个。
                二、重点任务
                行动1　共建创新平台
                （本行动所列各项由市科技局牵头，市财政局配合。）
                1.建设某某研究院。支持某某大学组建研究院。
                2.打造大学科技园。首期建成孵化用房5万平方米。（由某某高新区管委会牵头，市教育局配合）
                行动2　深化产教融合
                （本行动所列各项：牵头单位为市教育局，配合单位为市人社局。）
                1.建设产业学院。推动职业学院举办产业学院。
                2.建设实训基地。年培训能力1万人次。
                行动3　集聚创新人才
                1.实施产业教授计划。每年选聘产业教授50名。
                2.推行科技副总制度。每年选派科研人员80名。（牵头单位：市科技局；配合单位：市委组织部）
                （以上行动3各项，除另有注明的外，由市委人才办牵头，市人社局配合。）
                行动4　推动区域协同
                1.建设科创飞地。推动高新区共建科创飞地。（牵头单位：某某高新区管委会）
                2.开展县域科技服务。组织专家常驻各县。（牵头单位：市科技局；配合单位：市农业农村局）
                三、保障措施
                （一）加强统筹协调。建立联席会议制度。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设某某研究院", "打造大学科技园",
                "建设产业学院", "建设实训基地", "实施产业教授计划", "推行科技副总制度", "建设科创飞地", "开展县域科技服务");
        assertThat(s.sections()).extracting(SectionBlock::title).contains("共建创新平台", "推动区域协同");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("某某高新区管委会:lead", "教育局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("教育局:lead", "人社局:co");
        assertThat(Docs.roles(s, 5)).containsExactly("市委人才办:lead", "人社局:co");
        assertThat(Docs.roles(s, 6)).containsExactly("科技局:lead", "市委组织部:co");
    }

    @Test
    void eachPartNumbersItsNotedItemsInItsOwnFamily() {
        DocumentStructure s = Docs.parse("""
                某某市2026年产学研协同创新工作要点
                一、主要目标
                全年实现技术合同成交额70亿元。
                二、搭建协同创新平台
                （一）建设某某实验室。依托某某大学组建实验室。（牵头单位：市科技局；责任单位：市发展改革委）
                （二）共建新型研发机构。支持高校与企业联合组建研究院。（某某高新区管委会牵头，市科技局配合）
                三、推进校企联合攻关
                1.实施“揭榜挂帅”项目
                ①年内发布技术需求榜单不少于30项；
                ②对揭榜项目给予资助。
                责任单位：市科技局（牵头）、市财政局
                2.建设校企联合实验室
                ①支持企业与高校共建联合实验室；
                ②对新认定的实验室给予补助。
                责任单位：市科技局（牵头）、市国资委
                四、促进成果转化
                任务一：健全技术转移体系。支持技术交易市场共建技术转移中心。（市科技局牵头，市商务局配合）
                任务二：深化产教融合。推动职业学院举办产业学院。（市教育局牵头，市人社局配合）
                五、强化工作保障
                （一）加强统筹推进。每季度调度一次任务进展。
                （二）加大资金支持。市级财政科技投入增长10%以上。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设某某实验室", "共建新型研发机构",
                "实施“揭榜挂帅”项目", "建设校企联合实验室", "健全技术转移体系", "深化产教融合");
        assertThat(Docs.roles(s, 3)).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("科技局:lead", "国资委:co");
        assertThat(Docs.roles(s, 6)).containsExactly("教育局:lead", "人社局:co");
    }

    @Test
    void circledItemsRestartingUnderHeadingsWithNoNoteLinesAreTheTasksATableNames() {
        DocumentStructure s = Docs.parse("""
                某某市深化产教融合实施方案
                一、总体要求
                到2028年，全市建成市级以上产教联合体8个。
                二、重点任务
                （一）做强产教融合载体
                ①建设市域产教联合体。由某某职业技术学院牵头组建联合体。
                ②建设现代产业学院。支持某某大学建设产业学院。
                （二）深化校企协同创新
                ①共建校企联合实验室。支持企业与高校共建联合实验室。
                ②组建产业技术创新联盟。由龙头企业牵头组建联盟。
                三、保障措施
                （一）加强组织领导。建立联席会议制度。
                附件
                重点任务分工表
                序号	重点任务	牵头单位	配合单位
                1	建设市域产教联合体	市教育局	市人社局
                2	建设现代产业学院	市教育局	市工信局
                3	共建校企联合实验室	市科技局	市教育局
                4	组建产业技术创新联盟	市工信局	市科技局
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设市域产教联合体", "建设现代产业学院",
                "共建校企联合实验室", "组建产业技术创新联盟");
    }

    @Test
    void bareLabelledLinesOverNotedBracketedItemsHeadGroupsOfThem() {
        DocumentStructure s = Docs.parse("""
                某某市科技创新三年行动方案
                一、总体要求
                坚持创新驱动发展。
                二、专项行动
                专项行动一：平台提升行动
                （一）建设某某实验室。推动实验室组建。（牵头单位：市科技局；配合单位：市财政局）
                （二）提升企业技术中心。新认定企业技术中心10家。（牵头单位：市工信局）
                专项行动二：协同攻关行动
                （三）实施技术攻关。每年组织重大专项5项。（市科技局牵头，市发改委配合）
                （四）共建研究中心。支持高校与企业共建研究中心。（市科技局牵头，市教育局配合）
                三、保障措施
                （一）加强组织领导。统筹推进各项行动。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设某某实验室", "提升企业技术中心", "实施技术攻关", "共建研究中心");
        assertThat(Docs.roles(s, 3)).containsExactly("科技局:lead", "发改委:co");
        assertThat(s.warnings()).noneMatch(w -> w.startsWith("task numbers skip"));
    }

    @Test
    void labelledLinesOverNumberedStepsSharingOneNoteStayTheTasks() {
        DocumentStructure s = Docs.parse("""
                某某市科技创新三年行动方案
                一、重点任务
                任务一：建设某某实验室
                1.完成实验室组建。
                2.引进科研团队。
                （牵头单位：市科技局；配合单位：市财政局）
                任务二：建设中试基地。建成中试线。（牵头单位：市工信局）
                任务三：培育高新技术企业。新增高企100家。（牵头单位：市科技局）
                任务四：引进科技人才。引进人才50名。（牵头单位：市人社局）
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设某某实验室", "建设中试基地", "培育高新技术企业", "引进科技人才");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "财政局:co");
    }
}

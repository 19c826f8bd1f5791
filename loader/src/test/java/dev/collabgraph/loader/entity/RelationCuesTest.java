package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** How the relation rules read the genre's ways of saying that organisations work or build together. */
class RelationCuesTest {
    private static Extraction read(String text) {
        return GenreRulesTest.read(text);
    }

    @Test
    void aCompanyJoiningAUniversityWorksWithItWhateverTheVerb() {
        Extraction e = read("支持青禾电子科技有限公司联合某某大学开展关键核心技术攻关。");
        assertThat(e.relations()).contains("PARTNERS_WITH 青禾电子科技有限公司 -> 某某大学");
    }

    @Test
    void aSchoolWorkingThroughAPlatformNamedAfterYiTuoReliesOnIt() {
        Extraction e = read("支持某某理工大学依托先进储能材料全国重点实验室开展重组后首轮评估。");
        assertThat(e.relations()).contains("RELIES_ON 某某理工大学 -> 先进储能材料全国重点实验室");
    }

    @Test
    void schoolsAClauseWithoutSubjectBuildsAPlatformInHostIt() {
        Extraction e = read("9.设立概念验证中心。在某某大学、某某理工学院布局建设某某市概念验证中心，每年支持验证项目30个。");
        assertThat(e.relations()).contains("HOSTS 某某大学 -> 某某市概念验证中心", "HOSTS 某某理工学院 -> 某某市概念验证中心");
        // a company building in a school's place is left to the rules of its own clause
        assertThat(read("支持青禾电子科技有限公司在某某大学建设联合研发中心。").relations())
                .noneMatch(r -> r.startsWith("HOSTS 某某大学"));
    }

    @Test
    void thoseAPlaceOrASentenceWithoutSubjectBuildsWithHostWhatIsBuilt() {
        Extraction e = read("某某区与某某大学共建某某科创园，引进团队。（二）建设产业研究院。与某某理工大学共建某某产业技术研究院。");
        assertThat(e.relations(RelType.HOSTS)).anyMatch(r -> r.contains("某某大学") && r.contains("某某科创园"))
                .anyMatch(r -> r.contains("某某理工大学") && r.contains("某某产业技术研究院"));
    }

    @Test
    void aKindWordAfterYiTuoStandsForTheBodyOfThatKindJustNamed() {
        Extraction e = read("支持某某职业技术学院与青禾机器人有限公司共建某某机器人产业学院，依托产业学院建设某某智能制造实训基地。");
        assertThat(e.relations()).contains("RELIES_ON 某某智能制造实训基地 -> 某某机器人产业学院");
    }

    @Test
    void aClauseRelyingOnWhatTheSubjectSetUpGoesOnWithTheSubject() {
        Extraction e = read("支持某某高新区在上海设立某某人工智能科创飞地，依托飞地与上海交通大学共建人工智能联合研发中心。");
        assertThat(e.relations()).contains("HOSTS 上海交通大学 -> 人工智能联合研发中心",
                "PARTNERS_WITH 某某高新区 -> 上海交通大学");
    }

    @Test
    void aTrainingBaseNamedByItsTradeAndBuiltIsOnePlatformButOneForInternsOrSharingIsAKind() {
        assertThat(read("支持某某职业学院与青禾重工集团有限公司共建船舶智能焊接实训基地。").names(Label.Platform))
                .containsExactly("船舶智能焊接实训基地");
        assertThat(read("支持某某职业学院与青禾重工集团有限公司共建实习实训基地、共享实训基地。").names(Label.Platform)).isEmpty();
    }

    @Test
    void aBrandBeforeABracketedPlaceInAPlatformsNameHostsItWithoutThePlace() {
        Extraction e = read("支持华为与某某高新区共建华为（某某）人工智能创新中心。");
        assertThat(e.names(Label.Enterprise)).containsExactly("华为");
        assertThat(e.relations()).contains("HOSTS 华为 -> 华为（某某）人工智能创新中心");
    }

    @Test
    void whatTheBuildersAimAtStandsBetweenThemAndWhatTheyBuild() {
        Extraction e = read("支持某某中医药大学面向中药材产业在我县建设某某中药材科技小院，开展良种选育。");
        assertThat(e.relations()).contains("HOSTS 某某中医药大学 -> 某某中药材科技小院");
    }

    @Test
    void joiningWithoutANamedSubjectNeedsAVerbOfCooperation() {
        Extraction e = read("推动产业链上下游联合某某大学，提升配套能力。");
        assertThat(e.relations()).noneMatch(r -> r.startsWith("PARTNERS_WITH") && r.endsWith("某某大学"));
    }

    @Test
    void subjectsSummedUpByTheirKindStillJoin() {
        Extraction e = read("支持青禾电子科技有限公司、长河机械股份有限公司等龙头企业联合某某大学组建创新联合体。");
        assertThat(e.relations()).contains("PARTNERS_WITH 青禾电子科技有限公司 -> 某某大学",
                "PARTNERS_WITH 长河机械股份有限公司 -> 某某大学");
    }

    @Test
    void twoBuildersOpeningAClauseBothHostWhatTheyBuild() {
        Extraction e = read("2.某某农业大学与丰禾种业集团有限公司共建现代种业联合实验室，选育新品种3个以上。");
        assertThat(e.relations()).contains("HOSTS 某某农业大学 -> 现代种业联合实验室",
                "HOSTS 丰禾种业集团有限公司 -> 现代种业联合实验室",
                "PARTNERS_WITH 某某农业大学 -> 丰禾种业集团有限公司");
    }

    @Test
    void aSchoolAndACompanyListedAsAClausesSubjectBuildTogether() {
        Extraction e = read("2.某某农业大学和丰禾种业集团有限公司共同建设现代种业联合实验室。3.某某理工大学、长河泵业有限公司共建流体工程技术中心。");
        assertThat(e.relations()).contains("HOSTS 某某农业大学 -> 现代种业联合实验室",
                "HOSTS 丰禾种业集团有限公司 -> 现代种业联合实验室", "PARTNERS_WITH 某某农业大学 -> 丰禾种业集团有限公司",
                "HOSTS 某某理工大学 -> 流体工程技术中心", "PARTNERS_WITH 某某理工大学 -> 长河泵业有限公司");
        // each building its own is no joint building
        assertThat(read("4.某某工程学院、长河机械股份有限公司分别建设智能焊接实验室和精密铸造研究院。").relations())
                .noneMatch(r -> r.startsWith("PARTNERS_WITH 某某工程学院 -> 长河机械股份有限公司"));
    }

    @Test
    void aPairThatSignsAnAgreementBuildsWhatTheNextClauseCoBuilds() {
        Extraction e = read("某某工程学院与长河钢铁集团有限公司签订战略合作协议，共建绿色冶金产业学院。"
                + "某某大学与青禾电子科技有限公司签署合作框架协议，共建智能传感研究院。");
        assertThat(e.relations()).contains("PARTNERS_WITH 长河钢铁集团有限公司 -> 绿色冶金产业学院",
                "HOSTS 某某大学 -> 智能传感研究院", "HOSTS 青禾电子科技有限公司 -> 智能传感研究院");
    }

    @Test
    void aSchoolRelyingOnACompanyForItsWorkWorksWithIt() {
        Extraction e = read("推动某某大学依托长河钢铁集团有限公司开展联合攻关。");
        assertThat(e.relations()).contains("PARTNERS_WITH 某某大学 -> 长河钢铁集团有限公司");
    }

    @Test
    void aPartnerJoinedToBuildTwoPlatformsHostsBoth() {
        Extraction e = read("依托青禾茶叶产业园，联合某某农业大学共建青禾茶叶科技小院和青禾茶产业研究院，开展良种选育。");
        assertThat(e.relations()).contains("HOSTS 某某农业大学 -> 青禾茶叶科技小院", "HOSTS 某某农业大学 -> 青禾茶产业研究院");
    }

    @Test
    void buildersBroughtIntoAPlatformNamedByItsKindBuildThePlatformTheSentenceNamed() {
        Extraction e = read("加快青禾实验室一期工程建设，聚焦先进材料开展前沿研究，支持浙江大学、青禾大学参与实验室建设。");
        assertThat(e.relations()).contains("HOSTS 浙江大学 -> 青禾实验室", "HOSTS 青禾大学 -> 青禾实验室");
        // a sentence naming no laboratory leaves them without one
        assertThat(read("支持浙江大学参与实验室建设。").relations()).noneMatch(r -> r.startsWith("HOSTS 浙江大学"));
    }

    @Test
    void aClauseGoingOnWithTheSentencesSubjectBuildsWithThePartnerItNames() {
        Extraction e = read("青禾大学作为集成电路产业链支撑高校，围绕集成电路设置微电子专业群，并与青芯半导体股份有限公司共建青禾集成电路研究院。");
        assertThat(e.relations()).contains("HOSTS 青禾大学 -> 青禾集成电路研究院",
                "HOSTS 青芯半导体股份有限公司 -> 青禾集成电路研究院", "PARTNERS_WITH 青禾大学 -> 青芯半导体股份有限公司");
    }

    @Test
    void aSecondCoBuildingClauseGoesOnWithTheFirstsSubjectNotWithWhatItBuilt() {
        Extraction e = read("支持青禾职业技术大学与青禾糖业集团股份有限公司共建青禾现代糖业产业学院，"
                + "与青禾智造装备有限公司共建青禾智能制造研究院。");
        assertThat(e.relations()).contains("HOSTS 青禾职业技术大学 -> 青禾智能制造研究院")
                .doesNotContain("HOSTS 青禾现代糖业产业学院 -> 青禾智能制造研究院");
    }

    @Test
    void aBareBuildClauseAfterAJointlyRunSchoolHasTheSameBuilders() {
        Extraction e = read("推动青禾工程职业技术学院与青禾港务集团有限公司合作举办青禾智慧港口产业学院，"
                + "共建某某港航公共实训基地，年内首批招生150人。");
        assertThat(e.relations()).contains("HOSTS 青禾工程职业技术学院 -> 某某港航公共实训基地",
                "HOSTS 青禾港务集团有限公司 -> 某某港航公共实训基地")
                .doesNotContain("HOSTS 青禾智慧港口产业学院 -> 某某港航公共实训基地");
    }

    @Test
    void aClauseGoingOnWithTheSentencesSubjectWorksInTheParkItBuildsInButAReliedOnSchoolDoesNot() {
        Extraction e = read("鼓励青禾海洋学院聚焦海洋生物开展研究，在青东海洋生物产业园设立成果转化基地。");
        assertThat(e.relations()).contains("PARTNERS_WITH 青禾海洋学院 -> 青东海洋生物产业园");
        assertThat(read("依托青禾大学电子信息学院，在青山科技城建设青禾大学青山创新研究院。").relations())
                .noneMatch(r -> r.startsWith("PARTNERS_WITH 青禾大学电子信息学院 -> 青山科技城"));
        // a park named with its short form after it is still where the builder works
        assertThat(read("支持北岳科技大学在青禾经济技术开发区（以下简称青禾经开区）设立北岳科技大学汽车研究中心青禾分中心。")
                .relations()).contains("PARTNERS_WITH 北岳科技大学 -> 青禾经济技术开发区");
    }

    @Test
    void schoolsTakenIntoAPlatformTakePartInIt() {
        Extraction e = read("支持青禾电气集团有限公司牵头组建青禾智能电网装备产业链创新联合体，吸纳青禾大学、青禾职业技术学院参与。");
        assertThat(e.relations()).contains("HOSTS 青禾大学 -> 青禾智能电网装备产业链创新联合体",
                "HOSTS 青禾职业技术学院 -> 青禾智能电网装备产业链创新联合体");
    }

    @Test
    void buildersJoinedByTheirLeadStillBuildWhenGenericPartnersFollowThem() {
        Extraction e = read("由青禾电子股份有限公司牵头，联合青禾大学、青禾信息职业技术学院和区内企业组建青禾市人工智能产业联盟。");
        assertThat(e.relations()).contains("HOSTS 青禾大学 -> 青禾市人工智能产业联盟",
                "HOSTS 青禾信息职业技术学院 -> 青禾市人工智能产业联盟");
    }

    @Test
    void aParkDevelopingInStepWithSchoolsWorksWithThem() {
        Extraction e = read("推动青禾科技城与青禾大学、青禾理工学院一体规划、联动发展。");
        assertThat(e.relations()).contains("PARTNERS_WITH 青禾科技城 -> 青禾大学", "PARTNERS_WITH 青禾科技城 -> 青禾理工学院");
    }

    @Test
    void twoPartnersOfTheClauseBeforeBothBuildInThePark() {
        Extraction e = read("支持华东理工大学与青禾化工有限公司合作，在青禾化工产业园建设青禾绿色化工中试基地。");
        assertThat(e.relations()).contains("PARTNERS_WITH 华东理工大学 -> 青禾化工产业园", "HOSTS 华东理工大学 -> 青禾绿色化工中试基地");
    }

    @Test
    void buildersNamedAfterTheLeadsRoleAndACommaBuildWithIt() {
        Extraction e = read("由青禾汽车集团有限公司牵头，皖中工业大学、淮海理工大学参与组建青禾新能源汽车产业创新联合体。");
        assertThat(e.relations()).contains("HOSTS 皖中工业大学 -> 青禾新能源汽车产业创新联合体",
                "HOSTS 淮海理工大学 -> 青禾新能源汽车产业创新联合体");
    }

    @Test
    void aSchoolOpeningAClassWithACompanyWorksWithItAndAStakeEndsANamesLeftSide() {
        assertThat(read("支持青禾技师学院与青禾华锂新材料有限公司开设电池材料订单班。").relations())
                .contains("PARTNERS_WITH 青禾技师学院 -> 青禾华锂新材料有限公司");
        Extraction e = read("支持中国科学院青禾先进材料研究所以固态电解质专利技术入股青禾固锂科技有限公司。");
        assertThat(e.names(Label.University)).contains("中国科学院青禾先进材料研究所");
        assertThat(e.names(Label.Enterprise)).containsExactly("青禾固锂科技有限公司");
    }

    @Test
    void aLoneSubjectOpeningAClauseIsNotMadeAHost() {
        Extraction e = read("某某大学建设未来技术研究院。");
        assertThat(e.relations()).noneMatch(r -> r.startsWith("HOSTS 某某大学 -> 未来技术研究院"));
    }

    @Test
    void aBaseNamedAfterItsShortNameJoinsPartnersToBuild() {
        Extraction e = read("依托某某大学（以下简称某大），联合华中科技大学、青禾电子科技有限公司共同建设某某新能源实验室，聚焦储能开展攻关。");
        assertThat(e.relations()).contains("RELIES_ON 某某新能源实验室 -> 某某大学",
                "HOSTS 华中科技大学 -> 某某新能源实验室", "HOSTS 青禾电子科技有限公司 -> 某某新能源实验室",
                "PARTNERS_WITH 某某大学 -> 青禾电子科技有限公司");
    }

    @Test
    void aPlatformBuiltOnAUniversitysSchoolReliesOnIt() {
        Extraction e = read("某某大学溪宁研究院依托某某大学光电工程学院建设，重点面向光电信息开展技术攻关。");
        assertThat(e.relations()).contains("RELIES_ON 某某大学溪宁研究院 -> 某某大学光电工程学院");
    }

    @Test
    void aCooperationVerbAfterWithMakesPartners() {
        Extraction e = read("支持某某职业技术学院与青禾电子科技有限公司开展订单式人才培养。");
        assertThat(e.relations()).contains("PARTNERS_WITH 某某职业技术学院 -> 青禾电子科技有限公司");
    }

    @Test
    void twoBuildersOpeningATableCellBothHostWhatTheyBuild() {
        Extraction e = read("序号\t项目名称\t建设内容\t牵头单位\n"
                + "3\t中试基地建设\t某某竹业集团有限公司与某某林业大学共建竹木新材料中试基地，完成中试线建设。\t县科技局\n");
        assertThat(e.relations()).contains("HOSTS 某某林业大学 -> 竹木新材料中试基地",
                "HOSTS 某某竹业集团有限公司 -> 竹木新材料中试基地");
    }

    @Test
    void aProjectTablesUniversityAndCompanyColumnsPairEachRowsPartners() {
        Extraction e = read("""
                附件
                重点项目推进表
                序号\t项目名称\t合作高校\t合作企业（单位）\t牵头单位
                1\t智能装备联合实验室建设\t某某大学\t青禾电子科技有限公司\t市科技局
                2\t概念验证中心建设\t某某医学院\t—\t市科技局
                """);
        assertThat(e.relations()).contains("PARTNERS_WITH 某某大学 -> 青禾电子科技有限公司");
        assertThat(e.relations()).noneMatch(r -> r.startsWith("PARTNERS_WITH 某某医学院"));
    }

    @Test
    void aFocusListClosedByItsCountGivesTheIndustriesWithoutTheCountOrTheVerbBefore() {
        Extraction e = read("2026年，全市工作以服务新能源电池、生物医药、高端装备三大产业集群为重点，推动高校与企业深度融合。");
        assertThat(e.names(dev.collabgraph.model.Label.Industry)).contains("新能源电池", "生物医药", "高端装备")
                .doesNotContain("服务新能源电池", "高端装备三大产业集群");
    }

    @Test
    void aCountedListAfterItsFramesYiStartsAfterItAndSendingPeopleIsNoPartOfASchoolsName() {
        Extraction e = read("全县科技工作以竹木加工、高山茶、绿色食品三大特色产业为重点。选派某某农林职业技术学院等高校专家组建服务团队。");
        assertThat(e.names(dev.collabgraph.model.Label.Industry)).contains("竹木加工", "高山茶", "绿色食品")
                .doesNotContain("科技工作以竹木加工");
        assertThat(e.names(dev.collabgraph.model.Label.University)).contains("某某农林职业技术学院")
                .doesNotContain("选派某某农林职业技术学院");
    }

    @Test
    void aProjectTableOnItsSidePairsEachColumnsSchoolsWithItsCompanies() {
        Extraction e = read("""
                项目编号\t项目一\t项目二
                合作高校\t某某大学\t某某理工学院
                合作企业\t青禾电子科技有限公司\t长河机械股份有限公司
                项目编号\t项目三
                合作高校\t某某医学院
                合作企业\t丰禾药业股份有限公司
                """);
        assertThat(e.relations()).contains("PARTNERS_WITH 某某大学 -> 青禾电子科技有限公司",
                "PARTNERS_WITH 某某理工学院 -> 长河机械股份有限公司", "PARTNERS_WITH 某某医学院 -> 丰禾药业股份有限公司");
        // a column's school works with its own column's company, not with another's, nor with another part's
        assertThat(e.relations()).doesNotContain("PARTNERS_WITH 某某大学 -> 长河机械股份有限公司",
                "PARTNERS_WITH 某某医学院 -> 长河机械股份有限公司");
    }

    @Test
    void aCountBeforeAPlatformsSuffixCountsBodiesOfAKindAndNamesNone() {
        Extraction e = read("新建机器人、焊接工艺两个研发中心。我市现有青川大学等高校9所，推动高校创新资源与青川高新区精准对接。");
        assertThat(e.names(dev.collabgraph.model.Label.Platform)).noneMatch(n -> n.contains("两个"));
        // 现有 and a resource phrase before 与 end the text before a name
        assertThat(e.names(dev.collabgraph.model.Label.University)).contains("青川大学").noneMatch(n -> n.contains("现有"));
        assertThat(e.names(dev.collabgraph.model.Label.Park)).contains("青川高新区").noneMatch(n -> n.contains("资源"));
    }

    @Test
    void aBodyNamedAfterAnotherThatWorksWithItIsANameOfItsOwn() {
        Extraction e = read("二、保障措施\n县科技局要会同县政府督查室定期调度，市工信局要会同有关部门抓好产业创新任务落实。");
        assertThat(e.names(dev.collabgraph.model.Label.Unit)).contains("县政府督查室").noneMatch(n -> n.contains("会同"));
        assertThat(e.names(dev.collabgraph.model.Label.Industry)).noneMatch(n -> n.contains("抓好"));
    }

    @Test
    void aCatalogueIndustryBeforeTheCompaniesOfItIsAnIndustry() {
        Extraction e = read("鼓励高端装备、集成电路企业与高校联合申报项目，支持新材料研究院建设。");
        assertThat(e.names(dev.collabgraph.model.Label.Industry)).contains("高端装备", "集成电路")
                .doesNotContain("新材料");
    }

    @Test
    void slogansLevelsListsAndTimeWordsBeforeALevelAreNoPlaces() {
        Extraction e = read("实施科教兴省、科创强县战略。选认省、市、县三级科技特派员。会后市人大常委会办公厅将跟踪督办。"
                + "赴粤港澳大湾区举办引才活动。");
        assertThat(e.names(dev.collabgraph.model.Label.Region)).contains("粤港澳大湾区")
                .noneMatch(n -> n.contains("兴") || n.contains("强县") || n.contains("选认") || n.contains("会后")
                        || n.startsWith("赴"));
    }

    /** 依托X在某地建设P: the place it is built in stands between the base and the build verb; P still relies on X. */
    @Test
    void aPlatformBuiltOnABaseInAPlaceReliesOnTheBase() {
        Extraction e = read("依托某某理工大学在滨海科技城建设新材料中试基地，为企业提供中试服务。");
        assertThat(e.relations()).contains("RELIES_ON 新材料中试基地 -> 某某理工大学");
    }

    /** A short name's definition between a company and 联合 leaves the company the partner of who it joins. */
    @Test
    void aCompanysShortNameBeforeJoiningLeavesItThePartner() {
        Extraction e = read("重点支持某某生物医药有限公司（以下简称某某生物）联合某某大学药学院开展创新药研发。");
        assertThat(e.relations()).contains("PARTNERS_WITH 某某生物医药有限公司 -> 某某大学药学院");
    }

    /** 依托X，联合Y等企业 with no platform built in the sentence: the base and the partners it joins work together. */
    @Test
    void aBaseAndThePartnersItJoinsWorkTogetherWithoutABuiltPlatform() {
        Extraction e = read("依托某某大学材料学院，联合某某新能源科技有限公司等企业，3月底前完成实验室理事会组建。");
        assertThat(e.relations()).contains("PARTNERS_WITH 某某大学材料学院 -> 某某新能源科技有限公司");
    }

    /** A project list naming its pair with a dash (某某学院—某某有限公司): the school and the company work together. */
    @Test
    void aSchoolAndACompanyJoinedByADashArePartners() {
        Extraction e = read("3.锂电池电解液添加剂绿色合成工艺：某某科技学院—某某澜峰化学有限公司。");
        assertThat(e.relations()).contains("PARTNERS_WITH 某某科技学院 -> 某某澜峰化学有限公司");
    }

    /** P，由A与B共同运营: the platform before the clause is what its builders run. */
    @Test
    void aPlatformRunByTheBuildersOfTheClauseAfterItIsHostedByThem() {
        Extraction e = read("在某某化工新材料产业园建设某某新材料中试基地，由某某理工学院与某某晶材科技股份有限公司共同运营。");
        assertThat(e.relations()).contains("HOSTS 某某理工学院 -> 某某新材料中试基地",
                "HOSTS 某某晶材科技股份有限公司 -> 某某新材料中试基地");
    }

    @Test
    void aCompanyBuildingAnIndustryCollegeWithASchoolPartnersWithTheCollege() {
        Extraction e = read("10、支持某某职业技术学院与青禾电子科技有限公司共建智能传感产业学院，推行订单式培养。"
                + "支持某某大学与长河机械股份有限公司共建研发中心，培养某某大学机械工程学院学生。");
        assertThat(e.relations()).contains("PARTNERS_WITH 青禾电子科技有限公司 -> 智能传感产业学院",
                "PARTNERS_WITH 某某职业技术学院 -> 青禾电子科技有限公司");
        // a school named later in the clause is not what the builders build
        assertThat(e.relations()).noneMatch(r -> r.contains("长河机械股份有限公司") && r.contains("机械工程学院"));
    }

    @Test
    void aClauseOpenedByLianHeHasTheIssuerForSubjectAndTheJoinedBuild() {
        Extraction e = read("13、联合某某理工大学在上海设立某某离岸创新中心，探索异地研发模式。");
        assertThat(e.relations()).contains("HOSTS 某某理工大学 -> 某某离岸创新中心");
    }

    @Test
    void aRosterOfBodiesMakesEachRowsBuildersHostItAndWorkTogether() {
        Extraction e = read("附件\n拟备案名单\n序号\t机构名称\t牵头建设单位\t合作共建单位\t所在地\n"
                + "1\t青禾先进电池研究院\t某某理工大学\t青禾储能科技有限公司\t某某市\n"
                + "2\t长河智能装备研究院\t长河机械股份有限公司\t某某大学机械工程学院\t某某市\n\n以上名单现予公示。\n");
        assertThat(e.relations(RelType.HOSTS)).contains("某某理工大学 -> 青禾先进电池研究院",
                "某某大学机械工程学院 -> 长河智能装备研究院");
        assertThat(e.relations()).anyMatch(r -> r.startsWith("PARTNERS_WITH") && r.contains("某某理工大学")
                && r.contains("青禾储能科技有限公司"));
        assertThat(e.relations()).noneMatch(r -> r.contains("某某理工大学") && r.contains("长河"));
    }

    @Test
    void aSchoolSendingItsPeopleToThePlatformsBuiltBeforeSupportsThemButNotThoseOfTheNextSentence() {
        Extraction e = read("在青石镇建设青石菌菇科技小院，由某某农业大学派驻研究生开展技术服务。建设柳塘稻米科技小院。");
        assertThat(e.relations(RelType.SUPPORTS)).contains("某某农业大学 -> 青石菌菇科技小院")
                .doesNotContain("某某农业大学 -> 柳塘稻米科技小院");
    }

    @Test
    void aPlatformNamedRightBeforeYiTuoReliesOnWhatFollowsButAPlaceOfWorkDoesNot() {
        Extraction e = read("发挥甲湖实验室依托某某大学的学科优势，开展有组织科研。在乙山高新区依托某某理工大学建设海洋装备研究院。");
        assertThat(e.relations(RelType.RELIES_ON)).contains("甲湖实验室 -> 某某大学")
                .doesNotContain("乙山高新区 -> 某某理工大学");
    }

    @Test
    void aKindOfFarmingASchoolTurnsToIsAnIndustry() {
        Extraction e = read("支持某某农林大学面向现代农业建设技术转移分中心。");
        assertThat(e.names(Label.Industry)).contains("现代农业");
        assertThat(e.relations(RelType.FOCUSES_ON)).contains("某某农林大学 -> 现代农业");
    }

    @Test
    void aMaterialNamedAloneAfterFocusIsAnIndustryHoweverShort() {
        // three characters, closed at once by the work verb: 新材料 is what the institute works on
        Extraction e = read("推动某某理工大学与县政府共建某某理工大学甲溪研究院，聚焦新材料开展技术攻关。");
        assertThat(e.names(Label.Industry)).contains("新材料");
    }

    @Test
    void aSchoolAndPlaceInstituteNamedByItsKindIsNoPlatform() {
        // 校地 (school and locality) says what kind of institute, as 校企 does: the named one is the platform
        Extraction e = read("共建校地研究院。推动某某理工大学与县政府共建某某理工大学甲溪研究院。");
        assertThat(e.names(Label.Platform)).contains("某某理工大学甲溪研究院").doesNotContain("校地研究院");
    }

    @Test
    void whoBuildsInAParkNamedAfterACompanyWorksWithTheCompany() {
        Extraction e = read("支持某某农林大学在甲山茶业股份有限公司茶园基地共建甲山县茶叶科技小院，开展技术示范。");
        assertThat(e.relations(RelType.PARTNERS_WITH)).contains("某某农林大学 -> 甲山茶业股份有限公司");
    }

    @Test
    void aSchoolDeployingResearchInAParkWorksInIt() {
        Extraction e = read("推动某某航空大学依托某某航空大学甲州研究院在乙山科技城布局低空经济研发力量。");
        assertThat(e.relations(RelType.PARTNERS_WITH)).contains("某某航空大学 -> 乙山科技城");
    }

    @Test
    void aBuilderSupportedOnABaseWorksWithTheBase() {
        Extraction e = read("依托某某大学材料研究所，支持青禾新材料股份有限公司建设高性能涂层中试基地，面向企业开放共享。");
        assertThat(e.relations()).contains("RELIES_ON 高性能涂层中试基地 -> 某某大学材料研究所",
                "HOSTS 青禾新材料股份有限公司 -> 高性能涂层中试基地",
                "PARTNERS_WITH 某某大学材料研究所 -> 青禾新材料股份有限公司");
        // a park as the base is where the work is done, not a partner
        Extraction inPark = read("依托某某高新区，支持某某大学建设某某产业技术研究院，开展技术攻关。");
        assertThat(inPark.relations()).noneMatch(r -> r.startsWith("PARTNERS_WITH") && r.contains("某某高新区"));
    }

    @Test
    void schoolsBroughtInToSetUpInAParkWorkWithThePark() {
        Extraction e = read("引进某某理工学院、某某农业大学在某某科技城设立技术转移分中心，打造成果转化服务平台。");
        assertThat(e.relations()).contains("PARTNERS_WITH 某某理工学院 -> 某某科技城", "PARTNERS_WITH 某某农业大学 -> 某某科技城");
    }

    @Test
    void aPhaseBefore与IsNoPartOfTheCompanysName() {
        Extraction e = read("某某学院与某某县人民政府签约共建特色食品产业学院，首期与青禾茶业有限公司合作开设订单班。");
        assertThat(e.names(dev.collabgraph.model.Label.Enterprise)).contains("青禾茶业有限公司")
                .noneMatch(n -> n.contains("首期"));
    }

    @Test
    void aListsItemOpenedBy同IsANameNotAClause() {
        Extraction e = read("支持青禾汽车集团有限公司联合某某大学、同济大学开展关键技术攻关。");
        assertThat(e.names(dev.collabgraph.model.Label.University)).contains("某某大学", "同济大学");
    }

    @Test
    void theCompanyWordAsASubjectIsTheOneCompanyTheSentenceNamed() {
        Extraction e = read("推动青禾智能装备股份有限公司建设省级企业技术中心，支持企业与某某大学开展智能装备联合研发。"
                + "推动青禾电子有限公司、长河机械股份有限公司扩产，支持企业与同济大学开展攻关。");
        assertThat(e.relations()).contains("PARTNERS_WITH 青禾智能装备股份有限公司 -> 某某大学")
                // two companies named: the word is any of them, no one partner
                .noneMatch(r -> r.startsWith("PARTNERS_WITH") && r.contains("有限公司 -> 同济大学"));
    }

    @Test
    void thePartnerAClauseWorksWithBuildsWhatTheNextClauseOpensByBuilding() {
        Extraction e = read("支持县内企业与某某学院开展联合研发，建设食品精深加工工程技术研究中心。"
                + "支持企业与同济大学开展合作，推动成果转化，建设青禾检测中心。");
        assertThat(e.relations()).contains("HOSTS 某某学院 -> 食品精深加工工程技术研究中心")
                // the build clause must follow the working clause itself
                .doesNotContain("HOSTS 同济大学 -> 青禾检测中心");
    }

    @Test
    void aSchoolSettingUpProgrammesAroundIndustriesTheDocumentNamedFocusesOnThem() {
        Extraction e = read("云阳高新区重点发展新型显示、软件和信息技术服务产业，培育通用航空产业。"
                + "支持云阳工业职业技术学院围绕新型显示、通用航空设置专业群。"
                + "支持云阳师范学院聚焦软件和信息技术服务开展应用型人才培养。"
                + "支持云阳大学聚焦人才服务开展培训。");
        assertThat(e.relations()).contains("FOCUSES_ON 云阳工业职业技术学院 -> 新型显示",
                "FOCUSES_ON 云阳工业职业技术学院 -> 通用航空", "FOCUSES_ON 云阳师范学院 -> 软件和信息技术服务")
                // a field the document never named as an industry stays a field
                .noneMatch(r -> r.contains("人才服务"));
    }

    @Test
    void aCompanyCoBuildingAnIndustryCollegeAfterTheSchoolsOwnClauseIsTheCollegesPartner() {
        Extraction e = read("支持云阳职业技术学院围绕先进装备制造调整专业设置，与云阳重工集团有限公司共建云阳智能装备产业学院。");
        assertThat(e.relations()).contains("PARTNERS_WITH 云阳职业技术学院 -> 云阳重工集团有限公司",
                "PARTNERS_WITH 云阳重工集团有限公司 -> 云阳智能装备产业学院");
    }

    @Test
    void aCompanyCommissioningASchoolWorksWithIt() {
        Extraction e = read("支持青禾海藻生物科技有限公司委托某某海洋大学食品学院开展海藻多糖提取工艺研发。");
        assertThat(e.names(dev.collabgraph.model.Label.University)).contains("某某海洋大学食品学院")
                .noneMatch(n -> n.startsWith("委托"));
        assertThat(e.relations()).contains("PARTNERS_WITH 青禾海藻生物科技有限公司 -> 某某海洋大学食品学院");
    }

    @Test
    void buildersJoiningALeadAfterItsRoleAndAListMarkBuildWithIt() {
        Extraction e = read("由某某大学牵头、青禾重工集团有限公司参与组建青禾人形机器人创新中心，争取省级试点。");
        assertThat(e.relations()).contains("HOSTS 某某大学 -> 青禾人形机器人创新中心",
                "HOSTS 青禾重工集团有限公司 -> 青禾人形机器人创新中心");
    }

    @Test
    void aLayoutTableGivesEachRowsIndustryItsSupportingSchoolsButNotItsCompanyOrPark() {
        Extraction e = read("坚持一条产业链、一所支撑高校。\n"
                + "主导产业\t链主企业\t支撑高校院所\t承载园区\n"
                + "新材料\t青禾新材股份有限公司\t某某大学\t青禾新材料产业园\n"
                + "高端数控装备\t青禾数控机床股份有限公司\t某某理工大学\t青禾高新技术产业开发区\n"
                + "二、打造创新平台\n");
        assertThat(e.relations()).contains("FOCUSES_ON 某某大学 -> 新材料", "FOCUSES_ON 某某理工大学 -> 高端数控装备")
                .doesNotContain("FOCUSES_ON 某某大学 -> 高端数控装备")
                .noneMatch(r -> r.contains("某某大学 -> 青禾新材股份有限公司") || r.contains("青禾新材股份有限公司 -> 某某大学"));
    }

    @Test
    void aListOfCoBuiltPlatformsGivesEachItsSchoolAndCompanyAsBuilders() {
        Extraction e = read("附件\n某某市2026年度校地共建研发平台名单\n"
                + "序号\t平台名称\t依托高校院所\t合作企业\t落户园区\n"
                + "1\t青禾智慧港航联合实验室\t某某海事职业技术学院\t青禾港务集团有限公司\t青禾临港物流园\n"
                + "2\t某某大学概念验证中心\t某某大学\t—\t某某大学科技园\n");
        assertThat(e.relations()).contains("HOSTS 某某海事职业技术学院 -> 青禾智慧港航联合实验室",
                "HOSTS 青禾港务集团有限公司 -> 青禾智慧港航联合实验室", "HOSTS 某某大学 -> 某某大学概念验证中心")
                .doesNotContain("HOSTS 某某大学 -> 青禾智慧港航联合实验室");
    }

    @Test
    void aClauseOpenedByYuGoesOnWithTheSentencesOneSchoolAndATradeBeforeItsProgrammesIsItsFocus() {
        Extraction e = read("支持某某职业技术学院围绕低空经济开设无人机应用技术专业，与青禾无人机科技有限公司共建青禾无人机实训基地。"
                + "支持某某大学建设青禾智能制造研究院，与青禾重工集团有限公司共建青禾焊接实验室。");
        assertThat(e.relations()).contains("FOCUSES_ON 某某职业技术学院 -> 低空经济",
                "HOSTS 某某职业技术学院 -> 青禾无人机实训基地", "HOSTS 青禾无人机科技有限公司 -> 青禾无人机实训基地")
                // two actors before the clause: whose it is, the sentence does not say
                .doesNotContain("HOSTS 某某大学 -> 青禾焊接实验室");
    }

    @Test
    void aBodyBuiltRelyingOnQiReliesOnTheSentencesOneSchool() {
        Extraction e = read("支持某某农业职业学院围绕现代农业开设智慧农业专业，并依托其建设青禾智慧农业研究院。"
                + "支持某某大学与青禾农业集团有限公司合作，依托其建设青禾种业研究院。");
        assertThat(e.relations()).contains("RELIES_ON 青禾智慧农业研究院 -> 某某农业职业学院")
                // two actors before 其: which one it stands for, the sentence does not say
                .noneMatch(r -> r.startsWith("RELIES_ON 青禾种业研究院"));
    }

    @Test
    void aGenericTailOfTwoKindsAfterTheJoinedBuildersStillLeadsToWhatTheyBuild() {
        Extraction e = read("由某某职业技术学院牵头，联合青禾汽车有限公司等30家上下游企业和6所职业院校组建青禾新能源汽车行业产教融合共同体。");
        assertThat(e.relations()).contains("HOSTS 某某职业技术学院 -> 青禾新能源汽车行业产教融合共同体",
                "HOSTS 青禾汽车有限公司 -> 青禾新能源汽车行业产教融合共同体");
    }

    @Test
    void aClauseRelyingOnASchoolRightAfterABodyWasBuiltGoesOnWithThatBody() {
        Extraction e = read("在青禾高新区布局建设青禾生物医药中试基地，依托某某医学院的药物研发团队提供工艺放大服务。"
                + "支持青禾集团有限公司发展，依托某某大学开展攻关。");
        assertThat(e.relations()).contains("RELIES_ON 青禾生物医药中试基地 -> 某某医学院")
                .noneMatch(r -> r.startsWith("RELIES_ON") && r.endsWith("某某大学"));
    }

    @Test
    void aSchoolFocusingOnAnIndustryTheDocumentNamedElsewhereFocusesOnItWhereNoRuleFoundTheName() {
        Extraction e = read("全市围绕新能源汽车、先进材料等主导产业推动产教融合。"
                + "支持某某理工大学材料学院聚焦先进材料，与青禾铝业集团有限公司共建青禾轻合金联合实验室。");
        assertThat(e.relations()).contains("FOCUSES_ON 某某理工大学材料学院 -> 先进材料")
                .doesNotContain("FOCUSES_ON 某某理工大学材料学院 -> 新能源汽车");
    }

    @Test
    void aTradeNamedInsideAParkOrPlatformNameBeforeChanYeIsWhatItGathersOrServes() {
        Extraction e = read("建议在青禾区规划建设人工智能产业集聚区，组建新能源汽车产业技术创新联盟。");
        assertThat(e.relations()).contains("CLUSTER_IN 人工智能 -> 人工智能产业集聚区",
                "FOCUSES_ON 新能源汽车产业技术创新联盟 -> 新能源汽车");
    }

    @Test
    void thoseNamedAfterYuBuildWhatTheClauseCoBuildsEvenWithNoSchoolOrCompanyBefore() {
        Extraction e = read("推动青禾县食品检验检测中心扩能升级，与某某食品职业学院合作共建青禾县食品检测实训基地，为企业提供服务。");
        assertThat(e.relations()).contains("HOSTS 某某食品职业学院 -> 青禾县食品检测实训基地");
    }

    @Test
    void aClauseCoBuildingWithNoBuilderOfItsOwnGoesOnWithThePartnersOfTheClauseBefore() {
        Extraction e = read("加强与某某大学、某某理工大学等高校对接，推动共建青禾新材料技术转移中心。"
                + "举办对接活动，推动共建青禾成果转化中心。");
        assertThat(e.relations()).contains("HOSTS 某某大学 -> 青禾新材料技术转移中心",
                "HOSTS 某某理工大学 -> 青禾新材料技术转移中心")
                .noneMatch(r -> r.startsWith("HOSTS") && r.endsWith("青禾成果转化中心"));
    }

    @Test
    void schoolsAnAgreementWasSignedWithFocusOnTheIndustriesTheNextClauseWorksOnJointly() {
        Extraction e = read("与某某农林大学、某某理工大学签订全面合作协议，围绕竹木加工、绿色食品产业共同实施产学研合作项目。"
                + "深化与某某师范大学合作，围绕新能源、电子信息产业，加快构建创新体系。");
        assertThat(e.relations()).contains("FOCUSES_ON 某某农林大学 -> 竹木加工", "FOCUSES_ON 某某理工大学 -> 绿色食品")
                // no joint act: the clause goes on with the document's issuer, not with the school
                .noneMatch(r -> r.startsWith("FOCUSES_ON 某某师范大学"));
    }

    @Test
    void aFocusAfterACoBuildIsThePlatformsNotThePartners() {
        Extraction e = read("与某某理工大学共建青禾产业技术研究院，聚焦竹木加工、绿色建材等领域共同开展技术研发。");
        assertThat(e.relations()).noneMatch(r -> r.startsWith("FOCUSES_ON 某某理工大学"));
    }

    @Test
    void aSchoolGoesOnToBuildInAParkAfterWhatItBuiltOrReliesOn() {
        Extraction e = read("支持某某大学建设某某大学科技园，并在青禾高新区设立某某大学科技园青禾分园。"
                + "支持某某理工大学依托某某理工大学国家大学科技园发展，在青禾经济开发区建设青禾智能制造研究院。");
        assertThat(e.relations()).contains("PARTNERS_WITH 某某大学 -> 青禾高新区", "PARTNERS_WITH 某某理工大学 -> 青禾经济开发区")
                .noneMatch(r -> r.startsWith("PARTNERS_WITH 某某大学科技园"));
    }

    @Test
    void buildersNamedAfterAClauseRelyingOnAParkWorkInThePark() {
        Extraction e = read("依托青禾竹木家居产业园，由某某学院与青禾竹业集团有限公司联合组建青禾竹木产业研究院。"
                + "以青禾海洋高新产业园为依托，由某某职业技术学院牵头，联合青禾海工集团有限公司组建青禾海工装备产教联合体。");
        assertThat(e.relations()).contains("PARTNERS_WITH 某某学院 -> 青禾竹木家居产业园",
                "PARTNERS_WITH 某某职业技术学院 -> 青禾海洋高新产业园", "RELIES_ON 青禾竹木产业研究院 -> 青禾竹木家居产业园");
    }

    @Test
    void aSchoolsOwnInstituteWorkingWithACompanyIsTheSchoolWorkingWithIt() {
        Extraction e = read("引进某某工业大学在青禾智能制造产业园设立某某工业大学青禾机器人研究院，与青禾云帆机器人有限公司合作开展核心零部件研发。");
        assertThat(e.relations()).contains("PARTNERS_WITH 某某工业大学青禾机器人研究院 -> 青禾云帆机器人有限公司",
                "PARTNERS_WITH 某某工业大学 -> 青禾云帆机器人有限公司");
    }

    @Test
    void companiesOrganisedToJoinSchoolsBuildWithThem() {
        Extraction e = read("组织青禾汽车（集团）有限公司等链主企业联合某某大学、某某理工大学组建青禾新能源汽车产业创新联合体。");
        assertThat(e.relations()).contains("HOSTS 某某大学 -> 青禾新能源汽车产业创新联合体",
                "HOSTS 某某理工大学 -> 青禾新能源汽车产业创新联合体");
    }

    @Test
    void aSchoolBuildingWithAGovernmentOrganBuildsAllTheSame() {
        Extraction e = read("支持某某农业大学与县农业农村局共建青禾县农产品加工技术研究院，围绕茶叶深加工开展技术研发。");
        assertThat(e.relations()).contains("HOSTS 某某农业大学 -> 青禾县农产品加工技术研究院");
    }

    @Test
    void schoolsSettingUpStationsInAPlatformWorkWithIt() {
        Extraction e = read("提升青禾市科技大市场运营水平，支持某某大学、某某理工大学在青禾市科技大市场设立技术转移工作站。");
        assertThat(e.relations()).contains("PARTNERS_WITH 某某大学 -> 青禾市科技大市场", "PARTNERS_WITH 某某理工大学 -> 青禾市科技大市场");
    }

    @Test
    void aSchoolAndACompanyRunningAnIndustryCollegeTogetherBothPairWithIt() {
        Extraction e = read("支持某某职业技术学院与青禾顺达物流股份有限公司合作举办智慧物流产业学院，推行现代学徒制。");
        assertThat(e.relations()).anyMatch(r -> r.contains("青禾顺达物流股份有限公司") && r.contains("智慧物流产业学院"));
    }

    @Test
    void aSchoolBroughtIntoRunningANamedPlatformHostsItAndSchoolsClosedByTheirKindBuildInAMarket() {
        Extraction e = GenreRulesTest.read("支持某某理工学院参与新材料中试基地运营。"
                + "推动某某大学、合肥工业大学等高校在某某科技大市场设立成果转化工作站。");
        assertThat(e.relations(RelType.HOSTS)).anyMatch(r -> r.contains("某某理工学院") && r.contains("新材料中试基地"));
        assertThat(e.relations(RelType.PARTNERS_WITH)).anyMatch(r -> r.contains("合肥工业大学") && r.contains("某某科技大市场"))
                .anyMatch(r -> r.contains("某某大学") && r.contains("某某科技大市场"));
    }

    @Test
    void partnersWorkingTogetherBuildWhatTheNextClauseBuildsOnABase() {
        Extraction e = GenreRulesTest.read("支持某某重工集团与中南大学合作，依托某某重工集团国家企业技术中心共建某某市轨道交通装备工程技术研究中心。");
        assertThat(e.relations(RelType.HOSTS)).anyMatch(r -> r.contains("中南大学") && r.contains("轨道交通装备工程技术研究中心"));
    }

    @Test
    void inASchoolsOwnPlanTheSchoolHostsWhatItBuildsWithACompany() {
        Extraction e = Extraction.of(dev.collabgraph.loader.text.Cleaner.clean(dev.collabgraph.loader.text.Decoder.decode("x.txt", """
                关于印发《某某大学服务某某市产业发展行动计划》的通知
                各学院、各部门：
                现将《某某大学服务某某市产业发展行动计划》印发给你们，请认真贯彻执行。
                一、重点任务
                【01】共建校企联合研发平台。与某某重工集团股份有限公司共建智能农机联合实验室，与某某电子科技有限公司共建功率器件联合研发中心。（责任单位：科学技术处）
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(e.relations(RelType.HOSTS)).anyMatch(r -> r.contains("某某大学") && r.contains("智能农机联合实验室"))
                .anyMatch(r -> r.contains("某某大学") && r.contains("功率器件联合研发中心"));
    }

    @Test
    void aSchoolIssuingItsPlanUnderItsRedHeadIsTheSubjectOfItsSentencesWithoutOne() {
        Extraction e = Extraction.of(dev.collabgraph.loader.text.Cleaner.clean(dev.collabgraph.loader.text.Decoder.decode("x.txt", """
                                某某理工大学
                     关于印发服务某某市产业发展工作方案的通知
                    某某理工大学服务某某市产业发展工作方案
                一、主要任务
                1.建设校企联合研发中心。与远帆动力科技股份有限公司共建氢燃料电池联合研发中心。
                牵头单位：科学技术研究院
                2.开展科技副总行动。选派博士教师100名担任企业科技副总，面向汽车零部件、节能环保企业提供技术咨询。
                牵头单位：校地合作处
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(e.relations()).contains("HOSTS 某某理工大学 -> 氢燃料电池联合研发中心",
                "FOCUSES_ON 某某理工大学 -> 汽车零部件", "FOCUSES_ON 某某理工大学 -> 节能环保");
    }

    @Test
    void theSchoolsASentenceOpensWithWorkOnWhatItsLaterClausesResearchFaceOrServe() {
        Extraction e = GenreRulesTest.read("支持某某理工学院与青禾新能源科技有限公司合作开设现场工程师班，面向锂电池、储能变流器企业定向培养工程师。"
                + "支持某某农业职业学院选派科技特派员，服务茶叶产业提质增效。"
                + "支持某某大学机械工程学院与青禾重型机械集团有限公司联合攻关大型盾构机主轴承。");
        assertThat(e.relations()).contains("FOCUSES_ON 某某理工学院 -> 锂电池", "FOCUSES_ON 某某理工学院 -> 储能变流器",
                "FOCUSES_ON 某某农业职业学院 -> 茶叶", "FOCUSES_ON 某某大学机械工程学院 -> 大型盾构机主轴承");
    }

    @Test
    void whatABodyTheSchoolsBuiltOrTheSchoolsOwnResourcesDoIsNotTheSchools() {
        // the clauses after a platform is built are the platform's; schools owning resources are no subject; nor are
        // schools relied on or joined to a lead
        Extraction e = GenreRulesTest.read("支持某某大学与青禾钢铁集团有限公司共建某某先进材料研究院，聚焦稀土功能材料开展关键技术攻关。"
                + "支持某某理工大学与某某区共建的某某理工大学智能装备研究院围绕工业软件开展共性技术研发。"
                + "推动某某医科大学等高校创新资源在园区转化落地，围绕生物医药产业开展合作。"
                + "依托某某师范大学，聚焦文化创意方向布局研究基地。"
                + "由青禾化工集团有限公司牵头，联合某某化工学院组建创新联合体，围绕煤基新材料开展攻关。");
        assertThat(e.relations(RelType.FOCUSES_ON)).noneMatch(r -> r.contains("某某大学 ->") && r.contains("稀土功能材料"))
                .noneMatch(r -> r.startsWith("FOCUSES_ON 某某理工大学 ->") && r.contains("工业软件"))
                .noneMatch(r -> r.contains("某某医科大学") && r.contains("生物医药"))
                .noneMatch(r -> r.contains("某某师范大学"))
                .noneMatch(r -> r.contains("某某化工学院") && r.contains("煤基新材料"));
    }

    @Test
    void aSentenceOpeningWithYiTuoUnderAHeadingThatBuildsAPlatformSaysWhatThePlatformReliesOn() {
        Extraction e = GenreRulesTest.read("前言。\n4.高标准建设某某实验室。依托某某大学、中国科学院某某材料研究所，聚焦先进结构材料方向布局研究基地。");
        assertThat(e.relations()).contains("RELIES_ON 某某实验室 -> 某某大学", "RELIES_ON 某某实验室 -> 中国科学院某某材料研究所");
        // a sentence of clauses before is no heading
        assertThat(GenreRulesTest.read("前言。\n按照统一部署，加快推进各类创新平台建设，高标准建设某某实验室。依托某某大学，开展基础研究。")
                .relations()).noneMatch(r -> r.startsWith("RELIES_ON 某某实验室"));
    }

    @Test
    void aQuarterAroundASchoolIsAParkTheSchoolHosts() {
        Extraction e = GenreRulesTest.read("支持某某大学孵化科技企业。以某某大学国家大学科技园为核心，建设环某某大学创新街区，新增孵化载体10万平方米。");
        assertThat(e.names(Label.Park)).contains("环某某大学创新街区");
        assertThat(e.names(Label.University)).doesNotContain("环某某大学");
        assertThat(e.relations()).contains("HOSTS 某某大学 -> 环某某大学创新街区");
    }

    @Test
    void theMembersABodyTakesInArePartnersOfTheBody() {
        Extraction e = GenreRulesTest.read("以某某经济技术开发区为依托，牵头组建某某市域智能制造产教联合体，吸纳某某职业技术学院、"
                + "某某技师学院和重点企业60家加入。");
        assertThat(e.relations()).contains("PARTNERS_WITH 某某职业技术学院 -> 某某市域智能制造产教联合体",
                "PARTNERS_WITH 某某技师学院 -> 某某市域智能制造产教联合体");
    }

    @Test
    void schoolsBuildingWithCompaniesNamedByTheirKindBuildWhatTheyBuild() {
        Extraction e = GenreRulesTest.read("组织某某大学、南闽理工大学与链上企业组建某某市集成电路产业技术创新联盟。");
        assertThat(e.relations(RelType.HOSTS)).anyMatch(r -> r.contains("南闽理工大学") && r.contains("集成电路产业技术创新联盟"));
    }

    @Test
    void thoseALeadJoinsOrTakesInBuildWithItPastTheOthersNamedByTheirKind() {
        Extraction e = read("由青禾电子科技有限公司牵头，联合某某理工学院、某某大学和上下游企业25家，组建某某市传感器产业技术创新联盟。"
                + "由青禾重工集团有限公司牵头，吸纳某某科技大学、某某学院等高校和链上企业，组建某某市农机装备创新联合体。");
        assertThat(e.relations(RelType.HOSTS)).contains("某某理工学院 -> 某某市传感器产业技术创新联盟",
                "某某大学 -> 某某市传感器产业技术创新联盟", "某某科技大学 -> 某某市农机装备创新联合体",
                "某某学院 -> 某某市农机装备创新联合体");
        assertThat(e.relations()).contains("PARTNERS_WITH 青禾电子科技有限公司 -> 某某理工学院");
    }

    @Test
    void aSchoolJoinedOrCommissionedForResearchWorksOnItsFieldsButNotOnAFairsTopics() {
        Extraction e = read("鼓励青禾化工有限公司联合某某大学开展丙烯腈、碳纤维原丝等技术攻关，支持青禾电机有限公司委托某某理工学院开展永磁电机研发。"
                + "支持青禾食品有限公司联合某某农业大学开展预制菜、速冻食品展销活动。");
        assertThat(e.relations(RelType.FOCUSES_ON)).contains("某某大学 -> 丙烯腈", "某某大学 -> 碳纤维原丝",
                "某某理工学院 -> 永磁电机").noneMatch(r -> r.startsWith("某某农业大学"));
    }

    @Test
    void aSchoolBuildingWithAPlacesGovernmentHostsWhatItBuilds() {
        Extraction e = read("支持某某大学与青禾区人民政府共建某某大学青禾海洋研究院，开展技术服务。");
        assertThat(e.relations(RelType.HOSTS)).contains("某某大学 -> 某某大学青禾海洋研究院");
    }
}

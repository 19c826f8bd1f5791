package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.structure.DocumentHeader;
import dev.collabgraph.loader.structure.DocumentStructure;
import dev.collabgraph.loader.text.Cleaner;
import dev.collabgraph.loader.text.Decoder;
import dev.collabgraph.model.Label;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Industry and company names in the forms the genre writes them when no suffix marks them (issue 8): lists closed
 * by trade heads, labelled fields, subjects of an investment, legal names with a branch's place in brackets; on small
 * invented texts.
 */
class NameFormsTest {
    private static Extraction read(String text) {
        var mapped = Cleaner.clean(Decoder.decode("x.txt", text.getBytes(StandardCharsets.UTF_8)));
        var structure = new DocumentStructure(new DocumentHeader("", "某某市", "", null, "", null, "", null),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return new Extraction(mapped, EntityExtractor.extract(mapped, structure));
    }

    @Test
    void aCatalogueIndustryBeforeTheWorkDoneOnItIsAnIndustry() {
        Extraction e = read("支持某某大学与青川区共建青川湖实验室，聚焦人工智能开展基础研究和关键技术攻关。");
        assertThat(e.names(Label.Industry)).contains("人工智能");
    }

    @Test
    void aBranchOfAnAcademyIsPartOfTheAcademyAsItsInstitutesAre() {
        Extraction e = read("支持中国科学院青川分院与青川高新区共建技术转移中心，推动中国科学院青川过程工程研究所成果落地。");
        assertThat(e.names(Label.University)).contains("中国科学院青川分院", "中国科学院青川过程工程研究所");
        assertThat(e.names(Label.Platform)).doesNotContain("中国科学院青川分院");
    }

    @Test
    void jiBetweenTwoTradesBeforeABodysHeadIsALetterOfItsNameButNotBetweenTwoBodies() {
        Extraction e = read("联合建设某某新能源汽车及零部件中试基地，服务产业发展。推动建设实验室及中试基地。");
        assertThat(e.names(Label.Platform)).containsExactly("某某新能源汽车及零部件中试基地");
    }

    @Test
    void aConjunctionAfterOnlyGenericWordsEndsTheTextBeforeAName() {
        Extraction e = read("合作基础：企业已与青川大学化学化工学院共建联合实验室。合作基础：企业与青川理工学院有合作基础。");
        assertThat(e.names(Label.University)).contains("青川大学化学化工学院", "青川理工学院")
                .noneMatch(n -> n.startsWith("企业"));
    }

    @Test
    void anOrganisationsOwnActsAndADateAreNotPartOfItsShortName() {
        Extraction e = read("经2026年1月15日联盟理事会审议通过。修订联盟章程，年内发布联盟团体标准2项，吸引终端企业加入联盟。"
                + "支持青川大学与青川华拓新材料有限公司共建青川新材料产业技术创新联盟。");
        assertThat(e.names(Label.Platform)).contains("青川新材料产业技术创新联盟")
                .noneMatch(n -> n.endsWith("日联盟") || n.startsWith("修订") || n.contains("发布") || n.contains("加入"));
    }

    @Test
    void aGovernmentOrASchoolBeforeTheConjunctionIsNoPartOfTheNameAfterIt() {
        Extraction e = read("会议同意县政府与青川理工大学共建研究院。会议同意青川职业技术学校与青川竹韵家居有限公司共建实训基地，"
                + "同步做好与青川华拓新材料有限公司的对接。");
        assertThat(e.names(Label.University)).contains("青川理工大学", "青川职业技术学校");
        assertThat(e.names(Label.Enterprise)).contains("青川竹韵家居有限公司", "青川华拓新材料有限公司");
        assertThat(e.allNames()).noneMatch(n -> n.startsWith("县政府") || n.startsWith("步做好"));
    }

    @Test
    void organsOpeningAClauseAsTheSubjectOfADutyAreUnits() {
        Extraction e = read("四、职责分工\n区科技局负责榜单发布和组织评审；区财政局负责补助资金拨付；青湖高新区管委会配合做好服务。");
        assertThat(e.names(Label.Unit)).contains("区科技局", "区财政局");
    }

    @Test
    void aBranchsPlaceInBracketsInsideALegalNameStaysInTheName() {
        Extraction e = read("支持青禾（岭东）精密仪器有限公司扩大产能，推动远帆（上海）投资有限公司设立基金。");
        assertThat(e.names(Label.Enterprise)).contains("青禾（岭东）精密仪器有限公司", "远帆（上海）投资有限公司")
                .doesNotContain("精密仪器有限公司", "投资有限公司");
    }

    @Test
    void aSubsidiaryNamedAfterItsGroupStartsAfterTheGroupWording() {
        Extraction e = read("发挥远航集团及其所属远航海工装备股份有限公司带动作用，支持其控股子公司星桥智能装备有限公司上市。");
        assertThat(e.names(Label.Enterprise)).contains("远航集团", "远航海工装备股份有限公司", "星桥智能装备有限公司")
                .noneMatch(n -> n.startsWith("其") || n.startsWith("所属") || n.startsWith("控股"));
    }

    @Test
    void companiesListedBeforeATradeOrInvestorHeadAreCompanies() {
        Extraction e = read("组织启明、北辰等整机企业开展产需对接。引导云岫网络、星桥数智等服务商提供产品。"
                + "联合青松资本、远山创投等投资机构设立子基金。支持ABB、发那科等外资企业扩大投资。"
                + "引进蓝鲸出海、潮汐优选等跨境电商头部企业。");
        assertThat(e.names(Label.Enterprise)).contains("启明", "北辰", "云岫网络", "星桥数智", "青松资本", "远山创投",
                "ABB", "发那科", "蓝鲸出海", "潮汐优选");
    }

    @Test
    void industryListsMayEndWithTraditionalNewDigitalOrTrackHeads() {
        Extraction e = read("围绕纺织印染、五金加工等传统产业实施改造。瞄准电竞、影视后期等细分赛道招商。"
                + "培育低空经济、元宇宙等N个未来产业。鼓励银发经济、直播电商等新业态发展。");
        assertThat(e.names(Label.Industry)).contains("纺织印染", "五金加工", "电竞", "影视后期", "元宇宙", "银发经济",
                "直播电商");
        assertThat(e.allNames()).noneMatch(n -> n.contains("N个"));
    }

    @Test
    void theLastItemJoinedByAndIsTwoIndustriesUnlessOneHalfIsAShortWord() {
        Extraction e = read("专精特新企业集中在智能装备、电子元器件和绿色食品等领域。聚焦集成电路、医药和医疗器械等产业。");
        assertThat(e.names(Label.Industry)).contains("电子元器件", "绿色食品", "医药和医疗器械")
                .doesNotContain("电子元器件和绿色食品");
    }

    @Test
    void aListBeforeAnIndustryHeadThatGoesOnIntoProjectsNamesProjects() {
        Extraction e = read("组织实施青峰新能源汽车、蓝湖光刻材料搬迁改造等传统产业升级改造项目。");
        assertThat(e.names(Label.Industry)).noneMatch(n -> n.startsWith("青峰") || n.startsWith("蓝湖"));
    }

    @Test
    void labelledFieldsSayWhatTheirItemsAre() {
        Extraction e = read("专栏2　集成电路产业集群\n发展重点：模拟芯片、功率器件、封装基板\n"
                + "重点企业：星河微电子、启明半导体股份有限公司\n");
        assertThat(e.names(Label.Industry)).contains("模拟芯片", "功率器件", "封装基板");
        assertThat(e.names(Label.Enterprise)).contains("星河微电子", "启明半导体股份有限公司");
    }

    @Test
    void aBrandRunningAProjectListedAfterAnotherProjectIsACompany() {
        Extraction e = read("推动青禾氢动科技有限公司氢燃料电池电堆项目、恒岳储能电池项目落地建设。"
                + "推进青禾汽车集团年产30万辆新能源乘用车二期项目、启衡重卡新能源商用车项目建设。");
        assertThat(e.names(Label.Enterprise)).contains("恒岳", "启衡");
    }

    @Test
    void brandsListedAsSubjectsOfAnInvestmentInAPlaceAreCompanies() {
        Extraction e = read("支持星河微电子、远航智造在某某市建设区域总部。推动云帆软件、蓝鲸数科设立研发中心。"
                + "推动人工智能、大数据在制造业深度应用。支持高校、科研院所在某某市设立分支机构。");
        assertThat(e.names(Label.Enterprise)).contains("星河微电子", "远航智造", "云帆软件", "蓝鲸数科")
                .doesNotContain("人工智能", "大数据", "高校", "科研院所");
    }

    @Test
    void aMeetingAboutTheChainAndAChainSaidWholeNameNoIndustry() {
        Extraction e = read("每季度召开一次产业链推进会，链长每半年召开一次产业链专题会，推动形成完整产业链。");
        assertThat(e.names(Label.Industry)).isEmpty();
    }

    @Test
    void aPlacesIndustriesAndRelatedIndustriesAreNoIndustry() {
        Extraction e = read("绘制滨湖区产业招商地图，避免相关产业同质化竞争，累计引进亿元以上产业项目100个。");
        assertThat(e.names(Label.Industry)).isEmpty();
    }

    @Test
    void theCellsOfANamedColumnListCompaniesOrIndustries() {
        Extraction e = read("附件\n序号\t产业链\t链长\t链主企业\t重点配套企业\n1\t智能网联汽车\t市长\t星河汽车股份有限公司\t启明电子、3M中国、远航精密\n"
                + "2\t先进材料\t副市长\t蓝鲸新材\t潮汐化工（某某）有限公司\n\n备注：名单实行动态调整，每年更新一次并报市政府同意后公布。\n");
        assertThat(e.names(Label.Enterprise)).contains("星河汽车股份有限公司", "启明电子", "3M中国", "远航精密", "蓝鲸新材");
        assertThat(e.names(Label.Industry)).contains("智能网联汽车", "先进材料");
        assertThat(e.allNames()).doesNotContain("市长", "副市长");
    }

    @Test
    void aBoxsJoinedFieldsEndAtTheNextLabelAndItsNumberIsNoName() {
        Extraction e = read("专栏3　数字内容产业集群\n重点企业：星河数娱、远航动漫股份有限公司\n重点园区：某某数字内容产业园\n");
        assertThat(e.names(Label.Enterprise)).contains("星河数娱", "远航动漫股份有限公司")
                .noneMatch(n -> n.contains("园区"));
        assertThat(e.allNames()).noneMatch(n -> n.startsWith("专栏"));
    }

    @Test
    void aCountInsideAModifierIsTheHeadOfAListNotAName() {
        assertThat(Lexicon.countAfterName("人工智能和大数据三大千亿级数字")).isTrue();
        assertThat(Lexicon.countAfterName("百亿级光伏")).isFalse();
        Extraction e = read("形成集成电路、人工智能和大数据三大千亿级数字产业集群。");
        assertThat(e.names(Label.Industry)).contains("集成电路", "人工智能", "大数据").noneMatch(n -> n.contains("三大"));
    }

    @Test
    void aListAfterExtendingDevelopmentNamesIndustries() {
        Extraction e = read("以整机为牵引，延伸发展车载雷达、汽车电子、动力总成。");
        assertThat(e.names(Label.Industry)).contains("车载雷达", "汽车电子", "动力总成");
    }

    @Test
    void aCompanyNamedAloneIsASubjectOnlyBeforeAPlace() {
        Extraction e = read("支持宁远时代在某某市建设配套基地。引导社会资本设立天使投资基金。鼓励外资、民资设立产业基金。");
        assertThat(e.names(Label.Enterprise)).contains("宁远时代").doesNotContain("社会资本", "外资", "民资");
    }

    @Test
    void aUniversitysPartnerEndingAsADistrictIsAPlace() {
        Extraction e = read("支持某某大学与滨湖区共建数字创意研究院。");
        assertThat(e.names(Label.Enterprise)).doesNotContain("滨湖区");
    }

    @Test
    void aListJoinedToAnEarlierCountedListStartsAfterItsHead() {
        Extraction e = read("围绕汽车零部件、高端纺织两大主导产业和光伏储能、精密铸造等特色产业布局。");
        assertThat(e.names(Label.Industry)).contains("汽车零部件", "高端纺织", "光伏储能", "精密铸造")
                .noneMatch(n -> n.contains("主导产业和"));
    }

    @Test
    void aPilotZoneIsAPark() {
        Extraction e = read("建设某某未来产业先导区。");
        assertThat(e.names(Label.Park)).contains("某某未来产业先导区");
        assertThat(e.names(Label.Industry)).noneMatch(n -> n.startsWith("某某"));
    }

    @Test
    void aListAfterAVerbOfGrowthNamesIndustriesUnlessItNamesKindsOfActor() {
        Extraction e = read("做大做强工业母机、车载雷达、智能家居产业，做强龙头企业、骨干企业。");
        assertThat(e.names(Label.Industry)).contains("工业母机", "车载雷达", "智能家居")
                .doesNotContain("龙头企业", "骨干企业");
    }

    @Test
    void twoIndustriesJoinedByAndAfterADevelopmentVerbAreBothIndustries() {
        Extraction e = read("积极发展银发经济和冰雪运动产业，加快发展动力转换和发展方式转变。");
        assertThat(e.names(Label.Industry)).contains("银发经济", "冰雪运动").doesNotContain("动力转换");
    }

    @Test
    void aWholeCountyInBracketsAfterACompanySaysWhereItIs() {
        Extraction e = read("支持青禾精密、远帆股份等企业上市。\n1. 远帆股份（岭南县）\n2. 青禾精密（梧城区）\n");
        assertThat(e.names(Label.Enterprise)).contains("远帆股份", "青禾精密").noneMatch(n -> n.contains("（"));
    }

    @Test
    void companiesListedBeforeATierOfTheSmeCultivationAreCompanies() {
        Extraction e = read("推动星河精工、远帆传感等专精特新“小巨人”企业上市，支持蓝湾光电、启明微纳等高新技术企业扩产。");
        assertThat(e.names(Label.Enterprise)).contains("星河精工", "远帆传感", "蓝湾光电", "启明微纳");
    }

    @Test
    void aJointLabNamedByItsPartnersShortNamesKeepsBothAcrossTheDash() {
        Extraction e = read("支持青川大学与青川东岭材料股份有限公司共建东岭—青大轻合金联合实验室。");
        assertThat(e.names(Label.Platform)).contains("东岭—青大轻合金联合实验室").doesNotContain("青大轻合金联合实验室");
    }

    @Test
    void aScienceCourtyardIsAPlatformNamedAfterItsUniversityAndPlace() {
        Extraction e = read("同意在云岭县建设云岭农业大学云岭茶叶科技小院，关于云岭县与云岭农业大学共建示范基地。");
        assertThat(e.names(Label.Platform)).contains("云岭农业大学云岭茶叶科技小院");
        assertThat(e.names(Label.University)).contains("云岭农业大学")
                .noneMatch(n -> n.startsWith("关于") || n.startsWith("同意") || n.contains("县与"));
    }

    @Test
    void aBrandJoinedToAUniversityIsNotPartOfItsName() {
        Extraction e = read("支持恒锐新能源与椋川大学共建固态电池联合实验室，支持沅州天衡新能源科技股份有限公司（以下简称天衡新能源）扩能，"
                + "支持天衡新能源联合中南大学建设储能材料重点实验室。");
        assertThat(e.names(Label.University)).contains("椋川大学", "中南大学")
                .noneMatch(n -> n.contains("新能源"));
    }

    @Test
    void twoDisciplinesJoinedInASchoolsNameStayOneName() {
        Extraction e = read("支持荆湾大学化学与材料工程学院建设中试平台。");
        assertThat(e.names(Label.University)).contains("荆湾大学化学与材料工程学院");
    }

    @Test
    void aCompanyAndItsVerbBeforeAUniversityAreNoPartOfItsName() {
        Extraction e = read("支持苍屏竹业集团有限公司转化南京林业大学竹材改性成果，支持鹤浦光电科技有限公司转化鹤浦理工学院激光成果。");
        assertThat(e.names(Label.University)).contains("南京林业大学", "鹤浦理工学院").noneMatch(n -> n.contains("公司"));
        assertThat(e.names(Label.Enterprise)).contains("苍屏竹业集团有限公司", "鹤浦光电科技有限公司");
    }

    @Test
    void aVerbThatIsACompanysTradeStaysInsideItsName() {
        Extraction e = read("支持某某城市建设投资集团有限公司参与园区建设，由江屿旅游发展集团有限公司负责运营。");
        assertThat(e.names(Label.Enterprise)).contains("某某城市建设投资集团有限公司", "江屿旅游发展集团有限公司")
                .doesNotContain("投资集团有限公司", "集团有限公司");
    }

    @Test
    void aCountedListOfIndustriesDoesNotReachBackOverALineEnd() {
        Extraction e = read("某某区2026年重点工作推进计划\n一、工作目标\n围绕生物医药、新能源汽车零部件两大主导产业，深化校企合作。");
        assertThat(e.names(Label.Industry)).contains("生物医药", "新能源汽车零部件").noneMatch(n -> n.contains("\n") || n.contains("计划"));
    }

    @Test
    void aSchoolsDisciplineAfterItsNameIsNoCompanyAndAChargingVerbNoPlace() {
        Extraction e = read("支持某某机器人有限公司联合某某大学机械与自动化学院开展联合攻关。责成市工信局牵头，市科技局配合。");
        assertThat(e.names(Label.University)).contains("某某大学机械与自动化学院").doesNotContain("自动化学院");
        assertThat(e.names(Label.Enterprise)).noneMatch(n -> n.startsWith("某某大学"));
        assertThat(e.names(Label.Region)).doesNotContain("责成");
    }

    @Test
    void minutesAttendanceAndRoutingLinesNameNoActors() {
        Extraction e = read("某某市联席会议纪要\n一、关于平台建设的问题\n会议同意建设平台。由市科技局牵头。\n"
                + "出席：罗某某　市政府副市长\n　　　钱某某　某某大学副校长\n列席：孟某某　某某化工股份有限公司董事长\n"
                + "拟稿：市科技局成果转化科　谭某某");
        assertThat(e.names(Label.University)).noneMatch(n -> n.contains("钱某某"));
        assertThat(e.names(Label.Enterprise)).noneMatch(n -> n.contains("孟某某"));
        assertThat(e.names(Label.Region)).doesNotContain("罗某某");
    }

    @Test
    void aCountAndItsCategoryCloseAListOfIndustriesAndAnExtendingVerbOpensOne() {
        Extraction e = read("某某县关于推进产业发展的意见\n一、做强产业\n做强茶叶、竹木加工两大主导产业，延伸竹基新材料产业链。（责任单位：县工信局）");
        assertThat(e.names(Label.Industry)).contains("茶叶", "竹木加工", "竹基新材料")
                .noneMatch(n -> n.contains("两大") || n.startsWith("延伸"));
    }

    @Test
    void oneLetterBeforeDeIsABrandsNotAPhrasesEnd() {
        Extraction e = read("某某市关于推进产业发展的意见\n一、做强企业\n支持美的集团、格力电器等企业建设研发中心。（责任单位：市工信局）");
        assertThat(e.names(Label.Enterprise)).contains("美的集团").doesNotContain("集团");
    }

    @Test
    void aPilotVerificationBaseIsAPlatformNotAPark() {
        Extraction e = read("清屿市人民政府关于推进成果转化的意见\n一、建设平台\n建设清屿中试验证基地，打造清屿科创孵化港，设立清屿知识产权快速维权中心。（责任单位：市科技局）");
        assertThat(e.names(Label.Platform)).contains("清屿中试验证基地", "清屿科创孵化港", "清屿知识产权快速维权中心");
        assertThat(e.names(Label.Park)).doesNotContain("清屿中试验证基地");
    }

    @Test
    void aPlaceWidenedToAnotherByNaiZhiIsTwoPlaces() {
        Extraction e = read("某某县科技助农实施方案\n一、总体目标\n到2027年，把某某县打造成为甲江市乃至长江经济带科技助农的样板。");
        assertThat(e.names(Label.Region)).contains("长江经济带").anyMatch(n -> n.startsWith("甲江"))
                .noneMatch(n -> n.contains("乃至"));
    }

    @Test
    void aTasksTitleNamingAPlatformWithoutItsPlaceNamesThatPlatform() {
        Extraction e = read("甲山县科技助农三年行动计划\n一、重点任务\n1.建设甜橙科技小院。支持某某农林大学在甲山县共建甲山县甜橙科技小院，"
                + "开展技术示范。（牵头单位：县农业农村局）");
        assertThat(e.names(Label.Platform)).contains("甲山县甜橙科技小院").doesNotContain("甜橙科技小院");
    }

    @Test
    void aBodyInsideAParkNamedBeforeIsNamedWithoutThePark() {
        Extraction e = GenreRulesTest.read("推动青禾软件园内星湾科技企业孵化器争创国家级孵化器。");
        assertThat(e.names(Label.Platform)).contains("星湾科技企业孵化器").doesNotContain("青禾软件园内星湾科技企业孵化器");
        assertThat(e.names(Label.Park)).contains("青禾软件园");
    }

    @Test
    void theSpecificPartOfASchoolsNameMakesAPlaceForBodiesThatNeedOne() {
        // 交易中心 names a body only after a place or an organisation: 枫屿 is one, the school's name says so
        Extraction e = GenreRulesTest.read("支持枫屿大学建设实验室。支持枫屿技术交易中心设立服务站。支持和美技术交易中心发展。");
        assertThat(e.names(Label.Platform)).contains("枫屿技术交易中心").doesNotContain("和美技术交易中心");
    }

    @Test
    void aCountyVocationalSchoolByItsFullNameIsASchool() {
        Extraction e = GenreRulesTest.read("支持柘岗县中等职业技术学校与青禾化工新材料有限公司共建产业学院。");
        assertThat(e.names(Label.University)).contains("柘岗县中等职业技术学校");
    }

    @Test
    void theVerbDevelopBeforeAKindAloneNamesNothing() {
        Extraction e = GenreRulesTest.read("5.发展大学科技园。推进某某大学国家大学科技园扩容提质。");
        assertThat(e.names(Label.Park)).doesNotContain("发展大学科技园");
    }

    @Test
    void theWholePlacesWordBeforeAKindNamesNoOneBody() {
        Extraction e = GenreRulesTest.read("推动柘岗区建设全市产学研协同创新示范区，完善全市中试资源共享服务平台，支持柘岗高新区扩区。");
        assertThat(e.names(Label.Park)).contains("柘岗高新区").noneMatch(n -> n.startsWith("全市"));
        assertThat(e.names(Label.Platform)).noneMatch(n -> n.startsWith("全市"));
    }

    @Test
    void aZonesOutpostElsewhereIsNamedAfterTheZoneWithThePlaceInBrackets() {
        Extraction e = GenreRulesTest.read("在深圳设立柘岗经开区（深圳）科创飞地，引进孵化一批科技项目。全年经开区研发经费投入强度达到4.2%。");
        assertThat(e.names(Label.Park)).contains("柘岗经开区（深圳）科创飞地")
                .doesNotContain("柘岗经开区（深圳）", "全年经开区");
    }

    @Test
    void theSizeOfTheCompaniesAPlatformServesIsNoPartOfTheirTrade() {
        Extraction e = GenreRulesTest.read("建设青禾食品检测实训基地，为中小食品企业提供检测服务。");
        assertThat(e.names(Label.Industry)).contains("食品").doesNotContain("中小食品");
    }

    @Test
    void aBranchOfAParkNamedAfterTheZoneItStandsInByItsShortNameIsOnePark() {
        Extraction e = GenreRulesTest.read("在青禾高新区建设某某大学科技园高新分园，推动某某理工大学科技园经开园区建设。");
        assertThat(e.names(Label.Park)).contains("某某大学科技园高新分园", "某某理工大学科技园经开园区");
    }

    @Test
    void theTradesDevelopmentClosingAFocusListIsNoPartOfItsLastItemAndATradeMayBeALineOfResearch() {
        Extraction e = GenreRulesTest.read("全市以服务高端装备、集成电路、新材料产业发展为重点。研究院聚焦电子信息、人工智能方向引进团队。");
        assertThat(e.names(Label.Industry)).contains("新材料", "人工智能", "电子信息").doesNotContain("新材料产业发展");
    }

    @Test
    void aClusterVerbBeforeAListOfIndustriesClosedByAnotherHeadLeavesThemIndustries() {
        Extraction e = GenreRulesTest.read("壮大新材料、智能装备、生物医药等重点产业，加快建设创新城市。");
        assertThat(e.names(Label.Industry)).contains("新材料", "智能装备", "生物医药");
    }
}

package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Industry, platform and park names read from the genre's wording (issue 8): development frames, list heads and
 * counts, kind words, quoted names, on invented sentences of an invented city.
 */
class IndustryPlatformParkRulesTest {
    private static Extraction read(String text) {
        return Extraction.sentences(text, "云阳市");
    }

    @Test
    void aCountWithDigitsEndsAListOfIndustriesAsChineseNumeralsDo() {
        Extraction e = read("氢燃料电池、智能传感器、高端轴承3条产业链营业收入均突破百亿元。");
        assertThat(e.names(Label.Industry)).contains("氢燃料电池", "智能传感器", "高端轴承")
                .noneMatch(n -> n.contains("3条"));
    }

    @Test
    void listHeadsOfKindsNameTheItemsNotThemselves() {
        Extraction e = read("重点发展激光雷达、毫米波雷达等关键零部件，重点发展特种涂料、光刻胶等产品。"
                + "聚焦海上风电、光热发电等细分领域，布局跨境电商、直播电商等业态。");
        assertThat(e.names(Label.Industry)).contains("激光雷达", "毫米波雷达", "特种涂料", "光刻胶", "海上风电", "光热发电",
                "跨境电商", "直播电商").doesNotContain("关键零部件", "产品");
    }

    @Test
    void aspectsAreIndustriesOnlyBesideAKnownOne() {
        Extraction e = read("鼓励企业在人工智能、海洋装备等方面开展攻关。在人才引进、资金扶持等方面给予倾斜。");
        assertThat(e.names(Label.Industry)).contains("人工智能", "海洋装备").doesNotContain("人才引进", "资金扶持");
    }

    @Test
    void industriesPutFirstAndPlainListsAfterTheDevelopmentVerbAreIndustries() {
        Extraction e = read("东区以光学镜头、精密光栅为重点；西区重点发展果酒酿造、冷鲜肉和速冻食品。"
                + "坚持以企业为主体，以中南大学为重点，以农村地区、偏远山区为重点。加快发展动力转换和结构调整。");
        assertThat(e.names(Label.Industry)).contains("光学镜头", "精密光栅", "果酒酿造", "冷鲜肉", "速冻食品")
                .doesNotContain("企业", "中南大学", "农村地区", "偏远山区", "动力转换", "结构调整");
    }

    @Test
    void catalogueTermsWrittenTogetherAreEachAnIndustry() {
        Extraction e = read("发展人工智能大数据产业，培育有色金属加工等产业。");
        assertThat(e.names(Label.Industry)).contains("人工智能", "大数据", "有色金属加工").doesNotContain("人工智能大数据");
    }

    @Test
    void aParkOrPlatformNamedAfterASectorKeepsTheSectorWord() {
        Extraction e = read("培育云阳现代服务业集聚区，组建云阳市储能制造业创新中心。");
        assertThat(e.names(Label.Park)).contains("云阳现代服务业集聚区");
        assertThat(e.names(Label.Platform)).contains("云阳市储能制造业创新中心");
    }

    @Test
    void aGenericLookingItemAfterANamedPlatformOrParkIsANameButADesignationIsNot() {
        Extraction e = read("推动中欧技术转移中心、亚太高校创新联盟等平台运行。加快白鹭湾基金小镇、数字金融创新谷建设。"
                + "建设青松工程技术研究中心、省级重点实验室。");
        assertThat(e.names(Label.Platform)).contains("中欧技术转移中心", "亚太高校创新联盟").doesNotContain("省级重点实验室");
        assertThat(e.names(Label.Park)).contains("白鹭湾基金小镇", "数字金融创新谷");
    }

    @Test
    void aServicePlatformNamedAfterTheDocumentsIndustryIsAPlatform() {
        Extraction e = read("围绕海洋装备、新型显示等产业。建设海洋装备公共技术服务平台，完善科技公共服务平台。");
        assertThat(e.names(Label.Platform)).contains("海洋装备公共技术服务平台").doesNotContain("科技公共服务平台");
    }

    @Test
    void quotedParksAfterABuildingVerbAreParksButQuotedPlansAreNot() {
        Extraction e = read("高标准建设“云阳氢能谷”，规划建设“白沙湖文创园”，形成“一区三园”格局，打造“创新之城”。");
        assertThat(e.names(Label.Park)).contains("云阳氢能谷", "白沙湖文创园")
                .noneMatch(n -> n.contains("一区") || n.contains("之城"));
    }

    @Test
    void kindWordsOfTheGenreAndElidedTestingCentres() {
        Extraction e = read("推动石门化工园区、新桥农产品加工园和东湖物流园区整合，推动云溪创客空间发展。"
                + "支持建设国家陶瓷和省紫砂产品质量检验检测中心。");
        assertThat(e.names(Label.Park)).contains("石门化工园区", "新桥农产品加工园", "东湖物流园区");
        assertThat(e.names(Label.Platform)).contains("云溪创客空间", "国家陶瓷质量检验检测中心", "省紫砂产品质量检验检测中心");
    }

    @Test
    void anAppositiveKindIsNoPartOfTheCompanysName() {
        Extraction e = read("支持链主企业云阳长川汽车有限公司扩产，引导蔚来等配套企业落户。由一名市领导担任链长。");
        assertThat(e.names(Label.Enterprise)).contains("云阳长川汽车有限公司", "蔚来");
        assertThat(e.names(Label.Region)).doesNotContain("一名");
    }

    @Test
    void aBaseAndThePartnersItJoinsBuildThePlatformTogether() {
        Extraction e = read("以云阳大学为依托，联合云阳精密仪器有限公司等单位，高标准建设精密测量省实验室。"
                + "支持云阳重机集团有限公司牵头组建云阳市工程机械产业创新联盟，联合云阳理工学院建设云阳理工学院智能装备研究院。");
        assertThat(e.relations()).contains("RELIES_ON 精密测量省实验室 -> 云阳大学",
                "HOSTS 云阳精密仪器有限公司 -> 精密测量省实验室",
                "PARTNERS_WITH 云阳大学 -> 云阳精密仪器有限公司",
                "PARTNERS_WITH 云阳重机集团有限公司 -> 云阳理工学院");
    }

    @Test
    void futureIndustriesCloseAListAndACountIsNoPartOfAParksName() {
        Extraction e = read("培育元宇宙、量子信息等未来产业。全市共有省级以上开发区8个。");
        assertThat(e.names(Label.Industry)).contains("元宇宙", "量子信息");
        assertThat(e.names(Label.Park)).noneMatch(n -> n.contains("共有"));
    }

    @Test
    void whatAParkMovesIntoAreIndustriesWhenTheyEndWithATradeHead() {
        Extraction e = read("推动青山化工园区向特种化工和电子材料延伸，推动企业向高端化、智能化转型，向产业链上下游延伸。");
        assertThat(e.names(Label.Industry)).contains("特种化工", "电子材料")
                .doesNotContain("高端化", "智能化", "产业链上下游");
    }

    @Test
    void theItemsBeforeAListsLastIndustryJoinedByAndAreIndustriesUnlessTheListHasItsOwnHead() {
        Extraction e = read("发展创新药、高端医疗器械和细胞治疗产业。发展工业机器人、服务机器人和特种机器人产业。");
        assertThat(e.names(Label.Industry)).contains("高端医疗器械", "细胞治疗", "工业机器人", "服务机器人", "特种机器人");
        Extraction headed = read("围绕新材料、高端装备两大主导产业和特色食品加工产业，深化校地合作。"
                + "打造区域性生物医药研发、孵化、生产基地和大健康产业中心。");
        assertThat(headed.names(Label.Industry)).noneMatch(n -> n.contains("两大") || n.contains("基地") || n.endsWith("研发"));
    }

    @Test
    void aListBeforeANamedIndustryAndItsCategoryWordListsThatIndustrysTrades() {
        Extraction e = read("发展工业软件、数据要素、人工智能等数字经济产业。发展大模型应用、智能网联、智慧医疗等人工智能产业。");
        assertThat(e.names(Label.Industry)).contains("数据要素", "大模型应用", "智能网联", "智慧医疗");
    }

    @Test
    void aClusterZoneNamedForItsTradeIsAParkWithoutAPlaceBeforeIt() {
        Extraction e = read("在滨湖光电产业集聚区布局激光项目。建设人工智能产业集聚区，推动各类产业集聚区提质。");
        assertThat(e.names(Label.Park)).contains("滨湖光电产业集聚区", "人工智能产业集聚区").doesNotContain("各类产业集聚区");
        assertThat(e.names(Label.Industry)).doesNotContain("滨湖光电");
    }

    @Test
    void aBranchNamedAfterItsParkIsOneParkButAVerbOrAGenericWordIsNoBranch() {
        Extraction e = read("推进云阳大学国家大学科技园青石分园扩容，建设云阳理工学院科技园柳塘园区。"
                + "云阳大学科技园在云阳生物医药产业园设立分园，服务云阳高新区相关园区企业。");
        // the name is kept in its canonical form: the level word 国家 is dropped, as for the park itself
        assertThat(e.names(Label.Park)).contains("云阳大学大学科技园青石分园", "云阳理工学院科技园柳塘园区",
                "云阳生物医药产业园").doesNotContain("云阳理工学院科技园", "云阳大学大学科技园", "云阳生物医药产业园设立分园",
                "云阳高新区相关园区");
        // a branch named after the zone it stands in: the park's name, the zone's, then 分园
        assertThat(read("支持云阳大学在云阳经济技术开发区建设云阳大学科技园经开区分园。").names(Label.Park))
                .contains("云阳大学科技园经开区分园").doesNotContain("云阳大学科技园经开区");
    }

    @Test
    void aPatentOperatingCentreKeepsItsTradeAndEndsWhereAConjunctionJoinsTheNextName() {
        Extraction e = read("建设云阳知识产权运营服务中心，建设云阳高新区知识产权运营中心和技术交易市场柳塘分市场。");
        assertThat(e.names(Label.Platform)).contains("云阳知识产权运营服务中心", "云阳高新区知识产权运营中心",
                "技术交易市场柳塘分市场").doesNotContain("服务中心", "云阳高新区知识产权运营中心和技术交易市场柳塘分市场");
    }

    @Test
    void aConsortiumFormedInTheSentenceIsNamedByItsFieldButAGenericOneIsNot() {
        Extraction e = read("支持青石重工集团有限公司联合云阳大学组建精密齿轮钢创新联合体，推动企业组建产业创新联合体。");
        assertThat(e.names(Label.Platform)).contains("精密齿轮钢创新联合体").doesNotContain("产业创新联合体");
        assertThat(e.relations()).anyMatch(r -> r.contains("云阳大学") && r.contains("精密齿轮钢创新联合体"));
    }

    @Test
    void aPilotPlatformBuiltInTheSentenceIsNamedByItsFieldButAServicePlatformIsNot() {
        Extraction e = read("支持云阳大学建设海藻多糖中试平台，建设县域技术转移服务平台。");
        assertThat(e.names(Label.Platform)).contains("海藻多糖中试平台").doesNotContain("县域技术转移服务平台");
    }

    @Test
    void aListClosedByThePlacesOwnIndustriesNamesIndustriesNotCounties() {
        Extraction e = read("推动科技创新与菌菇种植、竹编工艺等县域特色产业深度融合，对接黄酒、锂电材料等本地产业需求。");
        assertThat(e.names(Label.Industry)).contains("菌菇种植", "竹编工艺", "黄酒", "锂电材料");
        assertThat(e.names(Label.Region)).doesNotContain("菌菇种植", "竹编工艺");
    }

    @Test
    void aBaseNamedAfterTheParkItStandsInIsNoParkOfItsOwn() {
        Extraction e = read("办好科技活动周，建设甲湖智能制造产业园科普基地，在乙山高新区建设丙川新材料产业基地。");
        assertThat(e.names(Label.Park)).contains("甲湖智能制造产业园").doesNotContain("甲湖智能制造产业园科普基地");
    }

    @Test
    void theCountrysideBeforeIndustryIsWhereNotWhichIndustry() {
        Extraction e = read("推进科技小院建设，助力乡村产业振兴，培育乡村旅游产业。");
        assertThat(e.names(Label.Industry)).doesNotContain("乡村").contains("乡村旅游");
    }

    @Test
    void aSchoolsFieldsEndWhereItStrengthensItsProgrammes() {
        Extraction e = read("引导甲川理工学院聚焦生物医药、集成电路加强学科专业建设。");
        assertThat(e.names(Label.Industry)).contains("生物医药", "集成电路").noneMatch(n -> n.contains("加强"));
    }

    @Test
    void aDevelopedListIsOfFieldsWhenOneItemIsAThingMadeButIndicationsOfADrugAreNot() {
        Extraction e = read("支持云阳钒能科技有限公司建设实验室，开展全钒液流电池、铁铬电解液研发。"
                + "联合云阳药业开展心脑血管、呼吸系统疾病等领域新药研发。");
        assertThat(e.names(Label.Industry)).contains("全钒液流电池", "铁铬电解液")
                .doesNotContain("心脑血管", "呼吸系统疾病");
    }

    @Test
    void whatTheTextCallsProductsAreThingsMadeAndAPilotRunWorksOnFields() {
        Extraction e = read("支持云阳食品有限公司委托云阳学院开展莲藕保鲜、即食莲藕等产品研发。"
                + "重点开展聚羟基脂肪酸酯、生物基橡胶中试熟化。");
        assertThat(e.names(Label.Industry)).contains("莲藕保鲜", "即食莲藕", "聚羟基脂肪酸酯", "生物基橡胶");
    }

    @Test
    void aListClosedByItsTradeBeforeItsTechnologiesNamesThatTradeButNotAFieldWord() {
        Extraction e = read("鼓励云阳化工有限公司开展丙烷脱氢、特种聚酯、生物降解塑料等现代煤化工技术攻关。"
                + "开展海水淡化装备、深海探测装备等领域技术研发。");
        assertThat(e.names(Label.Industry)).contains("丙烷脱氢", "特种聚酯", "生物降解塑料", "现代煤化工")
                .doesNotContain("领域");
    }

    @Test
    void threeFieldsOrMoreAttackedForTheirCommonTechnologiesAreFieldsWhateverTheirHeads() {
        Extraction e = read("组建产业创新联盟，攻关无梭织造、冷转移印花、低浴比染色等共性技术。");
        assertThat(e.names(Label.Industry)).contains("无梭织造", "冷转移印花", "低浴比染色");
    }

    @Test
    void aTradeMovesIntoAListOfFieldsButNotIntoTheLinksOfItsChain() {
        Extraction e = read("推动纺织企业向阻燃面料、医用纺织品延伸。推动企业向上游材料、装备环节延伸。");
        assertThat(e.names(Label.Industry)).contains("阻燃面料", "医用纺织品").doesNotContain("上游材料", "装备环节");
    }

    @Test
    void theTradesServedAndTheFieldsWhoseProjectsAPlaceTakesInHaveNoBrands() {
        Extraction e = read("建设检验检测中心，服务光伏逆变器、储能系统、废旧电池回收等领域企业。"
                + "在云阳经开区建设专业园区，重点承接氟化工新材料、工业母机等领域成果转化项目。");
        assertThat(e.names(Label.Industry)).contains("光伏逆变器", "储能系统", "氟化工新材料", "工业母机");
        assertThat(e.names(Label.Enterprise)).doesNotContain("氟化");
    }

    @Test
    void projectsOfWholeMachinesDrivesAndCatalogueTradesAreOfTradesAndAcronymsStartTradeNames() {
        Extraction e = read("共同招引农业无人机整机和航空电子项目，重点招引电驱动系统、电池管理系统、车载控制器项目，"
                + "新引进医疗器械、生物制药项目10个。支持云阳光电有限公司开展MEMS麦克风、微型扬声器研发。招引系留无人机整机及飞控系统项目。");
        assertThat(e.names(Label.Industry)).contains("农业无人机整机", "航空电子", "电驱动系统", "电池管理系统", "车载控制器",
                "医疗器械", "生物制药", "MEMS麦克风", "微型扬声器", "系留无人机整机", "飞控系统");
    }

    @Test
    void twoThingsMadeDevelopedTogetherAreIndustriesButTwoAimsAreNot() {
        Extraction e = read("支持云阳汽车集团有限公司发展氢燃料商用车和自动驾驶系统。加快发展动力转换和结构优化升级。");
        assertThat(e.names(Label.Industry)).contains("氢燃料商用车", "自动驾驶系统").doesNotContain("动力转换", "结构优化升级");
    }

    @Test
    void listsTheTextCallsFieldsOfResearchOrPilotRunsAreFieldsWhateverTheirHeads() {
        Extraction e = read("联合云阳大学建设云阳新材料中试基地，开展电子级多晶硅、光学石英玻璃等领域中试熟化服务。"
                + "开展政策宣讲、标准制定等领域研究。");
        assertThat(e.names(Label.Industry)).contains("电子级多晶硅", "光学石英玻璃").doesNotContain("政策宣讲", "标准制定");
    }

    @Test
    void theEconomiesNationalPlansNameAreTradesThoughTheirWordsAreGeneric() {
        Extraction e = read("推动跨境电商、平台经济等新业态加快发展，培育银发经济和临空经济。");
        assertThat(e.names(Label.Industry)).contains("平台经济", "银发经济", "临空经济");
    }
}

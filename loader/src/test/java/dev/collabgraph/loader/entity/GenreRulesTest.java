package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.Cleaner;
import dev.collabgraph.loader.text.Decoder;
import dev.collabgraph.model.Label;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules stated by the genre's wording rather than by one document's sentences, on small invented texts. */
class GenreRulesTest {
    /** A small invented text read with a header naming 某某市 as the issuing city. */
    static Extraction read(String text) {
        return Extraction.sentences(text, "某某市");
    }

    @Test
    void inASchoolsOwnPlanTheSchoolIsTheSubjectOfXueXiaoAndOfClausesOpeningWithYu() {
        Extraction e = Extraction.of(Cleaner.clean(Decoder.decode("x.txt", """
                关于印发《某某理工大学服务地方发展行动方案》的通知
                各学院、各部门：
                现将《某某理工大学服务地方发展行动方案》印发给你们，请认真贯彻执行。
                一、重点行动
                1.共建研发平台。与恒瑞汽车零部件股份有限公司共建热管理联合研发中心。（牵头：科学技术研究院）
                2.共建产业学院。学校与某某钢铁集团有限公司共建新材料产业学院，与恒拓智能装备有限公司共建智能制造产业学院。（牵头：教务处）
                """.getBytes(StandardCharsets.UTF_8))));
        assertThat(e.relations(dev.collabgraph.model.RelType.PARTNERS_WITH)).anyMatch(r -> r.contains("某某理工大学")
                && r.contains("恒瑞汽车零部件股份有限公司")).anyMatch(r -> r.contains("某某理工大学")
                && r.contains("某某钢铁集团有限公司")).anyMatch(r -> r.contains("某某理工大学")
                && r.contains("恒拓智能装备有限公司"));
    }

    @Test
    void aListBeforeTheWordForATradesCompaniesListsTradesWhenOneOfItsItemsIsAKnownIndustry() {
        Extraction e = read("大力发展氢能产业。推动检验检测认证中心设立服务站，为船舶、氢能、汽车零部件企业提供检测认证服务。");
        assertThat(e.names(Label.Industry)).contains("船舶", "氢能", "汽车零部件");
        // schools, a kind of company, or a known industry with words after it are no trades of such a list
        Extraction kinds = read("大力发展新能源产业。支持高校、科研院所、新能源企业联合攻关。支持人工智能领域科技型、新能源企业上市。"
                + "引进电池、基因检测配套企业。");
        assertThat(kinds.names(Label.Industry)).doesNotContain("高校", "科研院所", "人工智能领域科技型", "基因检测配套");
        // a chain's suppliers and a team's fields are named by trades, known or not; places are where projects go
        Extraction named = read("引进无人机整机、航空电池、飞控系统配套项目不少于6个。由机械工程学院牵头组建工业机器人、精密减速器研发团队。"
                + "由电气工程学院牵头组建氢能装备、储能系统研发团队。"
                + "在白沙镇、石门镇布局绿色建材配套项目。");
        assertThat(named.names(Label.Industry)).contains("无人机整机", "航空电池", "工业机器人", "精密减速器", "氢能装备")
                .doesNotContain("白沙镇", "石门镇");
    }

    @Test
    void jiJoinsTwoTradesInAListsLastItemButNotATradeAndItsParts() {
        Extraction e = read("聚焦电机电驱、五金工具、光伏及新能源汽车零部件等产业，梳理技术需求。带动偏光片、玻璃基板、显示模组等配套产业集聚。"
                + "做强智能家电、新能源汽车及零部件等产业。");
        assertThat(e.names(Label.Industry)).contains("光伏", "新能源汽车零部件", "偏光片", "玻璃基板", "显示模组",
                "新能源汽车及零部件").doesNotContain("光伏及新能源汽车零部件");
    }

    @Test
    void aListWhoseEveryItemIsAThingMadeListsProducts() {
        Extraction e = read("对进入临床试验的抗体药物、基因治疗药物优先纳入市级重大科技专项。聚焦高档数控机床、工业机器人开展攻关。"
                + "为科研人员、管理人员提供服务。");
        assertThat(e.names(Label.Industry)).contains("抗体药物", "基因治疗药物", "高档数控机床")
                .doesNotContain("科研人员", "管理人员");
    }

    @Test
    void aTradeMovingTowardsItsProductsAndTheKeyTechnologiesOfAConsortiumNameIndustries() {
        Extraction e = read("推动光电信息产业向激光器件、光通信模块延伸，推动生物医药产业向抗体药物、高端医疗器械集聚。"
                + "支持某某集团联合某某大学组建产业创新联合体，围绕工业机器人、精密减速器等关键技术开展联合攻关。");
        assertThat(e.names(Label.Industry)).contains("激光器件", "光通信模块", "抗体药物", "高端医疗器械", "工业机器人",
                "精密减速器");
    }

    @Test
    void firmsListedByTheTradesTheDocumentNamesAsIndustriesAreNoBrandsAndEachIsNoBrand() {
        Extraction e = read("推动中药材、绿色食品等特色产业提质增效。选派科技特派员，服务绿色食品、中药材等企业和农民专业合作社。"
                + "支持川岷机械、北辰化工等企业开展技术改造。对每个概念验证项目给予最高30万元补助。");
        assertThat(e.names(Label.Industry)).contains("中药材", "绿色食品");
        assertThat(e.names(Label.Enterprise)).contains("川岷机械", "北辰化工").doesNotContain("中药材", "绿色食品", "个概");
    }

    @Test
    void levelAndRankWordsMakeNoNameAndTextilesAreAFieldOfResearch() {
        Extraction e = read("支持某某高新区创建世界领先科技园区。对新认定的区级校企联合实验室给予最高50万元补助。"
                + "支持某某大学共建研究院，围绕功能性纺织品、产业用纺织品开展关键技术攻关。");
        assertThat(e.names(Label.Park)).doesNotContain("世界领先科技园区");
        assertThat(e.names(Label.Platform)).doesNotContain("区级校企联合实验室", "校企联合实验室");
        assertThat(e.names(Label.Industry)).contains("功能性纺织品", "产业用纺织品");
    }

    @Test
    void partsAndMachineSystemsAJointEffortWorksOnAreIndustries() {
        Extraction e = read("支持某某精工装备股份有限公司与某某大学共建精密数控校企联合实验室，围绕五轴数控系统、高端轴承开展联合攻关。"
                + "支持某某研究所联合开展高精度减速器、伺服电机等关键零部件攻关。");
        assertThat(e.names(Label.Industry)).contains("五轴数控系统", "高端轴承", "高精度减速器", "伺服电机");
        // a list of kinds of work gives none
        assertThat(read("围绕数字化改造、检测认证开展联合攻关。").names(Label.Industry)).isEmpty();
    }

    @Test
    void theFieldsJointResearchWorksOnNamedBareAreIndustriesButKindsOfWorkAreNot() {
        Extraction e = read("推动某某科技有限公司与某某大学联合开展高强钢、耐蚀合金等技术攻关。"
                + "支持某某研究院合作开展生物饲料新品种研发，联合开展高端装备关键零部件攻关。"
                + "支持企业联合开展轻量化、大型铸锻件智能化生产等共性技术攻关。");
        assertThat(e.names(Label.Industry)).contains("高强钢", "耐蚀合金", "生物饲料", "高端装备")
                .doesNotContain("轻量化", "大型铸锻件智能化生产", "生物饲料新品种", "高端装备关键零部件");
        // a bare 开展 needs the joint work or the technology after the fields: 开展A研究 may be any study
        assertThat(read("依托某某学院开展低碳胶凝材料联合攻关。").names(Label.Industry)).contains("低碳胶凝材料");
        assertThat(read("开展茶树良种选育、茶叶精深加工等技术攻关。开展人才政策研究。").names(Label.Industry))
                .doesNotContain("茶树良种选育", "人才政策");
        // things made need no more (开展A研发), a machine's system worked on alone is one too
        assertThat(read("支持某某材料有限公司委托某某学院开展高镍正极材料研发。某某联盟围绕新能源汽车动力系统开展联合攻关。")
                .names(Label.Industry)).contains("高镍正极材料", "新能源汽车动力系统");
        assertThat(read("开展器件研发，开展前沿材料联合攻关。").names(Label.Industry)).doesNotContain("器件", "前沿材料");
    }

    @Test
    void aListOfIndustriesStartsAfterTheClauseWordInsideAnEarlierItem() {
        Extraction e = read("校企协同创新，是指企业与高等学校、科研院所围绕先进金属材料、氢能、智能网联汽车等主导产业开展合作。"
                + "建设知识产权保护中心，开通新型储能、高端装备领域专利快速预审通道。"
                + "重点发展动力电池、驱动电机、电控系统等关键零部件。");
        assertThat(e.names(Label.Industry)).contains("先进金属材料", "氢能", "新型储能", "动力电池", "驱动电机")
                .doesNotContain("科研院所围绕先进金属材料", "开通新型储能", "电机");
    }

    @Test
    void theTradesWhoseCompaniesAServiceServesAreIndustries() {
        assertThat(read("从驻区高校院所选派一批科技特派员，重点服务都市农业、食品加工企业。").names(Label.Industry))
                .contains("都市农业", "食品加工");
        // a list running on past its field word names none
        assertThat(read("面向电子信息、绿色建材领域发布企业技术需求榜单。").names(Label.Industry))
                .doesNotContain("绿色建材领域发布");
    }

    @Test
    void aHeadingsVerbACentreCalledByItsKindAndDeepeningANicheMakeNoNames() {
        Extraction e = read("3.发展现代产业学院。支持某某学院与某某云数科技有限公司合作举办某某软件产业学院。"
                + "完成研究中心实验室建设。支持某某精工装备股份有限公司等企业深耕细分领域。");
        assertThat(e.names(Label.University)).doesNotContain("发展现代产业学院", "现代产业学院");
        assertThat(e.names(Label.Platform)).doesNotContain("研究中心实验室");
        assertThat(e.names(Label.Industry)).doesNotContain("企业深耕", "深耕");
        // the core of a trade as statistics count it is the trade
        assertThat(read("到2027年，人工智能核心产业规模突破300亿元。").names(Label.Industry)).containsExactly("人工智能");
    }

    @Test
    void aCountOrARangeOfLevelsBeforeABodyMakesItAKindNotAName() {
        Extraction e = read("推动省级以上农业科技园区提档升级，支持某某大学布局建设一批基础学科研究中心。支持建设某某农业科技园区。");
        assertThat(e.names(Label.Park)).containsExactly("某某农业科技园区");
        assertThat(e.names(Label.Platform)).isEmpty();
    }

    @Test
    void whereABodyGoesOrSitsEndsTheTextBeforeThePark() {
        Extraction e = read("推动高校院所到某某经济开发区设立分支机构，中试基地选址某某高新区，教授团队常驻某某新能源装备产业园。");
        assertThat(e.names(Label.Park)).contains("某某经济开发区", "某某高新区", "某某新能源装备产业园")
                .noneMatch(n -> n.startsWith("到") || n.contains("选址") || n.contains("常驻"));
    }

    @Test
    void choosingRecommendingOrRenamingABodyIsNoPartOfItsName() {
        Extraction e = read("确定某某理工大学智能传感产业技术研究院为第三批省级产业技术研究院，推荐某某大学新能源材料产业技术研究院。"
                + "某某精细化工中试平台升格为市级中试基地，命名为某某精细化工中试基地。");
        assertThat(e.names(Label.Platform)).contains("某某理工大学智能传感产业技术研究院", "某某大学新能源材料产业技术研究院")
                .noneMatch(n -> n.startsWith("确定") || n.startsWith("推荐") || n.contains("为"));
    }

    @Test
    void theTradesWhoseKeyPartsJointResearchWorksOnAreIndustries() {
        Extraction e = read("支持某某大学与某某重工集团有限公司联合开展高端装备关键零部件攻关。"
                + "共建某某大学新能源研究院，重点开展固态电池、储能材料等方向研究。");
        assertThat(e.names(Label.Industry)).contains("高端装备", "固态电池", "储能材料");
    }

    @Test
    void theFieldsListedBeforeTheKeyTechnologiesOfAJointResearchAreIndustries() {
        Extraction e = read("支持某某化工集团有限公司联合某某大学组建创新联合体，开展高性能纤维、电子化学品等领域关键核心技术攻关。"
                + "推动某某理工学院开展超快激光、精密加工等领域技术攻关。");
        assertThat(e.names(Label.Industry)).contains("高性能纤维", "电子化学品", "超快激光", "精密加工");
        // kinds of work listed so are no trades
        assertThat(read("开展工艺优化、检测评价等领域技术攻关。").names(Label.Industry)).doesNotContain("工艺优化");
        // the fields focused on before the work on their key technologies (聚焦A、B开展关键技术攻关)
        assertThat(read("支持某某大学共建研究院，聚焦高性能树脂、电子化学品开展关键技术攻关。").names(Label.Industry))
                .contains("高性能树脂", "电子化学品");
        assertThat(read("聚焦工艺优化、检测评价开展关键技术攻关。").names(Label.Industry)).isEmpty();
    }

    @Test
    void aBannerIsARegionWhereTheDocumentSpeaksOfThatLevelButAFlagshipIsNot() {
        Extraction e = read("全旗科技工作要点。依托某某塔拉旗现代农牧业产业园建设良种繁育基地，进展情况报旗科技局，培育旗舰企业。");
        assertThat(e.names(Label.Region)).contains("某某塔拉旗").noneMatch(n -> n.contains("报") || n.contains("旗舰"));
        assertThat(read("打造行业旗舰，建设某某塔拉旗舰店。").names(Label.Region)).noneMatch(n -> n.endsWith("旗"));
    }

    @Test
    void aStateOfProjectsIsNoBrandAndBuildingWellEndsTheTextBeforeAPark() {
        Extraction e = read("对延期未结题项目建立台账。支持某某大学依托某某高新区建好某某大学科技园。");
        assertThat(e.names(Label.Enterprise)).doesNotContain("延期");
        assertThat(e.names(Label.Park)).contains("某某大学科技园").noneMatch(n -> n.contains("建好"));
    }

    @Test
    void aRankGivenIsNoNameAndAKindOfInstitutionBeforeYuIsAPartyOfItsOwn() {
        Extraction e = read("新认定为市级工程技术研究中心的给予奖励。支持中国科学院、清华大学等国内知名高校院所与某某高新区共建新型研发机构，"
                + "主动融入长三角科技创新共同体和南京都市圈建设。");
        assertThat(e.names(Label.Platform)).noneMatch(n -> n.startsWith("为"));
        assertThat(e.names(Label.Park)).contains("某某高新区").noneMatch(n -> n.contains("院所"));
        assertThat(e.names(Label.Region)).contains("南京都市圈");
    }

    @Test
    void aNumberWithAScaleWordIsAQuantityNotANameLetter() {
        assertThat(Lexicon.specificChars("七大")).isZero();
        assertThat(Lexicon.specificChars("三个")).isZero();
        assertThat(Lexicon.specificChars("五千亿元")).isZero();
        assertThat(Lexicon.specificChars("百亿级光伏")).isEqualTo(2);
    }

    @Test
    void anOrganOpeningAClauseAsTheSubjectOfItsWorkIsAUnit() {
        Extraction e = read("第二条 市审计局依法对专项资金的使用情况进行审计监督。县市场监管局做好知识产权保护工作；"
                + "市场化运作的基金按季度报告。");
        assertThat(e.names(Label.Unit)).contains("市审计局", "县市场监管局").noneMatch(n -> n.startsWith("市场化"));
    }

    @Test
    void banksAndTheirBranchesAreCompaniesButTheCentralBanksBranchesAreNot() {
        Extraction e = read("推动澄溪农商银行、兴业银行澄溪分行与澄溪县科技局合作，人民银行澄溪县支行做好指导，全年引进生物医药项目4个以上。");
        assertThat(e.names(Label.Enterprise)).contains("澄溪农商银行", "兴业银行澄溪分行")
                .noneMatch(n -> n.contains("人民银行"));
        assertThat(e.names(Label.Industry)).contains("生物医药");
    }

    @Test
    void anIndustryWithAMottoIsTheTopicOfTheSentence() {
        Extraction e = read("新型冶炼业以“绿色化、循环化”为重点，大力发展铜箔、铝材等金属材料。");
        assertThat(e.names(Label.Industry)).contains("新型冶炼", "铜箔", "铝材", "金属材料");
    }

    @Test
    void developmentWordingOtherThanOneSentenceFrameListsIndustries() {
        Extraction e = read("加快发展培育以智能网联汽车、工业软件等为主导的新兴产业。");
        assertThat(e.names(Label.Industry)).contains("智能网联汽车", "工业软件")
                .noneMatch(n -> n.startsWith("以") || n.contains("为主导"));
    }

    @Test
    void anIndustryNameKeepsItsSectorWordButLosesTheCategoryYe() {
        assertThat(Canonical.of(Label.Industry, "有色冶炼业")).isEqualTo("有色冶炼");
        assertThat(Canonical.of(Label.Industry, "精细化工业")).isEqualTo("精细化工");
        assertThat(Canonical.of(Label.Industry, "现代农业")).isEqualTo("现代农业");
        assertThat(Canonical.of(Label.Industry, "特色林业")).isEqualTo("特色林业");
    }

    @Test
    void aPlaceAndBrandListedBeforeAKnownOrganisationIsACompany() {
        Extraction e = read("重点培育江苏恒远、中国矿大等5家专利培育中心。");
        assertThat(e.names(Label.Enterprise)).contains("江苏恒远");
    }

    @Test
    void aUniversitysPartnerMayStartWithAProvince() {
        Extraction e = read("某某大学化工学院与浙江华峰纺织共建功能材料研究院。");
        assertThat(e.names(Label.Enterprise)).contains("浙江华峰纺织");
    }

    @Test
    void listsOfPlacesEndWithAnyAdministrativeHead() {
        Extraction e = read("深化与嘉兴、湖州等兄弟城市的合作，加强与芜湖等结对市的交流。");
        assertThat(e.names(Label.Region)).contains("嘉兴", "湖州", "芜湖");
    }

    @Test
    void compassRegionsAndKnownRegionsWithDiquAreRegions() {
        Extraction e = read("面向华东地区和中西部地区，加强与长三角地区的合作。");
        assertThat(e.names(Label.Region)).contains("华东地区", "中西部地区", "长三角地区");
    }

    @Test
    void aProvincesAbbreviationWithOneCompassPointBeforeDiquIsARegion() {
        Extraction e = read("打造鲁南地区产教融合示范城市，辐射苏北地区和豫东地区。");
        assertThat(e.names(Label.Region)).contains("鲁南地区", "苏北地区", "豫东地区");
    }

    @Test
    void aTimeWordBeforeShiOpensAnOrganNotACity() {
        Extraction e = read("建设期内市财政按设备投入的30%给予补助，最高3000万元。");
        assertThat(e.names(Label.Region)).isEmpty();
    }

    @Test
    void aBarePlaceIsNamedByTheSuffixedFormItsGovernmentIsWrittenWith() {
        Extraction e = read("推动青溪经济开发区建设。（责任单位：青溪区政府）");
        assertThat(e.names(Label.Region)).contains("青溪区").doesNotContain("青溪");
    }

    /** A body named only by who owns it (外资研发中心, 全球研发中心) is a kind of platform, not one. */
    @Test
    void aKindOfBodyNamedByItsOwnershipIsNoName() {
        Extraction e = read("对新设立的外资研发中心给予奖励，支持独立法人外资研发中心和全球研发中心落户，"
                + "支持青溪智能装备集团有限公司建设青溪智能装备研发中心。");
        assertThat(e.names(Label.Platform)).containsExactly("青溪智能装备研发中心");
    }

    /** A place followed by a year opens what it does that year: the place is a region, not a piece of a title. */
    @Test
    void aPlaceBeforeAYearIsARegion() {
        Extraction e = read("现将《青溪区2026年产学研协同创新重点任务分工》印发给你们。支持企业与高校共建实验室。");
        assertThat(e.names(Label.Region)).contains("青溪区");
    }

    @Test
    void aShortNameDefinedInBracketsIsTheSameCompany() {
        Extraction e = read("支持某某长风化工集团有限公司（以下简称长风集团）建设研发中心。长风集团与某某大学开展合作。");
        assertThat(e.relations()).contains("PARTNERS_WITH 某某长风化工集团有限公司 -> 某某大学");
    }

    @Test
    void aLeadAndThePartnersItJoinsAllBuildThePlatform() {
        Extraction e = read("由青禾电子牵头，联合某某大学、某某理工学院组建某某电子信息产业联盟。");
        assertThat(e.relations()).contains("HOSTS 青禾电子 -> 某某电子信息产业联盟",
                "HOSTS 某某大学 -> 某某电子信息产业联盟", "HOSTS 某某理工学院 -> 某某电子信息产业联盟",
                "PARTNERS_WITH 青禾电子 -> 某某大学");
    }

    @Test
    void aPlatformBuiltByACompanyOnAUniversityReliesOnIt() {
        Extraction e = read("某某铝基材料工程技术研究中心由某某铝业股份有限公司依托某某大学建设，开展研发。");
        assertThat(e.relations()).contains("HOSTS 某某铝业股份有限公司 -> 某某铝基材料工程技术研究中心",
                "RELIES_ON 某某铝基材料工程技术研究中心 -> 某某大学", "PARTNERS_WITH 某某铝业股份有限公司 -> 某某大学");
    }

    @Test
    void aVocationalCollegesAbbreviationIsTheCollege() {
        Extraction e = read("支持某某职业技术学院发展。推动某某职院与长河集团校企共建产业学院。");
        assertThat(e.relations()).contains("PARTNERS_WITH 某某职业技术学院 -> 长河集团");
    }

    @Test
    void dashedAndCampusBracketedPlatformNamesKeepTheirHosts() {
        Extraction e = read("支持某某大学（东区）先进材料研究院、青山大学—某某稀土联合研究院和华为—某某理工学院机器人联合实验室建设。");
        assertThat(e.names(Label.Platform)).contains("某某大学（东区）先进材料研究院", "青山大学—某某稀土联合研究院",
                "华为—某某理工学院机器人联合实验室");
        assertThat(e.relations()).contains("HOSTS 某某大学 -> 某某大学（东区）先进材料研究院",
                "HOSTS 青山大学 -> 青山大学—某某稀土联合研究院", "HOSTS 某某理工学院 -> 华为—某某理工学院机器人联合实验室");
    }

    @Test
    void aUniversityOrientedToAnIndustryFocusesOnIt() {
        Extraction e = read("鼓励某某学院围绕绿色食品、新能源汽车零部件产业开展应用研究。支持某某职业技术学院面向低空经济产业开设专业群。");
        assertThat(e.relations(dev.collabgraph.model.RelType.FOCUSES_ON)).contains("某某学院 -> 绿色食品",
                "某某学院 -> 新能源汽车零部件", "某某职业技术学院 -> 低空经济");
    }

    @Test
    void aBrandNamingAProjectIsACompanyOnlyWhenTheGenreSignalsIt() {
        Extraction e = read("重点推进青禾太阳能电池、台湾恒远高端手机配套链等重大产业化项目。推进光伏组件、光伏逆变器等项目。");
        assertThat(e.names(Label.Enterprise)).contains("青禾", "恒远").doesNotContain("光伏");
    }

    @Test
    void multiPlaceRegionsAndListedPlacesAreRegions() {
        Extraction e = read("主动融入长江中游城市群和成渝地区双城经济圈建设，深化与济南、青岛及京津冀地区的合作，"
                + "从常州、无锡等地引进人才，推动青山区、白水县错位发展。");
        assertThat(e.names(Label.Region)).contains("长江中游城市群", "成渝地区双城经济圈", "济南", "青岛", "京津冀地区",
                "常州", "无锡", "白水县");
    }

    @Test
    void bracketedPlaceBranchesAndBrandNamedIncubatorsArePlatforms() {
        Extraction e = read("建设中国（青山）知识产权保护中心，推动凤巢众创空间提档升级，加快筹建国家工程机械和省特种机器人质检中心。");
        assertThat(e.names(Label.Platform)).contains("中国（青山）知识产权保护中心", "凤巢众创空间", "国家工程机械质检中心",
                "省特种机器人质检中心");
    }

    @Test
    void wholeItemsOfAListOfParksAreParksAndASectorWordAfterAConjunctionIsNoIndustry() {
        Extraction e = read("加快推进新城区金融集聚区、云龙金融超市、凤凰湾基金小镇建设。推动电子信息与制造业深度融合。");
        assertThat(e.names(Label.Park)).contains("新城区金融集聚区", "凤凰湾基金小镇");
        assertThat(e.names(Label.Industry)).contains("电子信息").doesNotContain("电子信息与制造");
    }

    @Test
    void groupsSetUpForATaskAndStandingBodiesAreUnits() {
        Extraction e = read("成立由市政府主要领导任组长的科技成果转化工作领导小组。市科技创新委员会统筹推进实施。");
        assertThat(e.names(Label.Unit)).contains("科技成果转化工作领导小组", "市科技创新委员会");
        // a group may be named for its work in generic words alone
        Extraction team = read("成立由分管副区长任组长的产学研协同创新领导小组，统筹推进。各街道要成立相应领导小组。");
        assertThat(team.names(Label.Unit)).contains("产学研协同创新领导小组").noneMatch(n -> n.contains("相应"));
        // a group named for what it does, a verb among its words (政策落实督查小组, 科创走廊建设领导小组)
        Extraction named = read("成立由分管市长担任组长的政策落实督查小组，通过开展培训宣贯推动落实。");
        assertThat(named.names(Label.Unit)).contains("政策落实督查小组");
    }

    @Test
    void buildersJoinedAfterAShortNameDefinitionHostWhatTheyBuild() {
        Extraction e = read("支持青山大学与青山天衡新能源科技股份有限公司（以下简称天衡新能源）共建储能材料联合研发中心。");
        assertThat(e.relations()).contains("HOSTS 青山大学 -> 储能材料联合研发中心");
    }

    @Test
    void fieldsCountedListedOrWorkedOnAreIndustries() {
        Extraction e = read("围绕新一代电子信息、智能家电、生物医药三大支柱产业实施攻关项目。"
                + "创新中心面向工业机器人、数控机床开展共性技术攻关；研究院聚焦智能装备、工业软件方向。\n所属领域：智能农机\n"
                + "面向装备设计、质量检测、设备运维等场景开展示范应用。围绕高校、科研院所开展合作。");
        assertThat(e.names(Label.Industry)).contains("新一代电子信息", "智能家电", "生物医药", "工业机器人", "数控机床",
                "智能装备", "工业软件", "智能农机").doesNotContain("装备设计", "质量检测", "高校", "科研院所");
    }

    @Test
    void organsNamedWithTheOnesTheyWorkWithAreUnits() {
        Extraction e = read("日常工作由市科技局承担。市统计局要会同市科技局完善统计监测制度，县科技局要会同县统计局建立监测制度。"
                + "会同有关部门开展督查。");
        assertThat(e.names(Label.Unit)).contains("市统计局", "县统计局").noneMatch(n -> n.contains("有关部门"));
    }

    @Test
    void aMadeFieldNamedAloneInAnOrientationFrameIsAnIndustryButAGeneralSubjectIsNot() {
        assertThat(read("支持某某实验室围绕先进储能材料开展攻关。").names(Label.Industry)).contains("先进储能材料");
        assertThat(read("支持企业围绕关键核心技术开展攻关。").names(Label.Industry)).isEmpty();
    }

    @Test
    void tracksAndCountedFieldsNameIndustries() {
        Extraction e = read("抢占固态电池、氢燃料电池赛道，培育合成生物、细胞治疗等新兴赛道，做优氟化工新材料、先进陶瓷、高性能纤维三个细分领域。");
        assertThat(e.names(Label.Industry)).contains("固态电池", "氢燃料电池", "合成生物", "细胞治疗", "氟化工新材料",
                "先进陶瓷", "高性能纤维").noneMatch(n -> n.contains("抢占") || n.contains("三个") || n.contains("赛道"));
        assertThat(read("统筹人才、平台两个赛道。").names(Label.Industry)).isEmpty();
    }

    @Test
    void aChainsHostPlacesWorkWithItsLeadAndItsParksStayParks() {
        String text = """
                某某市重点产业链链长制工作方案
                三、重点产业链分工
                （一）新能源汽车产业链
                发展方向：做强整车制造。
                牵头部门：市工信局
                协同部门：市科技局
                主要承载地：某某经开区、临溪区
                链主企业：某某汽车集团有限公司
                （二）低空经济产业链
                发展方向：发展无人机整机。
                牵头部门：市发展改革委
                主要承载地：某某高新区
                链主企业：待培育
                """;
        var mapped = Cleaner.clean(Decoder.decode("chains.txt", text.getBytes(StandardCharsets.UTF_8)));
        Extraction e = Extraction.of(mapped);
        assertThat(e.names(Label.Park)).contains("某某经开区", "某某高新区");
        assertThat(dev.collabgraph.loader.structure.StructureParser.parse(mapped).notes())
                .anyMatch(n -> n.units().stream().anyMatch(u -> u.name().equals("临溪区") && "co".equals(u.role())));
        assertThat(e.names(Label.Enterprise)).contains("某某汽车集团有限公司").doesNotContain("待培育");
    }

    /**
     * 与 after an institution (某某中心与, 我校与) or after an adverb (已与, 将与) parts two parties: the company after it
     * is a name of its own; 引入 ends the text before a name as 引进 does.
     */
    @Test
    void withAfterAnInstitutionOrAnAdverbPartsTwoParties() {
        Extraction e = read("支持某某县职业教育中心与临川新型建材股份有限公司开设订单班。临川理工学院已与临川新材料集团有限公司签订协议。"
                + "我校与临川药业集团股份有限公司共建研究院。引入临川大学食品学院团队。");
        assertThat(e.names(Label.Enterprise)).contains("临川新型建材股份有限公司", "临川新材料集团有限公司",
                "临川药业集团股份有限公司").noneMatch(n -> n.contains("与"));
        assertThat(e.names(Label.University)).contains("临川大学食品学院").noneMatch(n -> n.startsWith("引入"));
    }

    /** 打通 ends the text before what it opens a way for, 全年 the text before an industry: neither is part of a name. */
    @Test
    void openingAWayAndTheWholeYearStartNoName() {
        Extraction e = read("打通实验室成果走向生产线的通道。全年新一代信息技术产业营业收入增长12%。");
        assertThat(e.names(Label.Platform)).noneMatch(n -> n.startsWith("打通"));
        assertThat(e.names(Label.Industry)).noneMatch(n -> n.startsWith("全年"));
    }

    /** 串联, 指导, 提交 and 获批 end the text before a name. */
    @Test
    void linkingGuidingSubmittingAndApprovedStartNoName() {
        Extraction e = read("串联临川高新区和临川科技城。指导临川海工装备集团有限公司建设中试线。年内提交省重点实验室申报材料。");
        assertThat(e.names(Label.Park)).contains("临川高新区").noneMatch(n -> n.startsWith("串联"));
        assertThat(e.names(Label.Enterprise)).contains("临川海工装备集团有限公司").noneMatch(n -> n.startsWith("指导"));
        assertThat(e.names(Label.Platform)).noneMatch(n -> n.contains("提交"));
    }

    @Test
    void theVerbAfterAnItemsNumberIsNoPartOfTheIndustryListItOpens() {
        Extraction e = read("7、做强光电芯片、新型显示两大主导产业，编制产业链图谱。\n8、前瞻布局低空经济、人工智能等未来产业。");
        assertThat(e.names(Label.Industry)).contains("光电芯片", "新型显示", "低空经济", "人工智能")
                .noneMatch(n -> n.startsWith("做强") || n.startsWith("前瞻"));
    }

    @Test
    void theKindOfAListOfIndustriesIsNoPartOfItsLastItem() {
        Extraction e = read("围绕新材料、生物医药两大主导产业和茶叶、中药材特色产业，构建协同创新体系。引进首批新材料领域孵化项目。");
        assertThat(e.names(Label.Industry)).contains("茶叶", "中药材")
                .noneMatch(n -> n.endsWith("特色") || n.startsWith("首批"));
    }

    @Test
    void aZoneBeforeAnIndustryIsWhereItIsAndAFieldsCategoryAloneIsNoIndustry() {
        Extraction e = read("近年来，开发区生物医药产业保持快速增长，某某高新区电子信息产业规模突破千亿元。"
                + "重点发展医学影像设备、体外诊断等细分领域。");
        assertThat(e.names(Label.Industry)).contains("生物医药", "电子信息", "医学影像设备", "体外诊断")
                .noneMatch(n -> n.contains("区") || n.startsWith("细分"));
    }

    @Test
    void aSchoolsNameBeforeAFieldOpeningWithShengIsNoStudentsWord() {
        Extraction e = read("支持建设某某医科大学生物医药中试基地，鼓励大学生创新创业。");
        assertThat(e.names(Label.University)).containsExactly("某某医科大学");
        assertThat(e.relations(dev.collabgraph.model.RelType.HOSTS)).anyMatch(r -> r.contains("某某医科大学生物医药中试基地"));
    }

    @Test
    void anOfficeInTheUnitCellOfAnAnnexRowIsNoPlatformButASchoolThereIsASchool() {
        Extraction e = Extraction.of(Cleaner.clean(Decoder.decode("x.txt", """
                某某县关于支持科技创新的若干措施
                第一条　支持创新。对企业给予补助。责任单位：县科技局。
                第二条　支持平台。对平台给予补助。责任单位：县工信局。
                附件
                工作任务清单
                序号\t工作任务\t牵头单位\t配合单位\t完成时限
                1\t制定申报指南\t县科技局\t县财政局\t3月底前
                2\t上线惠企政策兑现专区\t县数据资源局\t县政务服务中心、某某职业技术学院\t6月底前
                """.getBytes(StandardCharsets.UTF_8))));
        assertThat(e.names(Label.Platform)).isEmpty();
        // a school named as a responsible unit is one of the document's schools
        assertThat(e.names(Label.University)).containsExactly("某某职业技术学院");
    }

    @Test
    void theFieldAPlaceIsBuiltUpToLeadInIsAnIndustry() {
        Extraction e = read("加快建设长三角纺织新材料创新高地，打造具有全国影响力的高端装备产业高地，建设人才高地和开放高地，"
                + "努力建设成为区域科技创新高地。联合某某有限公司开展功率半导体关键工艺攻关。");
        assertThat(e.names(Label.Industry)).contains("纺织新材料", "高端装备", "功率半导体")
                .noneMatch(n -> n.contains("人才") || n.contains("开放") || n.contains("区域"));
    }

    @Test
    void theFieldsWhoseKeyTechnologiesAreAttackedVerbFirstAreIndustries() {
        Extraction e = read("由某某储能科技股份有限公司牵头组建储能产业技术创新联盟，协同攻关长时储能关键技术。"
                + "联合攻关高性能树脂、电子化学品等关键技术，突破一批关键核心技术，突破检测工艺关键技术。");
        assertThat(e.names(Label.Industry)).contains("长时储能", "高性能树脂", "电子化学品")
                .noneMatch(n -> n.contains("一批") || n.contains("检测"));
    }

    @Test
    void whatJointResearchAttacksAndThePartsAListNamesAreIndustries() {
        Extraction e = read("支持某某数控机床有限公司与某某大学共建联合实验室，开展精密主轴、数控系统攻关。"
                + "支持某某大学与某某新材料有限公司围绕高镍正极、固态电解质开展技术攻关。"
                + "提升动力电池、电驱电控、智能座舱等关键零部件本地配套能力，组建创新联合体攻关高精度减速器、液压件等关键零部件。"
                + "围绕大模型训练、数据要素流通开展联合攻关，围绕人才、资金开展攻关。");
        assertThat(e.names(Label.Industry)).contains("精密主轴", "数控系统", "高镍正极", "固态电解质", "动力电池", "电驱电控",
                "智能座舱", "高精度减速器", "液压件")
                .noneMatch(n -> n.contains("攻关") || n.contains("训练") || n.contains("流通") || n.equals("人才"));
    }

    @Test
    void researchCommissionedOrJointAndAttacksClosingAClauseNameTheirFields() {
        Extraction e = read("支持某某机床集团有限公司委托某某交通大学机械学院开展高速精密主轴研发。"
                + "支持某某装备有限公司联合某某工程学院开展工业母机、智能检测装备研发。联合某某大学攻关碳化硅功率芯片。"
                + "联合某某药业开展抗肿瘤、代谢类疾病等领域新药研发。联合高校开展定向研发。"
                + "为茶饮料、预制菜等加工企业提供中试服务，重点服务都市农业、食品加工企业。");
        assertThat(e.names(Label.Industry)).contains("高速精密主轴", "工业母机", "智能检测装备", "碳化硅功率芯片", "茶饮料", "预制菜",
                "食品加工").doesNotContain("抗肿瘤", "定向", "食品");
    }

    @Test
    void theTradesOfTheProjectsAPlaceBringsInAreIndustries() {
        Extraction e = read("依托某某工业园区，引进片式元器件、连接器、传感器件等项目，招引汽车电子配套项目，"
                + "在光电产业集聚区布局激光、光学镜头等领域项目。引进亿元以上项目，引进一批配套项目，招引数据中心、算力服务项目。"
                + "在临港产业园建设科技园，集聚海洋生物医药、海洋新材料等领域成果转化项目。");
        assertThat(e.names(Label.Industry)).contains("片式元器件", "连接器", "传感器件", "汽车电子", "激光", "光学镜头",
                        "海洋生物医药", "海洋新材料")
                .noneMatch(n -> n.contains("亿元") || n.contains("一批") || n.contains("数据中心") || n.contains("算力"));
    }

    @Test
    void aParksPhaseEndsItsNameAndPlanningToAStandardOpensNone() {
        Extraction e = read("加快某某县新材料产业园二期和某某装备制造产业园标准厂房建设。高标准规划某某科学城。");
        assertThat(e.names(Label.Park)).contains("某某县新材料产业园", "某某装备制造产业园", "某某科学城")
                .noneMatch(n -> n.contains("二期") || n.contains("规划"));
    }

    @Test
    void zonesNamedAsScienceParksValleysAndCooperationParksAreParks() {
        Extraction e = read("以某某生命科学园为主阵地，推进淞岷产业协作园二期建设，在某某科创谷设立工作站，依托某某智造谷举办展会，"
                + "依托某某精细化工园建设中试基地。");
        assertThat(e.names(Label.Park)).contains("某某生命科学园", "淞岷产业协作园", "某某科创谷", "某某智造谷", "某某精细化工园");
    }

    @Test
    void projectsDescribedBySizeSourceOrKindNameNoBrandAndATeamOrAFundEndsBeforeItsPartner() {
        Extraction e = read("力争每年签约亿元以上项目30个，统筹使用上级科技项目资金，引进孵化一批高成长性科技项目。"
                + "支持某某大学团队与某某新能源股份有限公司共建中试线，市天使投资母基金联合某某金控集团有限公司设立子基金。");
        assertThat(e.names(Label.Enterprise)).contains("某某新能源股份有限公司", "某某金控集团有限公司")
                .noneMatch(n -> n.equals("每年") || n.equals("使用") || n.equals("高成") || n.contains("团队")
                        || n.contains("基金"));
    }

    @Test
    void aReachBeforeAnIndustryIsWhereItIsNotPartOfItsName() {
        Extraction e = read("加快建设长江中游城市群新型储能产业高地，推动某某县承接大湾区电子信息产业转移，围绕某某市建设西部光电子产业高地。");
        assertThat(e.names(Label.Industry)).contains("新型储能", "电子信息", "光电子")
                .noneMatch(n -> n.contains("长江") || n.contains("湾区") || n.contains("西部"));
    }

    @Test
    void aPlainDevelopmentOfAListOfTradesAndWhatIsBrokenThroughOrBroughtInNameIndustries() {
        Extraction e = read("以光伏、储能、氢能为重点，发展光伏组件、储能电池、燃料电池等产品。人形机器人重点突破运动控制器、伺服驱动系统。"
                + "引进陶瓷粉体、精密陶瓷部件配套企业。发展新质生产力、现代化产业体系，发展人才、资金。"
                + "以正极材料为核心，向上游延伸。坚持以市场为引领。");
        assertThat(e.names(Label.Industry)).contains("光伏组件", "储能电池", "燃料电池", "运动控制器", "伺服驱动系统", "陶瓷粉体",
                "精密陶瓷部件", "正极材料").noneMatch(n -> n.contains("生产力") || n.contains("体系") || n.equals("人才")
                || n.equals("市场"));
    }

    @Test
    void theWordsThatDefineOrGrowAListAreNoPartOfItsItems() {
        Extraction e = read("本办法所称重点产业链，是指集成电路、生物医药、高端纺织三条主导产业链。“2+1”重点产业链，即汽车零部件、"
                + "锂电新材料两条主导产业链。做精茶叶、油茶、食用菌三大特色产业。做强电子信息、做优生物医药、做大新材料，加快培育人工智能。");
        assertThat(e.names(Label.Industry)).contains("集成电路", "汽车零部件", "茶叶", "电子信息", "生物医药", "新材料")
                .noneMatch(n -> n.startsWith("指") || n.startsWith("即") || n.startsWith("做"));
    }

    @Test
    void verbsWhoseObjectIsATradeOpenNoIndustry() {
        Extraction e = read("着力破解一批制约产业发展的关键核心技术。每年安排建设用地指标用于主导产业项目。全市新签约亿元以上产业项目260个。"
                + "某某高新区重点承载集成电路、智能家居产业链。");
        assertThat(e.names(Label.Industry)).contains("集成电路")
                .noneMatch(n -> n.contains("制约") || n.contains("用于") || n.contains("签约") || n.contains("承载"));
    }

    @Test
    void theQuartersACountyIsDividedIntoArePlaces() {
        Extraction e = read("推动苡北片区、苡南片区规上工业企业建立研发机构。");
        assertThat(e.names(Label.Region)).contains("苡北片区", "苡南片区");
    }

    @Test
    void nationalCompaniesNamedByBrandAloneAreCompanies() {
        Extraction e = read("推动比亚迪、宁德时代配套项目落户航空产业园，鼓励科大讯飞等人工智能企业提供整体解决方案。");
        assertThat(e.names(Label.Enterprise)).contains("比亚迪", "宁德时代", "科大讯飞");
    }

    @Test
    void aLevelReportedToIsNoPlace() {
        Extraction e = read("各牵头单位于每季度末将推进情况报区政府督查室，重大事项报市政府。良种覆盖率按县农业农村局统计口径。");
        assertThat(e.names(Label.Region)).noneMatch(n -> n.contains("报") || n.contains("按"));
    }

    @Test
    void theTradeOfTheCompaniesAPlatformServesIsAnIndustry() {
        Extraction e = read("建设某某中试基地，为生物制造企业提供工艺放大服务，为区内光电信息企业提供检测认证，"
                + "为中小企业提供融资服务，为高新技术企业提供政策辅导。");
        assertThat(e.names(Label.Industry)).contains("生物制造", "光电信息")
                .noneMatch(n -> n.contains("中小") || n.contains("高新技术"));
    }

    @Test
    void theKeyPartsOfATradeInAnOrientationFrameNameTheTrade() {
        Extraction e = read("组建某某产业创新联合体，围绕高端装备关键零部件、新能源汽车零部件开展联合攻关。");
        assertThat(e.names(Label.Industry)).contains("高端装备", "新能源汽车零部件")
                .noneMatch(n -> n.contains("关键"));
    }

    @Test
    void aOneCharacterTradeListedAfterOthersKeepsItsCategoryWordAndTownsAreNoTrade() {
        Extraction e = read("围绕新能源电池材料、绿色建材、茶产业三大特色产业，发展花卉产业和竹产业，选派科技特派员服务乡镇产业和县域产业。");
        assertThat(e.names(Label.Industry)).contains("茶产业", "竹产业", "花卉", "绿色建材")
                .doesNotContain("茶", "竹", "乡镇", "县域");
    }

    @Test
    void aDistrictRightAfterItsCitysNameIsAPlaceWhateverFollowsIt() {
        Extraction e = read("在深圳市南山区设立科创飞地，支持在上海市闵行区建设离岸孵化器。申报单位应为在青禾市行政区域内注册的企业。");
        assertThat(e.names(Label.Region)).contains("南山区", "闵行区").doesNotContain("行政区");
    }

    @Test
    void aLevelBeforeAParksOwnNameRanksItAndIsNoPartOfTheName() {
        Extraction e = read("推进省级青禾农业科技园区提档升级，支持国家级青禾经济技术开发区建设青禾检测中心。");
        assertThat(e.names(Label.Park)).contains("青禾农业科技园区", "青禾经济技术开发区")
                .noneMatch(n -> n.startsWith("省级") || n.startsWith("国家级"));
    }

    @Test
    void schoolsOfAKindAndTheVerbOpeningProgrammesAreNoPartOfANameOrATrade() {
        Extraction e = read("在青禾区同步布局职业院校和产业园区。华为ICT学院开设网络技术、软件开发等方向。");
        assertThat(e.names(Label.Park)).noneMatch(n -> n.contains("职业院校"));
        assertThat(e.names(Label.Industry)).noneMatch(n -> n.startsWith("开设"));
    }

    @Test
    void workOrganisedAroundItemsEndsTheirListAtZuZhi() {
        Extraction e = read("围绕精密减速器、伺服系统组织联合攻关。");
        assertThat(e.names(Label.Industry)).noneMatch(n -> n.contains("组织"));
    }

    @Test
    void aChainExtendedUpstreamOrDownstreamReachesTheTradesOfItsLinksEvenOneAlone() {
        Extraction e = read("某某产业链以正极材料为核心，向上游延伸至前驱体、锂盐，向下游拓展储能电池、电池回收。"
                + "推动显示产业向上游延伸发展显示材料，向下游拓展智能终端。推动企业向下游延伸产业链。");
        assertThat(e.names(Label.Industry)).contains("前驱体", "锂盐", "储能电池", "电池回收", "显示材料", "智能终端")
                .noneMatch(n -> n.contains("产业链"));
    }

    @Test
    void aMachinesSystemIsATradeOfTheListAPlanDevelopsButASystemOfWorkIsNot() {
        Extraction e = read("某某区重点发展汽车底盘系统、热管理系统、智能座舱，做强数控系统、伺服驱动系统。"
                + "加快发展督查督办管理系统、政务服务系统。");
        assertThat(e.names(Label.Industry)).contains("汽车底盘系统", "热管理系统", "智能座舱", "数控系统", "伺服驱动系统")
                .noneMatch(n -> n.contains("管理系统") && !n.contains("热管理") || n.contains("服务系统"));
    }

    @Test
    void theWholeChainTheNewKindAndTheSubFieldOfATradeAreNoPartOfItsName() {
        Extraction e = read("到2029年，茶叶全产业链产值达到30亿元。培育电子元器件新兴产业，在激光装备细分领域培育单项冠军企业。");
        assertThat(e.names(Label.Industry)).contains("茶叶", "电子元器件", "激光装备")
                .noneMatch(n -> n.endsWith("全") || n.endsWith("新兴") || n.endsWith("细分"));
    }

    @Test
    void aStemBeforeTheStatesRankNamesADesignatedZoneEvenWhenNoPlaceIsKnown() {
        Extraction e = read("主动融入长株潭国家自主创新示范区建设。支持企业在郑洛新国家自主创新示范区设立研发机构。"
                + "积极争创国家自主创新示范区。");
        // (the graph names a zone without its rank, as 武进国家高新区 is 武进高新区)
        assertThat(e.names(Label.Park)).contains("长株潭自主创新示范区", "郑洛新自主创新示范区")
                .noneMatch(n -> n.startsWith("争创") || n.startsWith("国家") || n.startsWith("自主"));
    }

    @Test
    void readFromTheLeftAJointVerbTakesItsLetterFirstButAnEarlierVerbKeepsTheNext() {
        Extraction e = read("深化与高校院所的合作，与四川大学共建成蓥协同创新中心。力争创建省级制造业创新中心。");
        assertThat(e.names(Label.Platform)).contains("成蓥协同创新中心").noneMatch(n -> n.contains("建省"));
        assertThat(e.relations(dev.collabgraph.model.RelType.HOSTS)).anyMatch(r -> r.contains("四川大学")
                && r.contains("成蓥协同创新中心"));
    }

    @Test
    void aDistrictNamedByOneLetterAndItsOldTownIsAPlaceButAnUrbanAreasKindIsNot() {
        Extraction e = read("支持某某大学科技园扩建孵化载体，由蓥城区人民政府负责。推进主城区、老城区更新。");
        assertThat(e.names(Label.Region)).contains("蓥城区").doesNotContain("主城区", "老城区");
    }

    @Test
    void aPlaceBeforeAParkNamedWithItsOwnStemSaysWhereTheParkIs() {
        Extraction e = read("基地选址西岸区西岸生物医药产业园。");
        assertThat(e.names(Label.Park)).contains("西岸生物医药产业园").doesNotContain("西岸区西岸生物医药产业园");
    }

    @Test
    void aCountWithOnlyAKindsWordsBeforeTheKindCountsBodiesAndNamesNone() {
        Extraction e = read("建设某某市产业技术研究院，下设光电信息、生物医药两个专业研究所。");
        assertThat(e.names(Label.Platform)).contains("某某市产业技术研究院").noneMatch(n -> n.contains("两个"));
    }

    @Test
    void theSchoolThatLeadsBuildingInAParkHostsWhatIsBuilt() {
        Extraction e = read("由某某大学牵头在某某高新技术产业开发区（以下简称某某高新区）建设某某市产业技术研究院。");
        assertThat(e.relations(dev.collabgraph.model.RelType.HOSTS)).anyMatch(r -> r.contains("某某大学")
                && r.contains("某某市产业技术研究院"));
    }

    @Test
    void researchOfAnyKindDoneOnAListNamesItsFieldsAndSoDoCompaniesFoundedInThem() {
        Extraction e = read("围绕转向架、牵引传动系统、制动系统开展共性技术研发。联盟重点围绕智能锁具、园林工具、电动工具开展共性技术攻关。"
                + "支持某某农业大学围绕优质小麦、肉牛开展良种繁育研究。引导在校师生围绕工业软件、智能传感器创办科技型企业。"
                + "围绕高校、科研院所开展合作研究。");
        assertThat(e.names(Label.Industry)).contains("转向架", "牵引传动系统", "制动系统", "智能锁具", "园林工具", "电动工具",
                "优质小麦", "肉牛", "工业软件", "智能传感器").doesNotContain("高校", "科研院所");
    }

    @Test
    void companiesAListServesOrSuppliesAreCalledByTheirTradesWhateverTheHeads() {
        Extraction e = read("面向特种合金、高性能纤维企业提供中试验证服务。面向区内工业机器人、智能传感器企业提供检测认证服务。"
                + "面向工业级无人机、消费级无人机企业提供检测服务。带动偏光片、玻璃基板、显示模组等配套企业集聚。");
        assertThat(e.names(Label.Industry)).contains("特种合金", "高性能纤维", "工业机器人", "智能传感器", "工业级无人机",
                "消费级无人机", "偏光片", "玻璃基板", "显示模组").noneMatch(n -> n.startsWith("区内"));
        assertThat(e.names(Label.Enterprise)).doesNotContain("偏光片", "玻璃基板", "显示模组");
    }

    @Test
    void theFieldsOfJointProjectsTheKeyLinksAndMaterialsOfAChainAndItsSuppliersBroughtIn() {
        Extraction e = read("重点支持精密减速器、伺服电机、高性能碳纤维、功率半导体等方向的联合攻关项目。"
                + "推动显示驱动芯片、OLED发光材料等关键环节国产化验证。围绕正极材料、负极材料、电解液、隔膜等关键材料招引配套企业。"
                + "围绕激光雷达、车规级芯片、线控底盘等环节招引配套项目。招引伺服电机及精密轴承项目。");
        assertThat(e.names(Label.Industry)).contains("精密减速器", "伺服电机", "高性能碳纤维", "功率半导体", "OLED发光材料",
                "正极材料", "负极材料", "电解液", "隔膜", "激光雷达", "车规级芯片", "线控底盘", "精密轴承");
    }

    @Test
    void whatACompanyExtendsCapacityOrBuildsLinesForAndWhatAPolicyFundsTheResearchOfAreMadeThings() {
        Extraction e = read("支持某某电池科技有限公司扩大动力电池、储能电池产能。新建高效永磁电机生产线2条。"
                + "重点支持医学影像设备、植介入器械、手术机器人和体外诊断试剂研发。抢抓低空经济、量子信息发展机遇。"
                + "支持企业扩大技术改造、人才培养产能。支持某某生物科技股份有限公司扩大细胞培养基产能。扩大生产产能。");
        assertThat(e.names(Label.Industry)).contains("动力电池", "储能电池", "高效永磁电机", "医学影像设备", "植介入器械",
                "手术机器人", "体外诊断试剂", "量子信息", "细胞培养基").doesNotContain("技术改造", "人才培养", "生产");
    }

    @Test
    void aLevelBeforeATradeOwnsItAndIsNoPartOfItsNameAndAHeadingsVerbOpensNone() {
        Extraction e = read("推进县锂电新能源产业链延链补链强链。增强产业创新能力。围绕水产种业开展良种选育。");
        assertThat(e.names(Label.Industry)).contains("锂电新能源", "水产种业").noneMatch(n -> n.startsWith("县") || n.startsWith("增强"));
    }

    @Test
    void whereHowGoodAndWhichBatchOrPhaseABodyIsNameAKindNoBody() {
        Extraction e = read("支持企业在上海设立离岸研发中心，建设异地孵化器，组建任务型创新联合体，认定一批优秀孵化器和小型众创空间。"
                + "公布第三批省级产业技术研究院名单。推进二期实验室建设，新建万平方米中试孵化基地。");
        assertThat(e.names(Label.Platform)).noneMatch(n -> n.startsWith("离岸") || n.startsWith("异地") || n.startsWith("任务型")
                || n.startsWith("优秀") || n.startsWith("小型") || n.startsWith("第三批") || n.startsWith("二期") || n.contains("平方米"));
    }

    @Test
    void verbsSlogansAndKindsBeforeAPlacesSuffixMakeNoPlace() {
        Extraction e = read("在科技城布局“一园多区”。建设线上对接专区。化工园区是指经省人民政府认定的园区。由所列市、县牵头单位共同牵头。"
                + "剥离开发区社会事务管理职能。冲刺国家级高新区。支持CRO、CDMO等研发外包服务机构在我市落户。");
        assertThat(e.names(Label.Region)).noneMatch(n -> n.contains("一园") || n.contains("专区") || n.startsWith("指")
                || n.startsWith("所列") || n.startsWith("剥离") || n.startsWith("冲刺") || n.equals("CRO") || n.equals("CDMO"));
        assertThat(e.names(Label.Park)).noneMatch(n -> n.startsWith("剥离") || n.startsWith("冲刺"));
    }

    @Test
    void theFieldsOfSubInstitutesOfProductsResearchedAndOfOneJointAttackAreIndustries() {
        Extraction e = read("首期建设电化学储能、氢储能两个研发中心。支持企业联合高校院所开展功能食品、中药配方颗粒等产品研发。"
                + "支持某某微电子股份有限公司联合某某大学组建创新联合体，围绕先进封装开展联合攻关。");
        assertThat(e.names(Label.Industry)).contains("电化学储能", "氢储能", "功能食品", "中药配方颗粒", "先进封装");
    }

    @Test
    void twoDisciplinesJoinedNameOneSchoolButACompanyAndACollegeAreTwo() {
        Extraction e = read("生物与食品工程学院与百禾食品集团有限公司共建中心。整合经济与管理学院、公共管理学院研究力量。"
                + "恒锐新能源与椋川大学共建实验室。企业已与鹭川大学化学化工学院签约。");
        assertThat(e.names(Label.University)).contains("生物与食品工程学院", "经济与管理学院", "公共管理学院", "椋川大学")
                .doesNotContain("食品工程学院", "管理学院").noneMatch(n -> n.startsWith("恒锐") || n.startsWith("企业"));
    }

    @Test
    void projectsSupplyingAChainAreNamedByTradesAndACapacityIsNoBrand() {
        Extraction e = read("引进线控底盘、车载激光雷达等配套项目10个以上。推进年产30GWh电池项目建成投产。");
        assertThat(e.names(Label.Industry)).contains("线控底盘", "车载激光雷达");
        assertThat(e.names(Label.Enterprise)).doesNotContain("车载", "线控", "年产");
    }

    @Test
    void twoCataloguedTradesJoinedByYuAreTwoAndScenesOfUseAndReportsAreNone() {
        Extraction e = read("做强集成电路与新型显示产业链。在应急救援、电力巡检、森林防火等领域推广无人机应用。"
                + "推动高校科研选题来自产业一线。定期通报产业链运行情况。");
        assertThat(e.names(Label.Industry)).contains("集成电路", "新型显示")
                .doesNotContain("集成电路与新型显示", "应急救援", "电力巡检", "森林防火")
                .noneMatch(n -> n.contains("来自") || n.contains("通报"));
    }

    @Test
    void aListsCountAndKindCloseItsLastItemAndATeamIsNoResearchOfTheList() {
        Extraction e = read("按照“道地药材+精深加工”思路，重点发展黄精、覆盆子两大道地药材。"
                + "支持研究院围绕新材料、新能源电池两个方向组建3个研发团队。");
        assertThat(e.names(Label.Industry)).contains("黄精", "覆盆子").noneMatch(n -> n.contains("两大") || n.contains("围绕"));
    }

    @Test
    void twoFirmsOfOnePlaceJoinedByHeAreTwoNames() {
        Extraction e = read("支持嵩溪锂能科技股份有限公司联合嵩溪大学开展攻关。推动嵩溪锂能和嵩溪储能集团有限公司共建实验室。");
        assertThat(e.names(Label.Enterprise)).contains("嵩溪储能集团有限公司").noneMatch(n -> n.contains("和"));
    }

    @Test
    void aClauseFocusingOnAListOfTradesAndSuppliersOfTradesNameIndustriesButAKindOfWorkNoCompany() {
        Extraction e = read("聚焦光通信芯片、激光加工装备、光学镜头，每年组织校企联合攻关项目20项以上。"
                + "引进钛合金精密加工、表面处理等配套企业不少于10家。聚焦新材料、新能源电池两个方向组建研发团队。");
        assertThat(e.names(Label.Industry)).contains("光通信芯片", "激光加工装备", "光学镜头", "钛合金精密加工")
                .noneMatch(n -> n.endsWith("方向") || n.contains("组建"));
        assertThat(e.names(Label.Enterprise)).doesNotContain("表面处理", "钛合金精密加工");
    }

    @Test
    void aListBreakthroughsAttackCalledKeyPartsNamesTradesWhateverTheirHeads() {
        Extraction e = read("支持某某大学与某某动力集团有限公司共建研究院，重点突破电堆、膜电极、储氢瓶等关键部件。");
        assertThat(e.names(Label.Industry)).contains("电堆", "膜电极", "储氢瓶");
    }

    @Test
    void aSharingPlatformOfAPlaceIsAPlatform() {
        Extraction e = read("对纳入某某市大型科研仪器共享平台并提供服务的，按服务收入的10%给予补助。推动仪器开放共享平台建设。");
        assertThat(e.names(Label.Platform)).contains("某某市大型科研仪器共享平台").noneMatch(n -> n.startsWith("开放"));
    }
}

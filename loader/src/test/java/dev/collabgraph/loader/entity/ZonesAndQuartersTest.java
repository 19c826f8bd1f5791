package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.Cleaner;
import dev.collabgraph.loader.text.Decoder;
import dev.collabgraph.model.Label;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names learnt from blind set 520–524 (issue 8): zones known by their administrations, a province's quarters,
 * county vocational centres, incubation bases, industries written after their places, parks shortened in a title,
 * ordinal labels run into a heading. Invented sentences of an invented city.
 */
class ZonesAndQuartersTest {
    private static Extraction read(String text) {
        return Extraction.sentences(text, "云阳市");
    }

    /** A whole document, its notes read by the structure stage. */
    private static Extraction document(String text) {
        return Extraction.of(Cleaner.clean(Decoder.decode("x.txt", text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aZoneWhoseAdministrationIsAResponsibleUnitIsAParkWhereTheTextNamesIt() {
        Extraction e = document("""
                云阳市人民政府
                一、重点任务
                1.做强中试基地。建设云阳精细化工中试基地，服务青北化工园区企业。
                责任单位：市工信局、青北化工园区管委会
                2.培育产业集群。壮大新材料产业。
                责任单位：市发展改革委、南坪化工园区管委会
                """);
        assertThat(e.names(Label.Park)).contains("青北化工园区")
                // named only through its administration, the zone stays a unit of the note
                .doesNotContain("南坪化工园区");
    }

    @Test
    void theAdministrationsOfAKindOfZoneNameNoZone() {
        Extraction e = document("""
                云阳市人民政府
                一、重点任务
                1.提升园区能级。推动省级以上高新区扩容提质。
                责任单位：市科技局、省级以上高新区管委会
                """);
        assertThat(e.names(Label.Park)).doesNotContain("省级以上高新区");
    }

    @Test
    void aProvincesAbbreviationAndATwoPointDirectionNameAQuarterOfIt() {
        Extraction e = read("打造湘西北生态旅游目的地，融入黔东南山地旅游线路。"
                + "建设川中试验证基地，推动湘中医药创新，服务江苏北部沿海各市。");
        assertThat(e.names(Label.Region)).contains("湘西北", "黔东南")
                .doesNotContain("川中", "湘中", "苏北");
    }

    @Test
    void aCountysVocationalCentreIsASchool() {
        Extraction e = read("支持云阳县职业教育中心与云阳机电股份有限公司共建云阳智能制造产业学院。");
        assertThat(e.names(Label.University)).contains("云阳县职业教育中心");
        assertThat(e.relations()).anyMatch(r -> r.contains("云阳县职业教育中心") && r.contains("云阳机电股份有限公司"));
    }

    @Test
    void anIncubationBaseIsAPlatformNotAPark() {
        Extraction e = read("推动云阳麓谷创业孵化基地与湘江理工大学合作设立大学生创业专区。");
        assertThat(e.names(Label.Platform)).contains("云阳麓谷创业孵化基地");
        assertThat(e.names(Label.Park)).doesNotContain("云阳麓谷创业孵化基地");
    }

    @Test
    void thePlacesAListOfIndustriesIsWrittenAfterAreNoPartOfItsFirstItem() {
        Extraction e = read("为推动云阳市青溪县茶叶、中药材、绿色建材等特色产业提质升级，制定本行动计划。");
        assertThat(e.names(Label.Industry)).contains("茶叶", "中药材", "绿色建材")
                .noneMatch(n -> n.contains("青溪"));
    }

    @Test
    void aParkATitleNamesWithoutItsPlaceIsThePlacedPark() {
        Extraction e = read("（六）建设人工智能产业园。规划建设云阳人工智能产业园，集聚人工智能、工业软件企业。");
        assertThat(e.names(Label.Park)).contains("云阳人工智能产业园").doesNotContain("人工智能产业园");
        assertThat(e.names(Label.Industry)).contains("人工智能", "工业软件");
    }

    @Test
    void anOrdinalLabelRunIntoItsHeadingIsNoPartOfAName() {
        Extraction e = read("第六项众创空间提档行动。支持云阳电商众创空间申报省级众创空间。");
        assertThat(e.allNames()).noneMatch(n -> n.startsWith("第六项"));
        assertThat(e.names(Label.Platform)).contains("云阳电商众创空间");
    }

    @Test
    void corridorsEnclavesAndIncubationParksAreParks() {
        Extraction e = read("高标准建设云阳科创走廊，在上海设立云阳科创飞地，建设云阳双创孵化园。鼓励各县设立县域科创飞地。");
        assertThat(e.names(Label.Park)).contains("云阳科创走廊", "云阳科创飞地", "云阳双创孵化园")
                // a kind of enclave each county may set up names none
                .doesNotContain("县域科创飞地");
    }

    @Test
    void anOfficeNamedForAnIndustryIsNoIndustryNorIsAnIncubatorsVerbPartOfOne() {
        Extraction e = read("文档所有者：市发改委高技术产业科　|　最后编辑：2026-04-10。"
                + "建设某某大学科技园分园，重点孵化航空物流、新型显示领域科技型企业。");
        assertThat(e.names(Label.Industry)).contains("航空物流", "新型显示")
                .noneMatch(n -> n.contains("高技术") || n.startsWith("孵化"));
    }

    @Test
    void aTwoLetterHalfJoinedBy和IsPartOfOneCompoundIndustry() {
        Extraction e = read("云阳高新区重点发展新型显示、软件和信息技术服务产业，推动汽车零部件、电子元器件和绿色食品产业集聚。");
        assertThat(e.names(Label.Industry)).contains("新型显示", "软件和信息技术服务")
                .doesNotContain("软件", "信息技术服务");
    }

    @Test
    void secondaryVocationalSchoolsAreSchoolsAndATitleMayNameTheirCollegeWithoutItsPlace() {
        Extraction e = read("7．建设智能装备产业学院。推动云阳中等职业学校与云阳装备集团有限公司共建云阳智能装备产业学院。"
                + "支持云阳县职业中专学校开设数控专业。");
        assertThat(e.names(Label.University)).contains("云阳中等职业学校", "云阳县职业中专学校", "云阳智能装备产业学院")
                .doesNotContain("智能装备产业学院");
    }

    @Test
    void aTitleMayNameAPlatformWithoutTheSchoolThatHostsIt() {
        Extraction e = read("（1）建设青溪科技小院。依托某某农业大学在青溪现代农业产业园建设某某农业大学青溪科技小院。");
        assertThat(e.names(Label.Platform)).contains("某某农业大学青溪科技小院").doesNotContain("青溪科技小院");
    }

    @Test
    void catalogueTradesAreReadBeforeWhatIsDoneToThem() {
        Extraction e = read("推动纺织服装转型升级，推动农产品精深加工提质增效。围绕细胞与基因治疗开展研究。"
                + "推动乙方学科优势与甲方产业发展需求深度融合。");
        assertThat(e.names(Label.Industry)).contains("纺织服装", "农产品精深加工", "细胞与基因治疗")
                .doesNotContain("甲方", "乙方");
    }

    @Test
    void aTwoLetterIndustryTheDocumentNamedIsReadInAFocusFrame() {
        Extraction e = read("发挥科技创新对茶叶、竹木加工、预制菜等特色产业的支撑作用。"
                + "某某农业大学园艺学院聚焦茶叶开展品种改良研究。某某大学聚焦人才开展培训。");
        assertThat(e.relations()).contains("FOCUSES_ON 某某农业大学园艺学院 -> 茶叶")
                .noneMatch(r -> r.endsWith("-> 人才"));
    }

    @Test
    void trainingBasesAndTestCentresOfANamedOwnerArePlatforms() {
        Extraction e = read("建设云阳集成电路公共测试中心，建设云阳智能制造产教融合实训基地，建设云阳药物安全评价中心。"
                + "推动企业建设实习实训基地。");
        assertThat(e.names(Label.Platform)).contains("云阳集成电路公共测试中心", "云阳智能制造产教融合实训基地",
                "云阳药物安全评价中心").doesNotContain("实习实训基地");
        assertThat(e.names(Label.Park)).doesNotContain("云阳智能制造产教融合实训基地");
    }

    @Test
    void industryEducationConsortiaArePlatforms() {
        Extraction e = read("支持云阳职业技术学院牵头组建云阳电子信息市域产教联合体，联合某某理工大学组建云阳新能源汽车产教融合共同体。");
        assertThat(e.names(Label.Platform)).contains("云阳电子信息市域产教联合体", "云阳新能源汽车产教融合共同体");
    }

    @Test
    void theRankAPlanGivesATradeIsNoPartOfItsName() {
        Extraction e = read("打造光电信息首位产业，培育量子信息未来产业，做强云阳高原特色产业。");
        assertThat(e.names(Label.Industry)).contains("光电信息", "量子信息")
                .doesNotContain("光电信息首位", "量子信息未来");
    }

    @Test
    void aPlansIndustrySystemBoxAndAParkTablesRankColumnsListIndustries() {
        Extraction e = read("专栏1　云阳市现代产业体系\n四大主导产业集群：先进材料、智能网联汽车、绿色食品、现代纺织。\n"
                + "三大未来产业：氢能、合成生物、低空经济。\n"
                + "园区\t首位产业\t主导产业\n云阳高新技术产业开发区\t海洋生物医药\t数字经济、新材料\n云阳临港产业园\t绿色石化\t新能源\n");
        assertThat(e.names(Label.Industry)).contains("先进材料", "智能网联汽车", "绿色食品", "现代纺织", "合成生物",
                "海洋生物医药", "绿色石化");
    }

    @Test
    void aRegionNamedAsTheCentreOfInnovationItSeeksIsARegionNoPlatform() {
        Extraction e = GenreRulesTest.read("加快建设长江中游地区科技创新中心，打造粤港澳大湾区国际科技创新中心，融入黄河流域生态保护。"
                + "支持芫溪县科技创新中心开展技术服务。");
        assertThat(e.names(Label.Region)).contains("长江中游地区", "粤港澳大湾区", "黄河流域");
        assertThat(e.names(Label.Platform)).doesNotContain("长江中游地区科技创新中心", "粤港澳大湾区国际科技创新中心")
                .contains("芫溪县科技创新中心");
    }

    @Test
    void aGroupOfCitiesWorkingAsOneIsARegionWholeNotItsQuarter() {
        Extraction e = read("深度融入赣东南协同发展区，共建产业协作平台。");
        assertThat(e.names(Label.Region)).contains("赣东南协同发展区").doesNotContain("赣东南");
    }
}

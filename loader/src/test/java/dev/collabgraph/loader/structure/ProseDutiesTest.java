package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.MappedText;
import dev.collabgraph.loader.text.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Duties written into an article's sentences, read when the article carries no note. */
class ProseDutiesTest {
    private static List<UnitRef> units(String article) {
        MappedText text = Docs.clean(article);
        return NoteReader.read(text.text(), new Span(0, text.length()), 1, "临江").map(ResponsibilityNote::units)
                .orElse(List.of());
    }

    @Test
    void readsAByClauseAfterItsTopic() {
        assertThat(units("第四条　支持企业建设研发平台。平台认定和绩效评价由市科技局会同市教育局负责。"))
                .extracting(UnitRef::surface, UnitRef::role)
                .containsExactly(tuple("市科技局", "lead"), tuple("市教育局", "co"));
    }

    @Test
    void readsTheOrgansOfTheClausesAfterAByClauseAsAssisting() {
        assertThat(units("第六条　支持高校与企业共建联合实验室。具体工作由市工业和信息化局负责，市科技局参与。"))
                .extracting(UnitRef::surface, UnitRef::role)
                .containsExactly(tuple("市工业和信息化局", "lead"), tuple("市科技局", "co"));
        assertThat(units("第九条　对成果转化的给予奖励。奖励资金的审核由市科技局负责，市财政局按规定及时拨付。"))
                .extracting(UnitRef::surface, UnitRef::role)
                .containsExactly(tuple("市科技局", "lead"), tuple("市财政局", "co"));
        assertThat(units("第十一条　支持国有企业开展协同创新，投入视同利润加回，由市国资委组织实施，市财政局配合。"))
                .extracting(UnitRef::surface, UnitRef::role)
                .containsExactly(tuple("市国资委", "lead"), tuple("市财政局", "co"));
    }

    @Test
    void aSchoolSharesTheWorkBesideOrgansButNeverStandsAloneForThem() {
        assertThat(units("（九）关于“开展科技成果评价改革试点”的问题，由市科技局会同市教育局、临江大学、临江工学院负责落实。"))
                .extracting(UnitRef::surface, UnitRef::role).containsExactly(tuple("市科技局", "lead"),
                        tuple("市教育局", "co"), tuple("临江大学", "co"), tuple("临江工学院", "co"));
        assertThat(units("第五条　支持临江大学建设概念验证中心。临江大学负责中心的日常运营。")).isEmpty();
    }

    @Test
    void readsOrgansAsASentencesSubject() {
        assertThat(units("第五条　市科技局会同市发展改革委、市财政局推进实验室建设。"))
                .extracting(UnitRef::surface, UnitRef::role)
                .containsExactly(tuple("市科技局", "lead"), tuple("市发展改革委", "co"), tuple("市财政局", "co"));
        assertThat(units("第八条　市委组织部每年选派科技副总到企业服务。"))
                .extracting(UnitRef::surface, UnitRef::role).containsExactly(tuple("市委组织部", "lead"));
        assertThat(units("第十二条　支持职业院校共建产业学院。市教育局会同市人力资源社会保障局负责认定和管理工作。"))
                .extracting(UnitRef::surface, UnitRef::role)
                .containsExactly(tuple("市教育局", "lead"), tuple("市人力资源社会保障局", "co"));
    }

    @Test
    void sharedSubjectsAndSharedWorkLeadNobody() {
        assertThat(units("第七条　各区人民政府、临江高新技术产业开发区（以下简称临江高新区）管委会应当规划建设孵化载体。"))
                .extracting(UnitRef::name, UnitRef::role)
                .containsExactly(tuple("各区人民政府", null), tuple("临江高新区管委会", null));
        assertThat(units("第九条　各县（市、区）人民政府应当落实配套资金。"))
                .extracting(UnitRef::name, UnitRef::role).containsExactly(tuple("各县（市、区）人民政府", "lead"));
        assertThat(units("第十三条　实施科技副总选派计划，由市委组织部、市科技局按职责分工组织实施。"))
                .extracting(UnitRef::surface, UnitRef::role)
                .containsExactly(tuple("市委组织部", null), tuple("市科技局", null));
    }

    @Test
    void namesThatAreNoOrgansAndTheRulesOwnClosingAreNoDuties() {
        assertThat(units("第五条　临江实验室由临江大学牵头，联合企业共同组建。")).isEmpty();
        assertThat(units("第七条　所需资金由市、区两级财政按比例分担。")).isEmpty();
        assertThat(units("第十五条　本细则由市科技局负责解释。")).isEmpty();
        assertThat(units("（三）推进政务服务一网通办，提升服务效率。")).isEmpty();
        assertThat(units("第二条　由于资金不足，支持企业融资。")).isEmpty();
    }

    @Test
    void minutesGiveDutiesByJoinersChargesAndRequests() {
        assertThat(units("一、关于平台的问题\n会议同意建设中试基地。由市科技局牵头，会同市财政局制定办法。"))
                .extracting(UnitRef::surface, UnitRef::role)
                .containsExactly(tuple("市科技局", "lead"), tuple("市财政局", "co"));
        assertThat(units("四、关于攻关的问题\n会议同意设立专项。责成市工信局牵头，市科技局、市财政局配合。"))
                .extracting(UnitRef::surface, UnitRef::role)
                .containsExactly(tuple("市工信局", "lead"), tuple("市科技局", "co"), tuple("市财政局", "co"));
        assertThat(units("六、关于金融的问题\n会议要求，市财政局要会同中国人民银行某某分行，研究设立资金池。"))
                .extracting(UnitRef::surface, UnitRef::role)
                .containsExactly(tuple("市财政局", "lead"), tuple("中国人民银行某某分行", "co"));
        assertThat(units("七、关于统计的问题\n请市统计局会同市科技局完善统计监测。"))
                .extracting(UnitRef::surface, UnitRef::role)
                .containsExactly(tuple("市统计局", "lead"), tuple("市科技局", "co"));
    }

    @Test
    void readsTheSubjectsOfParallelClausesAndAnOfficeSetInABureau() {
        // a decision gives each organ its clause: A要…，B要…
        assertThat(units("12.强化督查。市委组织部要将创新工作纳入考核，市委督查室要加强督促检查。"))
                .extracting(UnitRef::surface).containsExactly("市委组织部", "市委督查室");
        // an office set in a bureau answers for the daily work
        assertThat(units("11.健全体制。加强统筹协调；市委科技委员会办公室设在市科技局，负责日常工作。"))
                .extracting(UnitRef::surface).containsExactly("市委科技委员会办公室");
        // a collective's Party committee and government, the level named once: two units
        assertThat(units("13.压实责任。各县（市、区）党委和政府要把创新作为“一把手”工程。"))
                .extracting(UnitRef::name).containsExactly("各县（市、区）党委", "各县（市、区）政府");
    }

    @Test
    void aSubjectLeadingThenOrgansAssistingAfterAListMarkAreLeadAndCo() {
        DocumentStructure s = Docs.parse("""
                某某市产业链链长制实施办法
                第一章　总则
                第一条　为推进产业链发展，制定本办法。
                第二章　工作机制
                第六条　建立链长会商制度。链长每半年召开一次产业链推进会，形成问题清单。市发改委牵头、市工信局配合。
                第七条　建立对接机制。某某大学围绕集成电路设置专业群。市科技局牵头、市教育局配合，某某高新区管委会参与。
                """);
        assertThat(Docs.roles(s, 6)).containsExactly("发改委:lead", "工信局:co");
        assertThat(Docs.roles(s, 7)).containsExactly("科技局:lead", "教育局:co", "某某高新区管委会:co");
    }
}

package dev.collabgraph.loader.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CleanerTest {
    private static String clean(String text) {
        return Cleaner.clean(Decoder.decode("inline.txt", text.getBytes(StandardCharsets.UTF_8))).text();
    }

    @Test
    void theNextTaskGluedToANoteGetsALineOfItsOwn() {
        assertThat(clean("（三）落实政策。给予补助。（县财政局、县科技局按职责分工负责）（四）开展活动。每季度举办。"))
                .isEqualTo("（三）落实政策。给予补助。（县财政局、县科技局按职责分工负责）\n（四）开展活动。每季度举办。");
        assertThat(clean("9.集聚人才。实施计划。责任单位：市委组织部、市人社局。10.营造氛围。每年举办。"))
                .isEqualTo("9.集聚人才。实施计划。责任单位：市委组织部、市人社局。\n10.营造氛围。每年举办。");
    }

    @Test
    void aNumberAfterOrdinaryTextStaysInItsSentence() {
        assertThat(clean("加快建设（一期）。2.5亿元用于建设。（详见附件）1.")).doesNotContain("\n");
    }

    @Test
    void aNoteLineCutInsideAUnitNameGoesOnOverAPageNumber() {
        assertThat(clean("加快建设。\n配合部门：区发改局、桂湖街\n— 7 —\n道办事处\n（二）建设中心。"))
                .isEqualTo("加快建设。\n配合部门：区发改局、桂湖街道办事处\n（二）建设中心。");
    }

    @Test
    void aNoteLineEndingOnAWholeNameEndsThere() {
        assertThat(clean("加快建设。\n责任单位：县科技局\n各单位要抓好落实"))
                .isEqualTo("加快建设。\n责任单位：县科技局\n各单位要抓好落实");
    }

    @Test
    void aSpaceLaidHeaderOfShortColumnNamesOpensATableWithoutASerialColumn() {
        String table = "附件\n片区          主导产业    招引方向          目标企业\n星湾科技城    智能制造    工业机器人    启明重工、远航电子\n";
        assertThat(clean(table)).contains("星湾科技城\t智能制造\t工业机器人\t启明重工、远航电子");
        assertThat(Cleaner.shortCellsOnly("片区  主导产业  招引方向  目标企业")).isTrue();
        assertThat(Cleaner.shortCellsOnly("牵头：市科技局  配合：市财政局  市教育局")).isFalse();
        assertThat(Cleaner.shortCellsOnly("推动 产业  发展  壮大  集群")).isFalse();
    }

    @Test
    void aTableWithPipesBetweenButNotAroundItsCellsBecomesTabSeparated() {
        assertThat(clean("序号 | 工作任务 | 牵头部门 | 配合部门\n一、企业创新\n1 | 培育企业 | 市工信局 | 市科技局、东湖区人\n"
                + "  | 建成投用 |  | 民政府 |\n索引号：1 | 发布机构：市政府"))
                .isEqualTo("序号\t工作任务\t牵头部门\t配合部门\n一、企业创新\n1\t培育企业\t市工信局\t市科技局、东湖区人\n"
                        + "\t建成投用\t\t民政府\t\n索引号：1|发布机构：市政府");
    }

    @Test
    void aNoteLineCutBeforeASentenceOfTheTextDoesNotTakeItIn() {
        assertThat(clean("加快建设。\n责任单位：县科技局、人行某某中支\n各单位要对照要点，细化措施，按时报送进展。"))
                .isEqualTo("加快建设。\n责任单位：县科技局、人行某某中支\n各单位要对照要点，细化措施，按时报送进展。");
    }
}

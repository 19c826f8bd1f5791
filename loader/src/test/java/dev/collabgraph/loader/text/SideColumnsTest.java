package dev.collabgraph.loader.text;

import dev.collabgraph.loader.structure.DocumentStructure;
import dev.collabgraph.loader.structure.StructureParser;
import dev.collabgraph.loader.structure.TaskBlock;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Items and their units side by side in a gridless two-column table, as a PDF's layout prints it. */
class SideColumnsTest {
    private static final int EDGE = 44;

    /** A printed line: the left part, blanks up to the right column (at least {@code gap}), the right part. */
    private static String line(String left, String right, int gap) {
        int pad = Math.max(gap, EDGE - DisplayWidth.of(left));
        return left + " ".repeat(right.isEmpty() ? 0 : pad) + right;
    }

    private static final String HEADER = "          主要任务                        责任单位";
    private static final String TABLE = String.join("\n",
            "2 重点任务",
            HEADER,
            "2.1 建设创新平台",
            line("2.1.1 建设光电研究院。支持某某大学与", "市科技局、市发改", 2),
            line("某某光电公司共建研究院，开展攻关。", "委、市财政局", 2),
            // the left part fills its column: one blank, then none at all before the right one
            line("2.1.2 建设中试基地。依托某某投资集团建设", "市发改委、市科", 1),
            line("中试基地，面向中小企业提供中试服务、", "技局", 0),
            "— 3 —",
            "\f" + HEADER,
            "2.2 提升企业能力",
            line("2.2.1 实施企业倍增计划。建立培育库。", "市科技局、市工信局（共同牵头）", 2),
            line("", "，市财政局", 0),
            "3 保障措施",
            "    各单位要加强组织领导，统筹推进方案实施，研究解决重大问题，确保各项任务按期完成。");

    @Test
    void readsEachItemWithItsUnitsAsANoteUnderTheColumnsName() {
        Rewrite.Rearranged read = SideColumns.rearrange(TABLE).orElseThrow();
        assertThat(read.text().lines().toList()).contains(
                "2.1 建设创新平台",
                "2.1.1 建设光电研究院。支持某某大学与某某光电公司共建研究院，开展攻关。（责任单位：市科技局、市发改委、市财政局）",
                "2.1.2 建设中试基地。依托某某投资集团建设中试基地，面向中小企业提供中试服务、（责任单位：市发改委、市科技局）",
                "2.2.1 实施企业倍增计划。建立培育库。（责任单位：市科技局、市工信局（共同牵头），市财政局）",
                "3 保障措施");
        assertThat(read.text()).doesNotContain("主要任务", "— 3 —");
        // every character copied points at itself; a note's label stands where its first unit is
        String out = read.text();
        int unit = out.indexOf("市发改委、市财政局");
        assertThat(TABLE.charAt(read.origin()[unit])).isEqualTo('市');
        int label = out.indexOf("（责任单位：市科技局、市发改");
        assertThat(read.origin()[label]).isEqualTo(TABLE.indexOf("市科技局、市发改"));
    }

    @Test
    void theDocumentsTasksAreTheItemsOfTheThreeLevelOutlineWithTheirUnits() {
        String text = "某某市科技局关于印发某某行动方案的通知\n为加快创新，制定本方案。\n1 总体要求\n1.1 指导思想\n坚持创新引领。\n"
                + TABLE;
        DocumentStructure structure = StructureParser.parse(Cleaner.clean(Decoder.decode("side.txt",
                text.getBytes(StandardCharsets.UTF_8))));
        assertThat(structure.tasks()).extracting(TaskBlock::label).containsExactly("2.1.1", "2.1.2", "2.2.1");
        assertThat(roles(structure, 1)).containsExactly("市科技局:null", "市发改委:null", "市财政局:null");
        // （共同牵头） leads beside the unit listed first
        assertThat(roles(structure, 3)).containsExactly("市科技局:lead", "市工信局:lead", "市财政局:co");
    }

    private static List<String> roles(DocumentStructure structure, int task) {
        return structure.notes().stream().filter(n -> n.taskNumber() == task).flatMap(n -> n.units().stream())
                .map(u -> u.surface() + ":" + u.role()).toList();
    }

    @Test
    void aTableOfMoreColumnsOrProseBesideNothingIsLeftAsItIs() {
        String wide = String.join("\n", "序号  活动名称        时间    地点      承办单位",
                "1     专题对接会      4月     某某市    市科技局、某某大学",
                "2     开放日          7月     某某大学  某某大学科技处");
        assertThat(SideColumns.rearrange(wide)).isEmpty();
        assertThat(SideColumns.rearrange("一、总体要求\n坚持创新引领，加快建设。\n责任单位：市科技局")).isEmpty();
    }
}

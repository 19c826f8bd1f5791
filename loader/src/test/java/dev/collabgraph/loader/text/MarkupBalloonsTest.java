package dev.collabgraph.loader.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupBalloonsTest {
    private static final String PANE = " ".repeat(12);

    @Test
    void balloonsInTheMarkupPaneAreCutAwayWithTheLinesTheyWrapOnto() {
        List<List<String>> pages = List.of(List.of(
                "    二、重点任务",
                "    1.建设技术转移机构。支持高校技术转移中心运行。" + PANE + "已删除: 、市财政局",
                "（市科技局为牵头单位，市教育局为配合单位）",
                "    2.推动成果转化。加强与技术市场对接。（市科技局" + PANE + "已删除: 10.举办成果转化大赛。每年",
                " ".repeat(46 + 12) + "举办一届大赛。（市科技局为牵头",
                "    三、保障措施" + " ".repeat(46 + 12 - 16) + "单位）",
                "    建立工作专班。" + " ".repeat(46 + 12 - 18) + "批注 [ZL1]: 建议增加市人社局。"));
        List<String> kept = MarkupBalloons.remove(pages).get(0);
        assertThat(kept).containsExactly(
                "    二、重点任务",
                "    1.建设技术转移机构。支持高校技术转移中心运行。",
                "（市科技局为牵头单位，市教育局为配合单位）",
                "    2.推动成果转化。加强与技术市场对接。（市科技局",
                "    三、保障措施",
                "    建立工作专班。");
    }

    @Test
    void theLabelWordsInTheBodysOwnTextAreLeftAlone() {
        List<List<String>> pages = List.of(List.of(
                "    对已删除: 的条目不再统计，已设置格式: 的段落照旧。",
                "    本方案自印发之日起施行，由市科技局负责解释，有效期三年。"));
        assertThat(MarkupBalloons.remove(pages)).isEqualTo(pages);
    }
}

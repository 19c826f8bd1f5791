package dev.collabgraph.loader.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageNoiseTest {
    @Test
    void repeatedHeadersAndBareNumbersEndingMostPagesGoTableHeadersStay() {
        List<List<String>> pages = List.of(
                List.of("澜江市发展和改革委员会", "序号 重点任务 牵头单位", "1 实施倍增行动 市科技局", "1"),
                List.of("澜江市发展和改革委员会", "序号 重点任务 牵头单位", "2 加大研发投入 市财政局", "", "2"),
                List.of("澜江市发展和改革委员会", "（三）加强督查考核。", "3"));
        assertThat(PageNoise.remove(pages)).containsExactly(
                List.of("序号 重点任务 牵头单位", "1 实施倍增行动 市科技局"),
                List.of("序号 重点任务 牵头单位", "2 加大研发投入 市财政局"),
                List.of("（三）加强督查考核。"));
    }

    @Test
    void pageNumbersThatSaySoGoEvenOnOnePage() {
        for (String number : List.of("— 1 —", "- 1 -", "第1页", "第 1 页 共 3 页", "1/3")) {
            assertThat(PageNoise.remove(List.of(List.of("（一）加强组织领导。", number))))
                    .containsExactly(List.of("（一）加强组织领导。"));
        }
    }

    @Test
    void aBareNumberOnASinglePageIsText() {
        // a row number of a table whose cells are lines of their own may end a page: alone it is not a page number
        List<List<String>> pages = List.of(List.of("序号", "重点任务", "1", "实施倍增行动", "2"));
        assertThat(PageNoise.remove(pages)).isEqualTo(pages);
    }
}

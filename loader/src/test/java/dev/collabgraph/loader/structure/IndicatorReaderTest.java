package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class IndicatorReaderTest {
    private static final String PLAN = """
            某某市人民政府
            关于印发某某市科技创新工作方案的通知
            一、重点任务
            （一）培育创新企业。支持企业发展。（牵头单位：市科技局）
            主要指标
            """;

    private static List<IndicatorRow> indicators(String table) {
        return Docs.parse(PLAN + table).indicators();
    }

    @Test
    void readsYearColumnsWithBaseAndTargetYearsUnderAMergedCategoryColumn() {
        List<IndicatorRow> rows = indicators("""
                类别\t指标名称\t单位\t2022年（基期）\t2025年目标值\t属性
                创新投入\t研发经费投入强度\t%\t1.62\t2.1\t预期性
                \t企业研发机构覆盖率\t%\t38\t≥60\t约束性
                """);
        assertThat(rows).extracting(IndicatorRow::name, IndicatorRow::unit, IndicatorRow::values).containsExactly(
                tuple("研发经费投入强度", "%", Map.of("2022", 1.62, "2025", 2.1)),
                tuple("企业研发机构覆盖率", "%", Map.of("2022", 38.0, "2025", 60.0)));
        assertThat(rows.get(1).atLeastYears()).containsExactly("2025");
    }

    @Test
    void aRowOneCellShortUnderAMergedCategoryColumnLacksTheCategoryWhereverItsNameStands() {
        // laid out with blanks: the second row's name starts nearer the 类别 header than the 指标 one it sits under
        List<IndicatorRow> rows = indicators("""
                  类别        指标       单位  2025年  2028年
                创新投入  研发经费投入强度   %    2.4    3.2
                       企业研发机构覆盖率   %    38     60
                """);
        assertThat(rows).extracting(IndicatorRow::name, IndicatorRow::unit, IndicatorRow::values).containsExactly(
                tuple("研发经费投入强度", "%", Map.of("2025", 2.4, "2028", 3.2)),
                tuple("企业研发机构覆盖率", "%", Map.of("2025", 38.0, "2028", 60.0)));
    }

    @Test
    void aColumnOfTargetsWithTheBaseInBracketsGivesBothYearsAndIsNoWorkTable() {
        DocumentStructure s = Docs.parse(PLAN + """
                序号\t指标\t单位\t2026年目标 （2025年基数）\t责任单位
                1\t研发经费投入强度\t%\t3.10（2.86）\t市科技局、市统计局
                2\t技术合同成交额\t亿元\t150（126）\t市科技局
                注：括号内数字为2025年基数。
                """);
        assertThat(s.indicators()).extracting(IndicatorRow::name, IndicatorRow::values).containsExactly(
                tuple("研发经费投入强度", Map.of("2025", 2.86, "2026", 3.10)),
                tuple("技术合同成交额", Map.of("2025", 126.0, "2026", 150.0)));
        assertThat(s.annex()).isEmpty();
    }

    @Test
    void aHeaderWhoseCellsWerePrintedTooCloseIsSpreadOverItsRows() {
        // a PDF's header: 序号 and 指标名称, 2025年目标 and 增速 printed one blank apart; the header cells wrapped too
        List<IndicatorRow> rows = indicators("""
                序号 指标名称\t单位\t2024年完\t2025年目 增速（%） 属性
                成\t标
                1\t研发经费投入强度\t%\t2.12\t2.35\t—\t预期性
                2\t高新技术企业数量\t家\t158\t185\t17.1\t预期性
                """);
        assertThat(rows).extracting(IndicatorRow::name, IndicatorRow::unit, IndicatorRow::values).containsExactly(
                tuple("研发经费投入强度", "%", Map.of("2024", 2.12, "2025", 2.35)),
                tuple("高新技术企业数量", "家", Map.of("2024", 158.0, "2025", 185.0)));
    }

    @Test
    void readsYearsAsRowsWithOneColumnPerIndicator() {
        List<IndicatorRow> rows = indicators("""
                年份\t研发经费投入强度（%）\t高新技术企业数（家）
                2023年（基期）\t2.15\t1120
                2025年\t2.7\t1500
                """);
        assertThat(rows).extracting(IndicatorRow::name, IndicatorRow::unit, IndicatorRow::values).containsExactly(
                tuple("研发经费投入强度", "%", Map.of("2023", 2.15, "2025", 2.7)),
                tuple("高新技术企业数", "家", Map.of("2023", 1120.0, "2025", 1500.0)));
    }

    @Test
    void yearsAsRowsTakeTheirUnitsFromAUnitRowUnderTheNames() {
        List<IndicatorRow> rows = indicators("""
                年度\t研发投入强度\t高新技术企业\t技术合同成交额
                单位\t%\t家\t亿元
                2025年\t1.6\t96\t8.5
                2027年\t2.3\t130\t12
                """);
        assertThat(rows).extracting(IndicatorRow::name, IndicatorRow::unit, IndicatorRow::values).containsExactly(
                tuple("研发投入强度", "%", Map.of("2025", 1.6, "2027", 2.3)),
                tuple("高新技术企业", "家", Map.of("2025", 96.0, "2027", 130.0)),
                tuple("技术合同成交额", "亿元", Map.of("2025", 8.5, "2027", 12.0)));
    }

    @Test
    void aHeaderPrintedOverSeveralLinesTakesItsColumnsFromWhereEachCellStands() {
        // a PDF's ruled table as text: single-line header cells centred beside a two-line one (2025年 over （预计）)
        List<IndicatorRow> rows = indicators("""
                        指标        单位  2025年
                                          （预计）  2026年  2028年  年均增长
                                                                （%）
                  研发经费投入强度  %  2.35  2.5   2.8      —
                     技术合同成交额  亿元   96     115   150    16.0
                规上企业研发活动覆盖率  %  42  48     60      —
                """);
        assertThat(rows).extracting(IndicatorRow::name, IndicatorRow::unit, IndicatorRow::values).containsExactly(
                tuple("研发经费投入强度", "%", Map.of("2025", 2.35, "2026", 2.5, "2028", 2.8)),
                tuple("技术合同成交额", "亿元", Map.of("2025", 96.0, "2026", 115.0, "2028", 150.0)),
                tuple("规上企业研发活动覆盖率", "%", Map.of("2025", 42.0, "2026", 48.0, "2028", 60.0)));
    }

    @Test
    void aCellOverTheYearsPrintedBelowItGroupsThemAndIsNoColumn() {
        List<IndicatorRow> rows = indicators("""
                指标名称      单位      目标值
                                     2025年    2027年
                研发经费投入强度  %      2.4       2.8
                高新技术企业     家      300       420
                """);
        assertThat(rows).extracting(IndicatorRow::name, IndicatorRow::values).containsExactly(
                tuple("研发经费投入强度", Map.of("2025", 2.4, "2027", 2.8)),
                tuple("高新技术企业", Map.of("2025", 300.0, "2027", 420.0)));
    }

    /**
     * A year's goals set as cards under their heading, each figure above its name: in a column (a web page's cards), or
     * side by side with the base year's figure under each (a slide).
     */
    @Test
    void goalsSetAsCardsAreReadAsTheirIndicatorTable() {
        DocumentStructure column = Docs.parse("""
                某某市2027年工业和信息化工作要点
                2027年主要目标
                7.5%
                规上工业增加值增速
                650家
                高新技术企业
                重点工作
                """);
        assertThat(column.indicators()).extracting(IndicatorRow::name).containsExactly("规上工业增加值增速", "高新技术企业");
        assertThat(column.indicators().get(1).values()).containsEntry("2027", 650.0);
        DocumentStructure rows = Docs.parse("""
                某某市科技创新大会工作部署
                  2026年主要目标
                     3.05%                                 2000家                               220亿元
                     全社会研发经费投入强度                高新技术企业数量                     技术合同成交额
                     2025年：2.83%                         2025年：1712家                       2025年：176亿元
                  到2026年底，全市科技型中小企业突破3500家。
                """);
        assertThat(rows.indicators()).extracting(IndicatorRow::name)
                .containsExactly("全社会研发经费投入强度", "高新技术企业数量", "技术合同成交额");
        assertThat(rows.indicators().get(0).values()).containsEntry("2025", 2.83).containsEntry("2026", 3.05);
        assertThat(rows.indicators().get(2).unit()).isEqualTo("亿元");
    }

    private static final List<Object> THREE_ROWS = List.of(
            tuple("研发经费投入强度", "%", Map.of("2023", 2.1, "2025", 2.5, "2026", 2.7)),
            tuple("高新技术企业数", "家", Map.of("2023", 320.0, "2025", 400.0, "2026", 450.0)),
            tuple("技术合同成交额", "亿元", Map.of("2023", 35.0, "2025", 46.0, "2026", 52.0)));

    private static void readsThreeRows(String table) {
        assertThat(indicators(table)).extracting(IndicatorRow::name, IndicatorRow::unit, IndicatorRow::values)
                .containsExactlyElementsOf(THREE_ROWS.stream().map(t -> (org.assertj.core.groups.Tuple) t).toList());
    }

    @Test
    void aRowWhoseEmptyUnitCellWasLeftOutKeepsItsValuesUnderTheirYears() {
        readsThreeRows("""
                序号\t指标名称\t单位\t2023年（基期）\t2025年\t2026年
                1\t研发经费投入强度\t%\t2.1\t2.5\t2.7
                2\t高新技术企业数（家）\t320\t400\t450
                3\t技术合同成交额\t亿元\t35\t46\t52
                """);
    }

    @Test
    void aBaseColumnTakesItsYearFromTheLineBelowOrFromTheNoteUnderTheTable() {
        readsThreeRows("""
                序号\t指标名称\t单位\t基期\t2025年\t2026年
                \t\t\t2023年\t\t
                1\t研发经费投入强度\t%\t2.1\t2.5\t2.7
                2\t高新技术企业数\t家\t320\t400\t450
                3\t技术合同成交额\t亿元\t35\t46\t52
                """);
        readsThreeRows("""
                序号\t指标名称\t单位\t基期值\t2025年\t2026年
                1\t研发经费投入强度\t%\t2.1\t2.5\t2.7
                2\t高新技术企业数\t家\t320\t400\t450
                3\t技术合同成交额\t亿元\t35\t46\t52
                注：基期为2023年。
                """);
    }

    @Test
    void aCountsUnitGluedToItsNameAndPercentSignsOnTheValuesGiveTheUnit() {
        readsThreeRows("""
                序号\t指标名称\t单位\t2023年\t2025年\t2026年
                1\t研发经费投入强度\t\t2.1%\t2.5%\t2.7%
                2\t高新技术企业数家\t\t320\t400\t450
                3\t技术合同成交额\t亿元\t35\t46\t52
                """);
    }

    @Test
    void aTableJoinedWithSingleWideBlanksOrOneCellALineIsReadAsItsRows() {
        readsThreeRows("""
                序号　指标名称　单位　2023年（基期）　2025年　2026年
                1　研发经费投入强度　%　2.1　2.5　2.7
                2　高新技术企业数（家）　　320　400　450
                3　技术合同成交额　亿元　35　46　52
                """);
        readsThreeRows("""
                序号
                指标名称
                单位
                2023年（基期）
                2025年
                2026年
                1
                研发经费投入强度
                %
                2.1
                2.5
                2.7
                2
                高新技术企业数
                家
                320
                400
                450
                3
                技术合同成交额
                亿元
                35
                46
                52
                """);
    }

    @Test
    void aCaptionGluedToTheHeadersFirstCellIsNoNameColumn() {
        readsThreeRows("""
                附件主要指标序号\t指标名称\t单位\t2023年\t2025年\t2026年
                1\t研发经费投入强度\t%\t2.1\t2.5\t2.7
                2\t高新技术企业数\t家\t320\t400\t450
                3\t技术合同成交额\t亿元\t35\t46\t52
                """);
    }
}

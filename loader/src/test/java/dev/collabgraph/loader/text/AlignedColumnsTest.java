package dev.collabgraph.loader.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlignedColumnsTest {
    private static String clean(String text) {
        return CleanerTest.clean(text);
    }

    @Test
    void aNarrowTablesCellsAreReadByWhereTheyStandUnderTheHeader() {
        // a PDF's narrow columns: one blank parts the unit from the first year's figure, and a name from its unit
        String table = "到2027年，主要指标如下表。\n"
                + "指标                      单位 2025年（基期） 2026年 2027年\n"
                + "技术合同成交额            亿元 86             110     150\n"
                + "高校院所科技成果本地转化 项   140             200     260\n"
                + "技术经理人                人  320             450     600\n"
                + "　　一、支持高校院所设立转化机构。对绩效评价优秀的给予奖励。\n";
        assertThat(clean(table).lines().toList()).containsSequence(
                "指标\t单位\t2025年（基期）\t2026年\t2027年", "技术合同成交额\t亿元\t86\t110\t150",
                "高校院所科技成果本地转化\t项\t140\t200\t260", "技术经理人\t人\t320\t450\t600");
    }

    @Test
    void aWrappedHeaderCellAndAWrappedNameJoinTheirCellsAndAHeadingAtTheMarginEndsTheTable() {
        String table = "表1　主要发展指标\n"
                + "序号 指标名称       单位 2025年（基   2026   2028\n"
                + "                        期）          年     年\n"
                + "1    规上工业总产值  亿元 620         720    1000\n"
                + "2    研发经费投入强\n"
                + "     度             %   4.1           4.4    5.0\n"
                + "3    新型研发机构   家  12            15     22\n"
                + "二、产业布局\n";
        assertThat(clean(table).lines().toList()).containsSequence(
                "序号\t指标名称\t单位\t2025年（基期）\t2026年\t2028年", "1\t规上工业总产值\t亿元\t620\t720\t1000",
                "2\t研发经费投入强度\t%\t4.1\t4.4\t5.0", "3\t新型研发机构\t家\t12\t15\t22", "二、产业布局");
    }

    @Test
    void aHeaderSetOverThreeLinesGivesEachYearItsColumn() {
        // the years above the names and their kind below them, or a year cell wrapped and centred on the names' line
        String table = "主要发展指标见表1。\n"
                + "                             2025年 2026年 2027年  指标\n"
                + "序号        指标名称      单位\n"
                + "                              基期值 目标值 目标值  属性\n"
                + "  1    全社会研发经费投入强度  %  1.35   1.5   1.65  预期性\n"
                + "  2      高新技术企业数量  家  620    700   780   预期性\n"
                + "二、强化企业创新主体地位\n";
        assertThat(clean(table).lines().toList()).containsSequence(
                "序号\t指标名称\t单位\t2025年基期值\t2026年目标值\t2027年目标值\t指标属性",
                "1\t全社会研发经费投入强度\t%\t1.35\t1.5\t1.65\t预期性", "2\t高新技术企业数量\t家\t620\t700\t780\t预期性");
        String centred = "表 1　主要指标\n"
                + "                                    2025年（基\n"
                + "        序号      指标名称    单位             2028年（目标）\n"
                + "                                       期）\n"
                + "        1   科技城研发经费投入强度 %  4.1      5.0\n"
                + "        2   全市高新技术企业数量  家  420      700\n"
                + "        4   重点园区工业总产值  亿元 1600      2500\n"
                + "1　科技城能级提升行动\n";
        assertThat(clean(centred).lines().toList()).containsSequence(
                "序号\t指标名称\t单位\t2025年（基期）\t2028年（目标）", "1\t科技城研发经费投入强度\t%\t4.1\t5.0",
                "2\t全市高新技术企业数量\t家\t420\t700", "4\t重点园区工业总产值\t亿元\t1600\t2500");
        assertThat(clean(centred)).doesNotContain("2500科技城", "2500\t科技城");
    }

    @Test
    void rowsUnderAMergedCategoryCellAndACategoryRowEachStandAlone() {
        String merged = "类别    指标名称              单位 2025年 2027年\n"
                + "创新投入 研发经费投入强度      %   2.1    2.6\n"
                + "         高新技术企业数量      家  120    180\n"
                + "创新产出 技术合同成交额        亿元 36    55\n";
        assertThat(clean(merged).lines().toList()).containsSequence("类别\t指标名称\t单位\t2025年\t2027年",
                // (the merged cell's empty first cell is dropped with the line's leading blanks, as in any tab text)
                "创新投入\t研发经费投入强度\t%\t2.1\t2.6", "高新技术企业数量\t家\t120\t180",
                "创新产出\t技术合同成交额\t亿元\t36\t55");
        String category = "指标名称              单位 2025年 2027年\n"
                + "一、创新投入\n"
                + "技术合同成交额        亿元 36    55\n"
                + "高新技术企业数量      家   120   180\n";
        assertThat(clean(category).lines().toList()).containsSequence("一、创新投入\t\t\t", "技术合同成交额\t亿元\t36\t55",
                "高新技术企业数量\t家\t120\t180");
    }

    @Test
    void aPdfsDriftingFiguresAreCountedUnderTheYearsAndAWrappedNameGoesWhereTheNamesStart() {
        // a PDF's text: a blank between a year and its 年, figures drifting left of their years, a category cell merged
        // and wrapped over its rows, names wrapped around the row's figures
        String table = "  类别        指标       单位  2025 年 2026 年 2027 年 2028 年  属性\n"
                + "       研发经费投入强度   %    2.4    2.6   2.9    3.2   预期性\n"
                + "创新投\n"
                + "  入   规上工业企业研发机构覆\n"
                + "                          %     38    45     52    60    约束性\n"
                + "       盖率\n"
                + "创新主 高新技术企业       家   186    220   260    300   预期性\n"
                + "  体   科技型中小企业     家   420    500   580    650   预期性\n"
                + "       技术合同成交额    亿元   12    15     18    22    预期性\n"
                + "    二、重点任务\n";
        assertThat(clean(table).lines().toList()).containsSequence(
                "类别\t指标\t单位\t2025 年\t2026 年\t2027 年\t2028 年\t属性",
                "研发经费投入强度\t%\t2.4\t2.6\t2.9\t3.2\t预期性",
                "创新投入\t规上工业企业研发机构覆盖率\t%\t38\t45\t52\t60\t约束性",
                "创新主\t高新技术企业\t家\t186\t220\t260\t300\t预期性", "体\t科技型中小企业\t家\t420\t500\t580\t650\t预期性",
                "技术合同成交额\t亿元\t12\t15\t18\t22\t预期性", "二、重点任务");
    }

    @Test
    void aTextWhoseCellsOneBlankPartsIsReadWordForCellAndANameWrappedToTheMarginJoinsItsRow() {
        String table = "序号 指标名称 单位 2025年完成 2026年目标 责任单位\n"
                + "1 全社会研发经费投入强度 % 2.05 2.3 县科技局、县统计局\n"
                + "2 规上工业企业研发机构覆 % 41 50 县工信局\n"
                + "盖率\n"
                + "3 省级以上研发平台数 个 17 — 县科技局\n"
                + "\n"
                + "抄送：县委各部门。\n";
        assertThat(clean(table).lines().toList()).containsSequence(
                "序号\t指标名称\t单位\t2025年完成\t2026年目标\t责任单位", "1\t全社会研发经费投入强度\t%\t2.05\t2.3\t县科技局、县统计局",
                "2\t规上工业企业研发机构覆盖率\t%\t41\t50\t县工信局", "3\t省级以上研发平台数\t个\t17\t—\t县科技局");
    }

    @Test
    void aNumberHeaderAndAYearCellWrappedAroundTheNamesLineAreEachOneColumnAndAHeadingEndsTheTable() {
        // 序 over 号 and 2024年（ over 基期）: the gaps part every body cell, but the header's halves only its positions join
        String table = "序                                    2024年（\n"
                + "              指标名称          单位              2025年   2026年   2027年\n"
                + "号                                    基期）\n"
                + "  1       研发经费投入强度       %       2.61       2.75    2.95     3.20\n"
                + "  2       高新技术企业数量       家      1180      1300     1450     1600\n"
                + "  3     校企共建研发平台数量     个       42        55       68       80\n"
                + "　　二、重点任务\n";
        assertThat(clean(table).lines().toList()).containsSequence(
                "序号\t指标名称\t单位\t2024年（基期）\t2025年\t2026年\t2027年", "1\t研发经费投入强度\t%\t2.61\t2.75\t2.95\t3.20",
                "2\t高新技术企业数量\t家\t1180\t1300\t1450\t1600", "3\t校企共建研发平台数量\t个\t42\t55\t68\t80", "二、重点任务");
    }

    @Test
    void aTableWhoseGapsPartEveryCellAndProseWithYearsAreLeftAlone() {
        String gaps = "指标名称        单位    2025年    2027年\n研发投入强度    %       2.1       2.6\n高新技术企业    家      120       180\n";
        assertThat(AlignedColumns.rearrange(gaps)).isEmpty();
        String prose = "指标 名称 说明 2025年 2026年 起 实施\n到2027年，全市研发投入强度达到2.6%。\n";
        assertThat(AlignedColumns.rearrange(prose)).isEmpty();
    }
}

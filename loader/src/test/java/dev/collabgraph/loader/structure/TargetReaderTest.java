package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TargetReaderTest {
    private static List<TargetFact> read(String text) {
        return TargetReader.read(new Paragraph(0, 0, text.length(), text), 3, "3.1");
    }

    @Test
    void readsMetricVerbValueUnitAndYear() {
        assertThat(read("到2020年，省级以上各类研发机构超过280家。"))
                .extracting(TargetFact::metric, TargetFact::comparator, TargetFact::value, TargetFact::unit,
                        TargetFact::year, TargetFact::taskNumber)
                .containsExactly(tuple("省级以上各类研发机构", ">", 280.0, "家", 2020, 3));
    }

    @Test
    void readsComparatorsFromVerbsAndEndings() {
        assertThat(read("研发机构建有率达到90%左右，企业数突破600家，人数不低于200人，人才总量达160万人，项目100个以上，"
                + "单个项目投资不超过1000万元。"))
                .extracting(TargetFact::metric, TargetFact::comparator, TargetFact::value, TargetFact::unit)
                .containsExactly(tuple("研发机构建有率", "~", 90.0, "%"), tuple("企业数", ">", 600.0, "家"),
                        tuple("人数", ">=", 200.0, "人"), tuple("人才总量", "=", 160.0, "万人"),
                        tuple("项目", ">=", 100.0, "个"), tuple("单个项目投资", "<=", 1000.0, "万元"));
    }

    @Test
    void leavesItemMarksOutOfTheMetric() {
        assertThat(read("①新增发明专利授权60件以上；二是每年实施攻关项目20项以上。"))
                .extracting(TargetFact::metric).containsExactly("新增发明专利授权", "每年实施攻关项目");
    }

    @Test
    void takesTheLowerBoundOfARange() {
        assertThat(read("建设境外合作孵化器5-8家。")).extracting(TargetFact::metric, TargetFact::comparator,
                TargetFact::value).containsExactly(tuple("境外合作孵化器", ">=", 5.0));
    }

    @Test
    void readsTheThingCountedAfterTheNumber() {
        assertThat(read("建成40个产教融合示范性实训平台。")).extracting(TargetFact::metric, TargetFact::value)
                .containsExactly(tuple("产教融合示范性实训平台", 40.0));
    }

    @Test
    void splitsGoalsListedWithCommas() {
        assertThat(read("版权登记量达30000件、商标注册拥有量达45000件以上。")).extracting(TargetFact::metric)
                .containsExactly("版权登记量", "商标注册拥有量");
    }

    @Test
    void skipsGrantsAndTheirCaps() {
        assertThat(read("对首次认定的企业，由同级财政给予30万元奖励。")).isEmpty();
        assertThat(read("按投资额的10%给予支持，最高不超过1000万元。")).isEmpty();
    }

    @Test
    void skipsDatesAndTaskNumbers() {
        assertThat(read("5、强化保障。2018年4月18日起施行。")).isEmpty();
    }

    @Test
    void leavesTheYearOpenWhenNoneIsNamed() {
        assertThat(read("力争高新技术企业达到500家。")).extracting(TargetFact::metric, TargetFact::year)
                .containsExactly(tuple("高新技术企业", 0));
    }

    @Test
    void givesABaseYearValueItsOwnYearAndTheTargetTheGoalYear() {
        assertThat(read("到2025年，全市研发经费投入强度由2023年的2.15%提高到2.6%；技术合同成交额由2023年的128亿元提高到"
                + "260亿元（2024年达到200亿元），高新技术企业突破800家。"))
                .extracting(TargetFact::metric, TargetFact::year, TargetFact::value).containsExactly(
                        tuple("研发经费投入强度", 2023, 2.15), tuple("研发经费投入强度", 2025, 2.6),
                        tuple("技术合同成交额", 2023, 128.0), tuple("技术合同成交额", 2025, 260.0),
                        tuple("技术合同成交额", 2024, 200.0), tuple("高新技术企业", 2025, 800.0));
    }

    @Test
    void readsTenThousandsAndHundredMillionsOfAnyMeasureWord() {
        assertThat(read("到2027年，工业互联网平台连接设备数由2025年的120万台增加到260万台，新能源汽车产量达到30万辆，"
                + "新增标准厂房50万平方米。"))
                .extracting(TargetFact::metric, TargetFact::year, TargetFact::value, TargetFact::unit).containsExactly(
                        tuple("工业互联网平台连接设备数", 2025, 120.0, "万台"),
                        tuple("工业互联网平台连接设备数", 2027, 260.0, "万台"),
                        tuple("新能源汽车产量", 2027, 30.0, "万辆"), tuple("新增标准厂房", 2027, 50.0, "万平方米"));
    }

    @Test
    void aYearLedClauseAfterAGrowthRateGivesTheMetricsLevel() {
        assertThat(read("技术合同成交额年均增长15%，2027年突破150亿元。"))
                .extracting(TargetFact::metric, TargetFact::value, TargetFact::year)
                .contains(tuple("技术合同成交额", 150.0, 2027));
    }

    @Test
    void aModalOfAimingBeforeTheVerbIsNoPartOfTheMetric() {
        assertThat(read("2027年，全市技术合同成交额力争突破200亿元，高新技术企业数量确保达到1500家。"))
                .extracting(TargetFact::metric, TargetFact::value, TargetFact::year)
                .containsExactly(tuple("技术合同成交额", 200.0, 2027), tuple("高新技术企业数量", 1500.0, 2027));
    }

    @Test
    void yearsOpeningTheClauseBeforeTheMetricGiveTheValuesListedAfterFenBie() {
        assertThat(read("2025年、2026年、2027年全市规上工业企业研发机构覆盖率分别达到45%、52%、60%。"))
                .extracting(TargetFact::metric, TargetFact::value, TargetFact::year)
                .containsExactly(tuple("规上工业企业研发机构覆盖率", 45.0, 2025), tuple("规上工业企业研发机构覆盖率", 52.0, 2026),
                        tuple("规上工业企业研发机构覆盖率", 60.0, 2027));
    }

    @Test
    void yearsMakingTheClauseBeforeTheMetricGiveTheValuesListedAfterFenBie() {
        assertThat(read("到2026年、2027年、2028年，园区数字经济核心产业营业收入分别达到80亿元、95亿元、120亿元。"))
                .extracting(TargetFact::metric, TargetFact::value, TargetFact::year)
                .containsExactly(tuple("园区数字经济核心产业营业收入", 80.0, 2026),
                        tuple("园区数字经济核心产业营业收入", 95.0, 2027), tuple("园区数字经济核心产业营业收入", 120.0, 2028));
        // a clause of years that is no lead of the next one (到2026年，…) keeps its one year
        assertThat(read("到2026年，科技服务机构分别达到30家、40家。")).extracting(TargetFact::year).doesNotContain(2027);
    }

    @Test
    void readsValuesGivenForSeveralYearsAtOnceAndClausesThatGoOnWithTheirYear() {
        assertThat(read("全市高新技术企业数量2025年、2027年分别达到1300家、1800家，科技型中小企业入库数量分别达到3000家、4200家。"))
                .extracting(TargetFact::metric, TargetFact::value, TargetFact::year)
                .containsExactly(tuple("高新技术企业数量", 1300.0, 2025), tuple("高新技术企业数量", 1800.0, 2027),
                        tuple("科技型中小企业入库数量", 3000.0, 2025), tuple("科技型中小企业入库数量", 4200.0, 2027));
        assertThat(read("研发经费投入强度由2022年的2.31%提高到2025年的2.6%、2027年的2.9%以上。"))
                .extracting(TargetFact::metric, TargetFact::value, TargetFact::year)
                .containsExactly(tuple("研发经费投入强度", 2.31, 2022), tuple("研发经费投入强度", 2.6, 2025),
                        tuple("研发经费投入强度", 2.9, 2027));
        assertThat(read("到2025年，共建研发机构达到150家，较2022年增加60家；到2027年达到220家。技术合同成交额2025年突破150亿元、2027年达到240亿元。"))
                .extracting(TargetFact::metric, TargetFact::value, TargetFact::year)
                .containsExactly(tuple("共建研发机构", 150.0, 2025), tuple("共建研发机构", 220.0, 2027),
                        tuple("技术合同成交额", 150.0, 2025), tuple("技术合同成交额", 240.0, 2027));
    }

    @Test
    void aBreakdownsYearHoldsOnlyUpToItsSemicolon() {
        assertThat(read("到2028年，全市累计建设中试基地40个，其中2027年新建12个；中试基地服务企业达到900家。"))
                .filteredOn(f -> f.metric().contains("服务企业"))
                .extracting(TargetFact::value, TargetFact::year).containsExactly(tuple(900.0, 2028));
    }
}

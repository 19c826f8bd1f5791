package dev.collabgraph.bench.mutate;

import dev.collabgraph.bench.eval.Gold;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static dev.collabgraph.bench.mutate.Documents.gold;
import static dev.collabgraph.bench.mutate.Documents.task;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code labels}: the tasks numbered in another family, the gold's anchors with them. */
class RelabelTest {
    private static final String TEXT = "一、主要任务\n"
            + "（一）建设创新平台。支持企业建设研发机构。\n"
            + "1.建设实验室。对新认定的给予奖励。\n"
            + "（二）培育创新企业。（责任单位：市工信局）\n"
            + "（三）集聚创新人才。\n"
            + "二、保障措施\n"
            + "（一）加强组织领导。\n";
    private static final Gold GOLD = gold(task("（一）建设创新平台", "建设创新平台"), task("（二）培育创新企业", "培育创新企业"),
            task("（三）集聚创新人才", "集聚创新人才"));

    @Test
    void theTasksTakeAnotherFamilyTheDocumentDoesNotUseAndTheirAnchorsAreFound() {
        for (long seed = 0; seed < 10; seed++) {
            MutatedDocument relabelled = new Relabel().apply(MutatedDocument.of(TEXT, GOLD), new Random(seed));

            List<String> anchors = relabelled.gold().tasks().stream().map(Gold.Task::anchor).toList();
            assertThat(anchors).noneMatch(a -> a.startsWith("（一）") || a.startsWith("（二）") || a.startsWith("1."));
            LabelFamily family = LabelFamily.at(anchors.get(0), 0).orElseThrow().family();
            assertThat(family).isNotIn(LabelFamily.CHINESE_BRACKETED, LabelFamily.ARABIC_DOT, LabelFamily.CHINESE_COMMA);
            assertThat(anchors).allMatch(a -> LabelFamily.at(a, 0).orElseThrow().family() == family);
            assertThat(anchors.get(2)).isEqualTo(family.write(3) + "集聚创新人才");
            assertThat(Documents.anchorsFound(relabelled)).isTrue();
            assertThat(relabelled.text()).contains("1.建设实验室").contains("一、主要任务")
                    .contains(family.write(1) + "加强组织领导");
            assertThat(relabelled.skipped()).isZero();
        }
    }

    @Test
    void aLabelKeepsNoSeparatorOfItsOldFamily() {
        String text = "1.建设创新平台。\n2.培育创新企业。\n";
        MutatedDocument relabelled = new Relabel().apply(MutatedDocument.of(text,
                gold(task("1.建设创新平台", "建设创新平台"), task("2.培育创新企业", "培育创新企业"))), new Random(2));

        assertThat(relabelled.text()).doesNotContain(".").doesNotContain("、、").doesNotContain("）.");
        assertThat(Documents.anchorsFound(relabelled)).isTrue();
    }

    @Test
    void itemsInsideAParagraphTakeAFamilyThatStandsInsideOne() {
        String text = "（一）强化创新。一是建设平台，支持研发；二是培育企业，壮大主体。\n";
        MutatedDocument relabelled = new Relabel().apply(MutatedDocument.of(text,
                gold(task("一是建设平台", "建设平台"), task("二是培育企业", "培育企业"))), new Random(4));

        String second = relabelled.gold().tasks().get(1).anchor();
        assertThat(LabelFamily.at(second, 0).orElseThrow().family()).isIn(LabelFamily.ARABIC_BRACKETED,
                LabelFamily.CIRCLED);
        assertThat(relabelled.text()).contains("，支持研发；" + second);
    }

    @Test
    void aTaskWithoutAKnownLabelIsSkipped() {
        MutatedDocument relabelled = new Relabel().apply(MutatedDocument.of("【任务一】建设平台。\n",
                gold(task("【任务一】建设平台", "建设平台"))), new Random(1));

        assertThat(relabelled.text()).isEqualTo("【任务一】建设平台。\n");
        assertThat(relabelled.skipped()).isEqualTo(1);
    }

    @Test
    void ordinalsAreReadAndWrittenInEveryFamily() {
        assertThat(LabelFamily.Numerals.value("二十三")).isEqualTo(23);
        assertThat(LabelFamily.Numerals.value("十一")).isEqualTo(11);
        assertThat(LabelFamily.Numerals.value("１２")).isEqualTo(12);
        assertThat(LabelFamily.Numerals.chinese(20)).isEqualTo("二十");
        assertThat(LabelFamily.CIRCLED.write(3)).isEqualTo("③");
        assertThat(LabelFamily.at("第十二条　加强", 0).orElseThrow().ordinal()).isEqualTo(12);
        assertThat(LabelFamily.at("2.8%的", 0)).isEmpty();
    }
}

package dev.collabgraph.bench.mutate;

import dev.collabgraph.bench.eval.Gold;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static dev.collabgraph.bench.mutate.Documents.co;
import static dev.collabgraph.bench.mutate.Documents.gold;
import static dev.collabgraph.bench.mutate.Documents.lead;
import static dev.collabgraph.bench.mutate.Documents.responsible;
import static dev.collabgraph.bench.mutate.Documents.task;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code division}: the tasks' notes moved out of the tasks, to a closing division or above each task. */
class NoteDivisionTest {
    private static final String TEXT = "一、主要任务\n"
            + "1.建设创新平台。支持高校建设研发机构。（牵头单位：市科技局；配合单位：市财政局）\n"
            + "2.建设中试基地。支持企业建设中试基地。（市科技局牵头，市财政局配合）\n"
            + "3.培育创新企业。对新认定的企业给予奖励。\n"
            + "责任单位：市工信局、市科技局。\n"
            + "二、保障措施\n"
            + "加强组织领导。\n";
    private static final Gold GOLD = gold(
            task("1.建设创新平台", "建设创新平台", lead("市科技局"), co("市财政局")),
            task("2.建设中试基地", "建设中试基地", lead("市科技局"), co("市财政局")),
            task("3.培育创新企业", "培育创新企业", responsible("市工信局"), responsible("市科技局")));

    @Test
    void everyNoteLeavesItsTaskAndIsWrittenOnceElsewhereWithTheSameRoles() {
        boolean closing = false;
        boolean above = false;
        for (long seed = 0; seed < 12; seed++) {
            MutatedDocument moved = new NoteDivision().apply(MutatedDocument.of(TEXT, GOLD),
                    new Random(Mutations.seed("doc" + seed, "division")));

            String text = moved.text();
            assertThat(text).doesNotContain("（牵头单位：市科技局；配合单位：市财政局）", "责任单位：市工信局、市科技局。\n")
                    .contains("3.培育创新企业。对新认定的企业给予奖励。\n");
            assertThat(moved.changed()).isEqualTo(3);
            assertThat(moved.skipped()).isZero();
            assertThat(Documents.anchorsFound(moved)).isTrue();
            if (text.contains("第1—2项由市科技局牵头，市财政局配合。")) {
                closing = true;
                assertThat(text).contains("第3项由市工信局、市科技局按职责分工负责。");
                // the division comes after the last task, before the next part
                assertThat(text.indexOf("第1—2项")).isGreaterThan(text.indexOf("3.培育"))
                        .isLessThan(text.indexOf("二、保障措施"));
            } else {
                above = true;
                assertThat(text).containsPattern("【[^】]*市科技局[^】]*】\n1\\.建设创新平台")
                        .contains("【责任单位：市工信局、市科技局】\n3.培育创新企业");
            }
        }
        assertThat(closing).as("some seed writes a closing division").isTrue();
        assertThat(above).as("some seed sets the notes above their tasks").isTrue();
    }

    @Test
    void aDocumentWithANoteNotFoundIsLeftWhole() {
        String text = TEXT.replace("（市科技局牵头，市财政局配合）", "市科技局要会同市财政局推进。");
        MutatedDocument moved = new NoteDivision().apply(MutatedDocument.of(text, GOLD), new Random(1));

        assertThat(moved.text()).isEqualTo(text);
        assertThat(moved.skipped()).isEqualTo(3);
    }

    @Test
    void runsOfTasksWithTheSameUnitsAreNamedAsRangesInTheirLabelsFamily() {
        assertThat(NoteDivision.reference(label("（一）"), label("（三）"))).isEqualTo("第（一）至（三）项");
        assertThat(NoteDivision.reference(label("第二条"), label("第二条"))).isEqualTo("第二条");
        assertThat(NoteDivision.reference(label("4、"), label("6、"))).isEqualTo("第4—6项");
        assertThat(NoteDivision.duty(java.util.List.of(lead("市科技局")))).isEqualTo("由市科技局牵头。");
        assertThat(NoteDivision.duty(java.util.List.of(responsible("市科技局")))).isEqualTo("由市科技局负责。");
    }

    private static LabelFamily.Label label(String written) {
        return LabelFamily.at(written, 0).orElseThrow();
    }
}

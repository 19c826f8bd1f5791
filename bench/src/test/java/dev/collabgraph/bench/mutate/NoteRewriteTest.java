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

/** {@code notes}: a task's note written again in another of the genre's forms, its units and roles kept. */
class NoteRewriteTest {
    private static final String TEXT = "一、主要任务\n"
            + "（一）建设创新平台。支持市科技局认定的平台建设研发机构。（牵头单位：市科技局；配合单位：市财政局、各县（市、区）人民政府）\n"
            + "（二）培育创新企业。对新认定的企业给予奖励。责任单位：市工信局、市科技局。\n"
            + "（三）集聚创新人才。市人社局要会同市科技局引进人才团队。\n"
            + "二、保障措施\n";
    private static final Gold GOLD = gold(
            task("（一）建设创新平台", "建设创新平台", lead("市科技局"), co("市财政局"), co("各县（市、区）人民政府")),
            task("（二）培育创新企业", "培育创新企业", responsible("市工信局"), responsible("市科技局")),
            task("（三）集聚创新人才", "集聚创新人才", lead("市人社局"), co("市科技局")));

    @Test
    void aNoteIsWrittenInAnotherFormWithTheSameUnits() {
        for (long seed = 0; seed < 10; seed++) {
            MutatedDocument rewritten = new NoteRewrite().apply(MutatedDocument.of(TEXT, GOLD), new Random(seed));

            String text = rewritten.text();
            assertThat(text).doesNotContain("（牵头单位：市科技局；配合单位：市财政局、各县（市、区）人民政府）")
                    .doesNotContain("责任单位：市工信局、市科技局。\n");
            String first = between(text, "（一）", "（二）");
            assertThat(first).contains("市科技局", "市财政局", "各县（市、区）人民政府").containsAnyOf("牵头", "（牵头）");
            assertThat(between(text, "（二）", "（三）")).contains("市工信局、市科技局").doesNotContain("牵头");
            assertThat(rewritten.changed()).isEqualTo(2);
            assertThat(Documents.anchorsFound(rewritten)).isTrue();
        }
    }

    @Test
    void proseThatNamesTheUnitsIsNoNoteAndItsTaskIsSkipped() {
        MutatedDocument rewritten = new NoteRewrite().apply(MutatedDocument.of(TEXT, GOLD), new Random(1));

        assertThat(rewritten.text()).contains("（三）集聚创新人才。市人社局要会同市科技局引进人才团队。\n");
        assertThat(rewritten.skipped()).isEqualTo(1);
    }

    @Test
    void theFinderTakesTheShortestStretchThatNamesAllUnitsAndLittleElse() {
        String text = "（一）建设平台。市科技局要加快建设。（牵头单位：市科技局；配合单位：某某区人民政府）";

        NoteFinder.Note note = NoteFinder.find(text, 0, text.length(),
                java.util.List.of(lead("市科技局"), co("某某区人民政府")), Documents.CITY).orElseThrow();

        assertThat(text.substring(note.start(), note.end())).isEqualTo("（牵头单位：市科技局；配合单位：某某区人民政府）");
        assertThat(note.shape()).isEqualTo(new NoteForm.Shape(true, "labels"));
    }

    @Test
    void aNoteBrokenOverLinesOrWrittenInRoleLinesIsFoundWhole() {
        String wrapped = "（一）建设平台。对首次认定的给予15\n万元奖励。（牵头单位：县\n科技局；配合单位：县财政局）\n（二）";
        String roleLines = "（一）建设平台。给予奖励。\n牵头单位：县科技局\n配合单位：县财政局\n完成时限：2026年\n";
        var units = java.util.List.of(lead("县科技局"), co("县财政局"));

        NoteFinder.Note first = NoteFinder.find(wrapped, 0, wrapped.length(), units, Documents.CITY).orElseThrow();
        NoteFinder.Note second = NoteFinder.find(roleLines, 0, roleLines.length(), units, Documents.CITY).orElseThrow();

        assertThat(wrapped.substring(first.start(), first.end())).isEqualTo("（牵头单位：县\n科技局；配合单位：县财政局）");
        assertThat(roleLines.substring(second.start(), second.end())).isEqualTo("牵头单位：县科技局\n配合单位：县财政局");
    }

    @Test
    void halfABracketIsNoNote() {
        String text = "（一）建设平台。给予奖励。（牵头单位：\n市科技局；配合单位：市财政局）\n";
        String fielded = "（一）建设平台。给予奖励。（责任领导：张三；责任科室：产学研合作科）\n";

        NoteFinder.Note note = NoteFinder.find(text, 0, text.length(),
                java.util.List.of(lead("市科技局"), co("市财政局")), Documents.CITY).orElseThrow();

        assertThat(text.substring(note.start(), note.end())).startsWith("（牵头单位：").endsWith("）");
        assertThat(NoteFinder.find(fielded, 0, fielded.length(), java.util.List.of(responsible("产学研合作科")),
                Documents.CITY)).isEmpty();
    }

    @Test
    void everyFormWritesTheRolesItTells() {
        var units = java.util.List.of(lead("市科技局"), co("市财政局"), co("市工信局"));
        assertThat(NoteForm.LEADS_LABELLED_BRACKETED.write(units)).isEqualTo("（牵头单位：市科技局；配合单位：市财政局、市工信局）");
        assertThat(NoteForm.LEADS_BY_VERB_BRACKETED.write(units)).isEqualTo("（市科技局牵头，市财政局、市工信局配合）");
        assertThat(NoteForm.LEADS_LABELLED_LINE.write(units)).isEqualTo("牵头单位：市科技局；配合单位：市财政局、市工信局。");
        assertThat(NoteForm.LEAD_MARKED_BRACKETED.write(units)).isEqualTo("（责任单位：市科技局（牵头），市财政局、市工信局）");
        assertThat(NoteForm.RESPONSIBLE_LINE.writes(units)).isFalse();
        var plain = java.util.List.of(responsible("市科技局"), responsible("市财政局"));
        assertThat(NoteForm.DEPARTMENTS_BRACKETED.write(plain)).isEqualTo("（责任部门：市科技局、市财政局）");
        assertThat(NoteForm.LEADS_BY_VERB_BRACKETED.writes(plain)).isFalse();
    }

    private static String between(String text, String from, String to) {
        return text.substring(text.indexOf(from), text.indexOf(to));
    }
}

package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.MappedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The closing paragraphs of a document are not part of its last task. */
class ClosingTextTest {
    private static final String POINTS = String.join("\n",
            "一、培育创新主体",
            "1.培育科技型企业。开展培育。",
            "责任部门：县科技局（牵头），县财政局",
            "2.推动企业研发。开展研发。",
            "责任部门：县工信局",
            "3.营造创新氛围。举办活动。",
            "责任部门：县科协（牵头），县科技局",
            "各单位要对照工作要点，细化工作措施，于每季度末报送工作进展情况。");

    private static String lastTaskText(String document) {
        MappedText text = Docs.clean(document);
        DocumentStructure structure = StructureParser.parse(text);
        TaskBlock last = Docs.task(structure, 3);
        return text.substring(last.body().start(), last.body().end());
    }

    @Test
    void endsTheLastTaskWithItsNoteWhenEveryTaskEndsWithItsNote() {
        assertThat(lastTaskText(POINTS)).endsWith("责任部门：县科协（牵头），县科技局");
    }

    @Test
    void keepsTheLastTaskWholeWhenNotesDoNotCloseTheTasks() {
        String noteFirst = POINTS.replace("1.培育科技型企业。开展培育。\n责任部门：县科技局（牵头），县财政局",
                "1.培育科技型企业。责任部门：县科技局（牵头），县财政局。\n开展培育。");
        assertThat(lastTaskText(noteFirst)).endsWith("报送工作进展情况。");
    }
}

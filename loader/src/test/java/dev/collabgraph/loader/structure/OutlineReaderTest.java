package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OutlineReaderTest {
    @Test
    void readsArticlesAsTasks() {
        DocumentStructure doc = Docs.parse("某市促进科技创新若干政策\n第一条 为加快创新，制定本政策。\n"
                + "第二条 支持企业建设研发机构。（责任单位：市科技局）\n第三条 本政策自发布之日起施行。\n");
        assertThat(doc.tasks()).extracting(TaskBlock::number, TaskBlock::label)
                .containsExactly(tuple(1, "第一条"), tuple(2, "第二条"), tuple(3, "第三条"));
        assertThat(Docs.unitNames(doc, 2)).containsExactly("科技局");
    }

    @Test
    void warnsAboutSkippedTaskNumbersAndKeepsThePrintedNumbers() {
        DocumentStructure doc = Docs.parse("一、重点任务\n1、加强研发。内容。（责任单位：科技局）\n"
                + "2、推进转化。内容。（责任单位：科技局）\n4、优化服务。内容。（责任单位：科技局）\n");
        assertThat(doc.tasks()).extracting(TaskBlock::number).containsExactly(1, 2, 4);
        assertThat(doc.warnings()).contains("task numbers skip from 2 to 4");
    }

    @Test
    void keepsAListInsideATaskOutOfTheTasks() {
        DocumentStructure doc = Docs.parse("一、重点任务\n1、加强研发。重点做好以下工作：\n1.建设平台。\n2.引进人才。\n"
                + "2、推进转化。内容。\n");
        assertThat(doc.tasks()).extracting(TaskBlock::title).containsExactly("加强研发", "推进转化");
        assertThat(doc.warnings()).noneMatch(w -> w.startsWith("task number"));
    }

    @Test
    void warnsAboutATaskWithoutANoteAmongTasksWithNotes() {
        DocumentStructure doc = Docs.parse("一、重点任务\n1、加强研发。内容。（责任单位：科技局）\n2、推进转化。内容。\n");
        assertThat(doc.warnings()).contains("task 2 (2) has no responsibility note");
    }

    @Test
    void readsLevelTwoHeadingsWithHalfWidthBrackets() {
        DocumentStructure doc = Docs.parse("一、总体要求\n(一)指导思想\n内容。\n(二) 主要目标\n内容。\n二、重点任务\n");
        assertThat(doc.sections()).extracting(SectionBlock::key, SectionBlock::title, SectionBlock::parentKey)
                .containsExactly(tuple("1", "总体要求", null), tuple("1.1", "指导思想", "1"), tuple("1.2", "主要目标", "1"),
                        tuple("2", "重点任务", null));
    }

    @Test
    void warnsAboutANoteThatBelongsToNoTask() {
        DocumentStructure doc = Docs.parse("""
                一、重点任务
                围绕平台建设开展工作。（责任单位：市科技局）
                1.建设中心。建设创新中心。（责任单位：市科技局）
                """);
        assertThat(doc.tasks()).hasSize(1);
        assertThat(doc.warnings()).anyMatch(w -> w.contains("围绕平台建设") && w.contains("note not attached"));
    }
}

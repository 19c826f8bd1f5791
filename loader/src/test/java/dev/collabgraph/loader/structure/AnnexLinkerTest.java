package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnnexLinkerTest {
    private static final Span AT = new Span(0, 0);

    private static TaskBlock task(int number, String title) {
        return new TaskBlock(number, String.valueOf(number), title, "", AT, AT);
    }

    private static AnnexRow row(int number, String title) {
        return new AnnexRow(number, title, "", 2024, List.of(), 0, AT, null);
    }

    private static List<Integer> linked(List<AnnexRow> rows, List<TaskBlock> tasks) {
        return AnnexLinker.link(rows, tasks, java.util.Set.of(), new ArrayList<>()).stream().map(AnnexRow::taskNumber)
                .toList();
    }

    private static final List<TaskBlock> TASKS = List.of(task(1, "明确指导思想"), task(2, "明确工作目标"),
            task(3, "建设产业技术研究院"), task(4, "共建校企联合实验室"), task(5, "引进高水平科研机构"),
            task(6, "组建产业创新联盟"));

    @Test
    void rowsNumberedApartFromTheBodyFollowTheRowsMatchingATitle() {
        List<AnnexRow> rows = List.of(row(1, "产业技术研究院挂牌运行"), row(2, "认定校企联合实验室10家"),
                row(3, "光电创新中心签约落地"), row(4, "组建产业创新联盟"));
        assertThat(linked(rows, TASKS)).containsExactly(3, 4, 5, 6);
    }

    @Test
    void rowsNamingNoTasksTitleUnderTasksThatCarryTheirOwnNotesAreAListOfTheirOwn() {
        List<AnnexRow> rows = List.of(row(1, "新建智能工厂10家"), row(2, "建成市级算力平台"), row(3, "发布行业大模型1.0版本"));
        List<String> warnings = new ArrayList<>();
        List<Integer> all = TASKS.stream().map(TaskBlock::number).toList();
        assertThat(AnnexLinker.link(rows, TASKS, java.util.Set.copyOf(all), warnings)).extracting(AnnexRow::taskNumber)
                .containsExactly(0, 0, 0);
        assertThat(warnings).anyMatch(w -> w.contains("list of work of their own"));
        // a task without a note of its own may take its units from its row: the number still names it
        assertThat(linked(rows, TASKS)).containsExactly(1, 2, 3);
    }

    @Test
    void oneRowMatchingATitleElsewhereSaysNothingAboutTheOthers() {
        List<AnnexRow> rows = List.of(row(1, "光电创新中心签约落地"), row(2, "发布榜单20项"),
                row(3, "组建产业创新联盟"));
        assertThat(linked(rows, TASKS)).containsExactly(1, 2, 6);
    }

    @Test
    void rowsDividingTheTasksTheirOwnWayLinkOnlyByTitle() {
        // rows 1 and 3 on tasks 3 and 4 (two away from their numbers), row 5 on task 6: no one distance, so rows 2 and 4,
        // matching no title, name no task by their numbers
        List<AnnexRow> rows = List.of(row(1, "产业技术研究院挂牌运行"), row(2, "引进研发团队8个"),
                row(3, "认定校企联合实验室10家"), row(4, "发布榜单20项"), row(5, "组建产业创新联盟"));
        assertThat(linked(rows, TASKS)).containsExactly(3, 0, 4, 0, 6);
    }
}

package dev.collabgraph.bench.eval;

import dev.collabgraph.model.DocumentInfo;
import dev.collabgraph.model.Evidence;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.RelType;
import dev.collabgraph.model.Relationship;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The scorer on a hand-made document: what counts as found, as extra, and how names are compared. */
class ScorerTest {
    private static final String TEXT = "一、主要任务\n（一）建设创新平台。支持某某大学与某某集团共建研究院。（牵头单位：市科技局；配合单位：市财政局）\n"
            + "（二）培育企业。（责任单位：市工信局）\n二、保障措施\n";

    @Test
    void tasksAreMatchedByWhereTheyStartAndUnitsUpToTheCityPrefix() {
        Gold gold = new Gold("dev", "test", List.of(), new Gold.Document("t", "n", "d", "某某市"),
                List.of(new Gold.Task("（一）建设创新平台", "建设创新平台", null,
                                List.of(new Gold.Unit("市科技局", "lead"), new Gold.Unit("市财政局", "co"))),
                        new Gold.Task("（二）培育企业", "培育企业", null, List.of(new Gold.Unit("市工信局", "unspecified")))),
                List.of(), List.of(new Gold.Indicator("研发投入强度", "%", Map.of("2025", 2.5))),
                Map.of("University", List.of(new Gold.Entity("某某大学", List.of())),
                        "Enterprise", List.of(new Gold.Entity("某某集团", List.of("某某")))),
                List.of(new Gold.Pair("某某大学", "某某集团", "Enterprise")));
        int first = TEXT.indexOf("（一）");
        int second = TEXT.indexOf("（二）");
        int heading = TEXT.indexOf("二、保障措施");
        ExtractedGraph graph = new ExtractedGraph(new DocumentInfo("d", "t", "n", "d", "sha"), List.of(
                node("d", Label.Document, "t", Map.of()),
                node("d:task:1", Label.Task, "建设创新平台", Map.of("title", "建设创新平台")),
                node("d:task:2", Label.Task, "培育企业", Map.of("title", "培育企业。")),
                node("d:task:3", Label.Task, "保障措施", Map.of("title", "保障措施")),
                node("unit:科技局", Label.Unit, "科技局", Map.of()),
                node("unit:工信局", Label.Unit, "工信局", Map.of()),
                node("unit:发改委", Label.Unit, "发改委", Map.of()),
                node("university:某某大学", Label.University, "某某大学", Map.of()),
                node("enterprise:某某", Label.Enterprise, "某某", Map.of()),
                node("enterprise:别的公司", Label.Enterprise, "别的公司", Map.of())), List.of(
                rel(RelType.HAS_TASK, "d", "d:task:1", first), rel(RelType.HAS_TASK, "d", "d:task:2", second),
                rel(RelType.HAS_TASK, "d", "d:task:3", heading),
                role(rel(RelType.RESPONSIBLE_FOR, "unit:科技局", "d:task:1", first), "lead"),
                rel(RelType.RESPONSIBLE_FOR, "unit:工信局", "d:task:2", second),
                rel(RelType.RESPONSIBLE_FOR, "unit:发改委", "d:task:2", second),
                rel(RelType.PARTNERS_WITH, "university:某某大学", "enterprise:某某", first)), List.of());

        DocumentScore score = Scorer.score("test", gold, graph, TEXT);

        assertThat(score.tasks()).isEqualTo(new Tally(2, 2, 3, 2));
        assertThat(score.titles()).isEqualTo(new Tally(2, 2, 0, 0));
        assertThat(score.responsibilities()).isEqualTo(new Tally(3, 2, 3, 2));
        assertThat(score.roles()).isEqualTo(new Tally(2, 2, 0, 0));
        assertThat(score.indicatorValues().found()).isZero();
        assertThat(score.entities().get("Enterprise")).isEqualTo(new Tally(1, 1, 2, 1));
        assertThat(score.entities().get("Unit")).isEqualTo(new Tally(0, 0, 3, 0));
        assertThat(score.industryAcademia()).isEqualTo(new Tally(1, 1, 1, 1));
        assertThat(score.misses()).contains("task extracted but not in the gold: 保障措施",
                "task unit missed: 市财政局 → «建设创新平台»", "Enterprise not in the gold: 别的公司");
    }

    private static Node node(String id, Label label, String name, Map<String, Object> properties) {
        return new Node(id, label, name, List.of(), properties);
    }

    private static Relationship rel(RelType type, String from, String to, int at) {
        return new Relationship(type, from, to, Map.of(), List.of(new Evidence("q", at, at + 1, "test")));
    }

    private static Relationship role(Relationship r, String role) {
        return new Relationship(r.type(), r.from(), r.to(), Map.of("role", role), r.evidence());
    }
}

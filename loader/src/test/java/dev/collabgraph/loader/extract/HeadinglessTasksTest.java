package dev.collabgraph.loader.extract;

import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.RelType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Articles of a 若干措施 without chapters (no heading above them) still hang on the document. */
class HeadinglessTasksTest {
    private static final String MEASURES = String.join("\n",
            "甲市人民政府办公室关于印发甲市支持创新若干措施的通知",
            "甲政办发〔2025〕1号",
            "甲市支持创新若干措施",
            "为推动创新，制定以下措施。到2027年，全市研发经费投入强度达到3%。",
            "第一条　支持企业研发。对企业给予奖励。责任单位：市科技局、市财政局。",
            "第二条　建设创新平台。对平台给予支持。责任单位：市发展改革委（牵头）、市科技局。",
            "甲市人民政府办公室",
            "2025年1月1日");

    @Test
    void articlesBeforeAnyHeadingAreTasksOfTheDocument() {
        ExtractedGraph graph = Extractor.extract("measures.txt", MEASURES.getBytes(StandardCharsets.UTF_8));
        List<String> tasks = graph.nodes().stream().filter(n -> n.label() == Label.Task).map(Node::id).toList();
        assertThat(tasks).hasSize(2);
        assertThat(graph.relationships()).filteredOn(r -> r.type() == RelType.HAS_TASK)
                .allMatch(r -> r.from().equals(graph.document().id()))
                .extracting(r -> r.to()).containsExactlyInAnyOrderElementsOf(tasks);
    }

    @Test
    void goalsOfAPreambleBeforeAnyHeadingHangOnTheDocument() {
        ExtractedGraph graph = Extractor.extract("measures.txt", MEASURES.getBytes(StandardCharsets.UTF_8));
        long targets = graph.nodes().stream().filter(n -> n.label() == Label.Target).count();
        assertThat(targets).isPositive();
        assertThat(graph.relationships()).filteredOn(r -> r.type() == RelType.HAS_TARGET).hasSize((int) targets);
    }
}

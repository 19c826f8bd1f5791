package dev.collabgraph.bench.mutate;

import org.junit.jupiter.api.Test;

import static dev.collabgraph.bench.mutate.Documents.gold;
import static dev.collabgraph.bench.mutate.Documents.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mutations named on the command line: applied in order, seeded by the document, the same on every run. */
class MutationsTest {
    private static final String TEXT = "一、主要任务\n（一）建设高水平创新平台。支持某某大学与某某集团共建某某研究院，加快推动科技成果在本地转化落地见效，"
            + "形成一批标志性成果。（责任单位：市科技局）\n".repeat(30);

    @Test
    void theSameDocumentMutatesTheSameWayAndAnotherDifferently() {
        Mutations mutations = Mutations.of("wrap, pages");
        MutatedDocument document = MutatedDocument.of(TEXT, gold(task("（一）建设高水平创新平台", "建设高水平创新平台")));

        String once = mutations.apply("10-a", document).text();

        assertThat(mutations.apply("10-a", document).text()).isEqualTo(once);
        assertThat(mutations.toString()).isEqualTo("wrap,pages");
        assertThat(Documents.content(once)).startsWith(Documents.content(TEXT.substring(0, 40)));
        assertThat(java.util.stream.LongStream.range(0, 10)
                .mapToObj(i -> mutations.apply("doc-" + i, document).text()).distinct().count()).isGreaterThan(1);
    }

    @Test
    void anUnknownNameIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> Mutations.of("wrap,rotate")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rotate").hasMessageContaining("labels");
    }
}

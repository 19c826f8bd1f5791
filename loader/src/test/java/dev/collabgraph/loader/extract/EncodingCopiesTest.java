package dev.collabgraph.loader.extract;

import dev.collabgraph.model.Evidence;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.Relationship;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A new document saved as GB18030 and with CRLF line ends reads to the same graph as the UTF-8 original. */
class EncodingCopiesTest {
    private static String original;
    private static ExtractedGraph utf8;

    @BeforeAll
    static void read() throws Exception {
        original = Files.readString(Path.of("src", "test", "resources", "docs", "fourth-city.txt"));
        utf8 = Extractor.extract("fourth-city.txt", original.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aGb18030CopyGivesTheSameGraph() {
        byte[] bytes = original.getBytes(Charset.forName("GB18030"));
        ExtractedGraph copy = Extractor.extract("fourth-city-gbk.txt", bytes);
        assertThat(nodes(copy)).isEqualTo(nodes(utf8));
        assertThat(relationships(copy)).isEqualTo(relationships(utf8));
        assertThat(copy.document().date()).isEqualTo("2023-04-06");
    }

    @Test
    void aCrlfCopyGivesTheSameGraphWithQuotesTakenFromItsOwnText() {
        String crlf = original.replace("\n", "\r\n");
        ExtractedGraph copy = Extractor.extract("fourth-city-crlf.txt", crlf.getBytes(StandardCharsets.UTF_8));
        assertThat(nodes(copy)).isEqualTo(nodes(utf8));
        assertThat(relationships(copy)).isEqualTo(relationships(utf8));
        for (Relationship r : copy.relationships()) {
            for (Evidence e : r.evidence()) {
                assertThat(crlf.substring(e.start(), e.end())).isEqualTo(e.quote());
            }
        }
    }

    private static Set<String> nodes(ExtractedGraph graph) {
        return graph.nodes().stream().filter(n -> !n.id().equals(graph.document().id()))
                .map(EncodingCopiesTest::node).collect(Collectors.toSet());
    }

    private static String node(Node n) {
        return n.id() + " " + n.label() + " " + n.name() + " " + Set.copyOf(n.aliases());
    }

    private static Set<String> relationships(ExtractedGraph graph) {
        return graph.relationships().stream().map(r -> r.type() + " " + r.from() + " -> " + r.to())
                .collect(Collectors.toSet());
    }
}

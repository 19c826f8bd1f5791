package dev.collabgraph.loader.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.model.ExtractedGraph;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same file extracts to the same graph, byte for byte, however often and on however many threads: node and
 * relationship order, evidence and warnings included (maps compared with sorted keys: their order means nothing).
 * What the graph should be is the gold corpus's business ({@code bin/collabgraph eval}, {@code QualityFloorIT}).
 */
class DeterminismTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void everyCorpusDocumentExtractsToTheSameGraphAgainAndInParallel() throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.list(Path.of("..", "corpus"))) {
            documents = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(documents).hasSizeGreaterThanOrEqualTo(12);
        List<String> first = documents.stream().map(DeterminismTest::canonical).toList();
        List<String> parallel = documents.parallelStream().map(DeterminismTest::canonical).toList();
        List<String> again = documents.stream().map(DeterminismTest::canonical).toList();
        for (int i = 0; i < documents.size(); i++) {
            assertThat(parallel.get(i)).as(documents.get(i).toString()).isEqualTo(first.get(i));
            assertThat(again.get(i)).as(documents.get(i).toString()).isEqualTo(first.get(i));
        }
    }

    private static String canonical(Path document) {
        try {
            ExtractedGraph graph = Extractor.extract(document);
            return JSON.writeValueAsString(graph);
        } catch (BadDocumentException e) {
            return "refused: " + e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

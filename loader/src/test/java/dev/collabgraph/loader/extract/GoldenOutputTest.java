package dev.collabgraph.loader.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.collabgraph.model.ExtractedGraph;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards performance work on the extraction pipeline: the seed and every test document must extract to exactly
 * the graph recorded under {@code src/test/resources/golden/} (nodes, relationships, evidence and warnings, in
 * order). The JSON keeps list order and sorts map keys (properties are maps: their order means nothing and
 * {@code Map.of} varies it between JVM runs), so any change in output shows as a diff.
 *
 * <p>When an extraction change is deliberate, regenerate the files and review their diff before committing:
 * {@code ./mvnw -o -q -B -pl loader -am test -Dtest=GoldenOutputTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgolden.update=true}.
 */
class GoldenOutputTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @TestFactory
    Stream<DynamicTest> everyDocumentExtractsToItsGoldenGraph() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("..", "data", "xuzhou-2018-20.txt")));
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "docs"))) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(documents::add);
        }
        return documents.stream().map(document -> DynamicTest.dynamicTest(document.getFileName().toString(),
                () -> extractsToItsGoldenGraph(document)));
    }

    private static void extractsToItsGoldenGraph(Path document) throws IOException {
        String actual = canonical(Extractor.extract(document));
        Path golden = GOLDEN.resolve(document.getFileName().toString().replaceFirst("\\.txt$", ".json"));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; generate it with -Dgolden.update=true").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static String canonical(ExtractedGraph graph) throws IOException {
        return JSON.writeValueAsString(graph) + "\n";
    }
}

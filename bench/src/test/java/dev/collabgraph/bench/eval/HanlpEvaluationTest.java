package dev.collabgraph.bench.eval;

import dev.collabgraph.bench.hanlp.HanlpMode;
import dev.collabgraph.bench.hanlp.HanlpThroughput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The HanLP experiment (issue 8) runs on one dev document and gives figures that are rates. */
class HanlpEvaluationTest {
    private static final String DOCUMENT = "00-xuzhou-opinion";

    @Test
    void everyModeScoresOneDevDocumentWithFiguresInZeroToOne(@TempDir Path dir) throws IOException {
        Path corpus = Path.of("..", "corpus");
        for (String file : List.of(DOCUMENT + ".txt", DOCUMENT + ".gold.json")) {
            Files.copy(corpus.resolve(file), dir.resolve(file));
        }
        List<HanlpMode> modes = Arrays.asList(HanlpMode.values());
        List<HanlpEvaluation.Row> rows = HanlpEvaluation.run(dir, modes);

        assertThat(rows).extracting(HanlpEvaluation.Row::mode).containsExactlyElementsOf(modes);
        for (HanlpEvaluation.Row row : rows) {
            assertThat(row.heldOutDocuments()).isZero();
            assertThat(row.dev()).containsOnlyKeys(DocumentScore.TYPES);
            for (Tally t : row.dev().values()) {
                assertThat(List.of(t.precision(), t.recall(), t.f1())).allSatisfy(x -> assertThat(x).isBetween(0.0, 1.0));
            }
            assertThat(row.devMacroF1()).isBetween(0.0, 1.0);
        }
        assertThat(rows.get(0).changes()).as("our extractor against itself").isEmpty();
        assertThat(rows.get(1).devMacroF1()).as("HanLP alone recognises some of the gold entities").isPositive();

        Map<HanlpMode, HanlpThroughput.Result> speed = HanlpThroughput.measure(
                List.of(dir.resolve(DOCUMENT + ".txt")), List.of(HanlpMode.OURS, HanlpMode.BOUNDARY_DROP), 1);
        assertThat(speed.values()).allSatisfy(r -> assertThat(r.mbPerCpuSecond()).isPositive());
    }
}

package dev.collabgraph.bench.eval;

import dev.collabgraph.bench.mutate.Mutations;
import dev.collabgraph.loader.entity.EntityExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three small corpus documents mutated and scored against their gold, beside their unmutated text: the report
 * compares the two, the kept copies are there to look at, and a held-out document is not read.
 */
class MutationEvaluationTest {
    private static final List<String> DOCUMENTS = List.of("26-county-measures-bracket-notes-town-column",
            "33-measures-plain-notes-pipe-annex", "37-county-park-opinion");

    @TempDir
    Path corpus;

    @TempDir
    Path keep;

    @Test
    void theReportComparesTheMutatedCopiesWithTheUnmutatedText() throws Exception {
        for (String document : DOCUMENTS) {
            for (String file : List.of(document + ".txt", document + ".gold.json")) {
                Files.copy(Path.of("..", "corpus", file), corpus.resolve(file));
            }
        }
        // a held-out document that cannot even be read: were it read, the run would fail
        Files.writeString(corpus.resolve("99-set-aside.gold.json"), "{\"split\": \"heldout\"}", StandardCharsets.UTF_8);
        Files.write(corpus.resolve("99-set-aside.txt"), new byte[0]);

        MutationEvaluation.Result result = MutationEvaluation.run(Evaluation.goldFiles(corpus),
                Mutations.of("wrap,pages,labels"), true, keep, EntityExtractor.standard(), s -> { });
        String report = MutationReport.render(result, "eval --mutate wrap,pages,labels", "corpus", "wrap,pages,labels");

        assertThat(result.heldOut()).isEqualTo(1);
        assertThat(result.documents()).hasSize(DOCUMENTS.size());
        assertThat(report).contains("# Extraction quality of mutated copies (wrap,pages,labels)")
                .contains("## Unmutated vs mutated (wrap,pages,labels)")
                .contains("| measure | unmutated | mutated |")
                .contains("| tasks found | ").contains("| responsibilities (unit → task) F1 | ")
                .contains("| entity macro-F1 (7 types) | ").contains("### Documents that lose tasks or responsibilities")
                .doesNotContain("99-set-aside");
        assertThat(Evaluation.totals(result.documents().stream().map(MutationEvaluation.Document::original).toList())
                .get("tasks").recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(result.documents()).allMatch(d -> d.changed() > 0);
        for (String document : DOCUMENTS) {
            String kept = Files.readString(keep.resolve(document + ".txt"), StandardCharsets.UTF_8);
            assertThat(kept).isNotEqualTo(Files.readString(corpus.resolve(document + ".txt"), StandardCharsets.UTF_8));
            assertThat(Evaluation.readGold(keep.resolve(document + ".gold.json")).history())
                    .anyMatch(h -> h.contains("--mutate wrap,pages,labels"));
        }
    }
}

package dev.collabgraph.bench.eval;

import dev.collabgraph.app.corrections.CorrectionRequest;
import dev.collabgraph.app.corrections.CorrectionService;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.store.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Corrections as gold: the raw extraction loses exactly what the editors corrected. */
class CorrectionsEvaluationIT {
    @TempDir
    Path dir;

    @Test
    void aRenameAndADeletedEntityCountAgainstTheRawExtraction() {
        try (EmbeddedNeo4j dbms = EmbeddedNeo4j.start(dir.resolve("graph"), EmbeddedSettings.defaults());
             GraphStore store = dbms.openStore()) {
            Schema.apply(store);
            GraphWriter.write(store, Extractor.extract(Path.of("..", "data", "xuzhou-2018-20.txt")));
            assertThat(CorrectionsEvaluation.run(store).documents()).as("nothing corrected yet").isZero();

            CorrectionService corrections = new CorrectionService(store);
            corrections.add(new CorrectionRequest("RENAME", "enterprise:新盛公司", "江苏新盛科技有限公司", null, null,
                    null, null, null, null, null, null, "cut short"), "test");
            corrections.add(new CorrectionRequest("DELETE_ENTITY", "enterprise:甲骨文", null, null, null, null, null,
                    null, null, null, null, null), "test");

            CorrectionsEvaluation.Report report = CorrectionsEvaluation.run(store);
            assertThat(report.documents()).isEqualTo(1);
            Tally enterprises = report.entities().get("Enterprise");
            // gold: the extracted enterprises minus 甲骨文, with 新盛公司 under its corrected name
            assertThat(enterprises.returned()).isEqualTo(enterprises.expected() + 1);
            assertThat(enterprises.returned() - enterprises.correct()).isEqualTo(2);
            assertThat(enterprises.expected() - enterprises.found()).isEqualTo(1);
            assertThat(report.entities().get("University").f1()).isEqualTo(1.0);
            assertThat(CorrectionsEvaluation.render(report)).contains("| Enterprise |");
        }
    }
}

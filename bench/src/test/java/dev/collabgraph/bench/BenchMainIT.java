package dev.collabgraph.bench;

import dev.collabgraph.app.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The developer commands through the launcher's entry point for them, as a user runs them. */
class BenchMainIT {
    @TempDir
    Path dir;

    @Test
    void evalScoresTheGoldCorpusPerSplitAndWritesTheReport() throws Exception {
        Path report = dir.resolve("QUALITY.md");
        Cli.Run run = run("eval", Path.of("..", "corpus").toString(), "--write", report.toString());
        assertThat(run.code()).as(run.err()).isZero();
        String written = Files.readString(report);
        long documents;
        try (var files = Files.list(Path.of("..", "corpus"))) {
            documents = files.filter(f -> f.getFileName().toString().endsWith(".gold.json")).count();
        }
        assertThat(written).contains("| tasks found |").containsPattern("held-out \\(\\d+ docs\\)")
                .contains("| Region F1 |").contains("| 00-xuzhou-opinion | dev | 26/26 |");
        assertThat(run.err()).contains("[" + documents + "/" + documents);

        Cli.Run explain = run("eval", Path.of("..", "corpus").toString(), "--explain", "00-xuzhou-opinion");
        assertThat(explain.code()).isZero();
        assertThat(explain.out()).contains("Enterprise missed:");
    }

    @Test
    void theProductCommandsStayAvailableBesideBenchAndEval() {
        Cli.Run help = run("--help");
        assertThat(help.out()).contains("extract").contains("serve").contains("bench").contains("eval");
        assertThat(Cli.run("--help").out()).contains("serve").doesNotContain("bench");
    }

    private static Cli.Run run(String... args) {
        return Cli.run(BenchMain::run, args);
    }
}

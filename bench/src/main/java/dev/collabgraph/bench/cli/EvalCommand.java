package dev.collabgraph.bench.cli;

import dev.collabgraph.app.cli.DatabaseOptions;
import dev.collabgraph.app.cli.GazetteerOption;
import dev.collabgraph.app.cli.Progress;
import dev.collabgraph.bench.eval.CorrectionsEvaluation;
import dev.collabgraph.bench.eval.DocumentScore;
import dev.collabgraph.bench.eval.Evaluation;
import dev.collabgraph.bench.eval.QualityReport;
import dev.collabgraph.store.EmbeddedSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code collabgraph eval [DIR]}: extraction scored against the gold corpus; {@code --write QUALITY.md}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against a gold corpus (default: corpus/): tasks, titles, responsibilities, "
                + "annex rows, indicator values, entities by type, industry–academia links.")
public final class EvalCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Folder of documents with *.gold.json files (default: corpus).")
    Path dir;

    @Option(names = "--write", paramLabel = "FILE", description = "Write the report there (e.g. QUALITY.md).")
    Path write;

    @Option(names = "--explain", paramLabel = "NAME",
            description = "Print what one document's extraction missed or added (NAME: its file name without extension), "
                    + "or every dev document's, each line led by the document's name (NAME: dev).")
    String explain;

    @Option(names = "--dev",
            description = "Score only the dev documents: held-out ones are not extracted and their figures not printed "
                    + "(what whoever changes the rules runs).")
    boolean devOnly;

    @Option(names = "--corrected",
            description = "Instead of a gold corpus: score the raw extraction of every document editors corrected "
                    + "against its corrected graph in the store (--db or --uri), per entity and relationship type.")
    boolean corrected;

    @Mixin
    GazetteerOption gazetteer;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (corrected) {
            try (DatabaseOptions.OpenGraph graph = database.open(EmbeddedSettings.defaults())) {
                String report = CorrectionsEvaluation.render(CorrectionsEvaluation.run(graph.store()));
                out.print(report);
                out.flush();
                if (write != null) {
                    Files.writeString(write, report, StandardCharsets.UTF_8);
                }
            }
            return 0;
        }
        Path corpus = dir != null ? dir : DatabaseOptions.home().resolve("corpus");
        if (devOnly && write != null) {
            err.println("error: --dev leaves the held-out column out: QUALITY.md is written from the whole corpus");
            return 2;
        }
        List<Path> goldFiles = Evaluation.goldFiles(corpus);
        if (devOnly) {
            goldFiles = goldFiles.stream().filter(f -> !Evaluation.heldOut(f)).toList();
        }
        Progress progress = new Progress(err, goldFiles.size());
        List<DocumentScore> scores = Evaluation.run(goldFiles, gazetteer.entityStage(), s -> progress.step(s.name()));
        progress.done();
        if ("dev".equals(explain)) {
            // held-out documents are never explained in bulk: reading their misses spoils them
            scores.stream().filter(s -> !s.gold().heldOut())
                    .forEach(s -> s.misses().forEach(m -> out.println(s.name() + ": " + m)));
            return 0;
        }
        if (explain != null) {
            DocumentScore score = scores.stream().filter(s -> s.name().equals(explain)).findFirst().orElse(null);
            if (score == null) {
                err.println("error: no document " + explain + " in " + corpus);
                return 2;
            }
            if (score.gold().heldOut()) {
                err.println("note: " + explain + " is held out: reading its misses while changing the rules spoils it "
                        + "(move it to dev and say so in its history)");
            }
            score.misses().forEach(out::println);
            return 0;
        }
        Path splits = corpus.resolve("SPLITS.md");
        String history = Files.isRegularFile(splits) ? Files.readString(splits, StandardCharsets.UTF_8) : "";
        String report = QualityReport.render(scores, "bin/collabgraph eval" + (devOnly ? " --dev" : "")
                + (dir == null ? "" : " " + dir)
                + (write == null ? "" : " --write " + write), dir == null ? "corpus" : dir.toString(), history);
        out.print(report);
        out.flush();
        if (write != null) {
            Files.writeString(write, report, StandardCharsets.UTF_8);
            out.println("Written to " + write);
        }
        return 0;
    }
}

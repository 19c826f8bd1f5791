package dev.collabgraph.bench.cli;

import dev.collabgraph.app.cli.DatabaseOptions;
import dev.collabgraph.app.cli.GazetteerOption;
import dev.collabgraph.app.cli.Progress;
import dev.collabgraph.bench.eval.CopyEvaluation;
import dev.collabgraph.bench.eval.CorrectionsEvaluation;
import dev.collabgraph.bench.eval.DocumentScore;
import dev.collabgraph.bench.eval.Evaluation;
import dev.collabgraph.bench.eval.MutationEvaluation;
import dev.collabgraph.bench.eval.MutationReport;
import dev.collabgraph.bench.eval.QualityReport;
import dev.collabgraph.bench.formats.CopyFormat;
import dev.collabgraph.bench.mutate.Mutations;
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

    @Option(names = "--as", paramLabel = "FORMAT",
            description = "Score copies instead: every plain-text dev document rendered as FORMAT (docx, pdf or html; txt, "
                    + "the text saved again, is the control) "
                    + "in a temporary folder, the copy extracted and scored against the same gold (what the format "
                    + "alone loses). Documents in other formats are skipped and counted; held-out ones are not read.")
    String as;

    @Option(names = "--mutate", paramLabel = "NAME[,NAME…]",
            description = "Score mutated copies instead: every dev document (any format), read as the loader reads it, "
                    + "changed in its layout but not its meaning by the named mutations in turn (wrap: hard line wraps; "
                    + "pages: page-number footers; labels: another numbering family; notes: responsibility notes in "
                    + "another form; division: the notes moved to a closing division of labour or above their tasks; "
                    + "crlf: CRLF, full-width label digits and indents; blank: blank lines added or "
                    + "dropped), each seeded by the document's name, extracted and scored against its gold with the "
                    + "anchors moved; then each measure unmutated vs mutated and the documents that lose tasks or "
                    + "responsibilities. Held-out documents are not read.")
    String mutate;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "With --mutate: write each mutated text (NAME.txt) and its rewritten gold to DIR, "
                    + "to look at a failing copy (eval --as txt DIR scores them again).")
    Path keep;

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
        CopyFormat format;
        try {
            format = as == null ? null : CopyFormat.of(as);
        } catch (IllegalArgumentException e) {
            err.println("error: --as " + e.getMessage());
            return 2;
        }
        Mutations mutations;
        try {
            mutations = mutate == null ? null : Mutations.of(mutate);
        } catch (IllegalArgumentException e) {
            err.println("error: --mutate " + e.getMessage());
            return 2;
        }
        if (mutations != null && (format != null || write != null)) {
            err.println("error: --mutate goes with neither --as nor --write (QUALITY.md is the unmutated corpus's)");
            return 2;
        }
        if (keep != null && mutations == null) {
            err.println("error: --keep keeps mutated copies: give --mutate too");
            return 2;
        }
        if (devOnly || format != null || mutations != null) {
            goldFiles = goldFiles.stream().filter(f -> !Evaluation.heldOut(f)).toList();
        }
        Progress progress = new Progress(err, format == null ? goldFiles.size() : CopyEvaluation.copied(goldFiles).size());
        List<DocumentScore> scores;
        CopyEvaluation.Result copies = null;
        MutationEvaluation.Result mutated = null;
        if (mutations != null) {
            // an --explain run reads the mutated copies' misses only: the unmutated scores are not needed
            mutated = MutationEvaluation.run(goldFiles, mutations, explain == null, keep, gazetteer.entityStage(),
                    s -> progress.step(s.name()));
            scores = mutated.mutated();
        } else if (format == null) {
            scores = Evaluation.run(goldFiles, gazetteer.entityStage(), s -> progress.step(s.name()));
        } else {
            copies = copies(goldFiles, format, progress);
            scores = copies.scores();
        }
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
        String command = "bin/collabgraph eval" + (devOnly ? " --dev" : "") + (format == null ? "" : " --as " + as)
                + (mutations == null ? "" : " --mutate " + mutations)
                + (dir == null ? "" : " " + dir) + (write == null ? "" : " --write " + write);
        String corpusName = dir == null ? "corpus" : dir.toString();
        String report;
        if (mutated != null) {
            report = MutationReport.render(mutated, command, corpusName, mutations.toString());
        } else if (copies != null) {
            report = QualityReport.renderCopies(scores, command, corpusName, format.toString(), copies.notText(),
                    Evaluation.goldFiles(corpus).size() - goldFiles.size());
        } else {
            Path splits = corpus.resolve("SPLITS.md");
            String history = Files.isRegularFile(splits) ? Files.readString(splits, StandardCharsets.UTF_8) : "";
            report = QualityReport.render(scores, command, corpusName, history);
        }
        out.print(report);
        out.flush();
        if (write != null) {
            Files.writeString(write, report, StandardCharsets.UTF_8);
            out.println("Written to " + write);
        }
        return 0;
    }

    /** The copies, written to a temporary folder removed afterwards. */
    private CopyEvaluation.Result copies(List<Path> goldFiles, CopyFormat format, Progress progress) throws IOException {
        Path work = Files.createTempDirectory("collabgraph-" + format.extension() + "-copies");
        try {
            return CopyEvaluation.run(goldFiles, format, work, gazetteer.entityStage(), s -> progress.step(s.name()));
        } finally {
            try (var files = Files.walk(work)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}

package dev.collabgraph.bench.cli;

import dev.collabgraph.bench.BenchmarksFile;
import dev.collabgraph.bench.LoadBench;
import dev.collabgraph.bench.Machine;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.model.ExtractedGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code collabgraph bench load}: relationships/s of our loader against per-row and bare batched Cypher. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load throughput (relationships/s) into fresh embedded stores: per-row, bare batched, ours.")
public final class BenchLoadCommand implements Callable<Integer> {
    static final double GOAL_VS_PER_ROW = 40;
    static final double GOAL_VS_BATCHED = 1.3;

    @Option(names = "--docs", defaultValue = "200", description = "Documents loaded by each method (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--sample", defaultValue = "20",
            description = "Documents the slow per-row baseline loads (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--threads", description = "Threads of our parallel loader (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--db", paramLabel = "DIR", description = "Folder for the temporary stores (default: a temporary folder).")
    Path db;

    @Mixin
    BenchCorpusOptions corpus;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        List<Path> files = corpus.generate(docs + 1);
        out.println("Corpus: " + files.size() + " documents in " + files.get(0).getParent() + " (the last one warms up)");
        List<ExtractedGraph> graphs = files.parallelStream().map(Extractor::extract).toList();
        Path work = db != null ? Files.createDirectories(db) : Files.createTempDirectory("collabgraph-bench");
        LoadBench.Result r = LoadBench.run(graphs.subList(0, docs), graphs.get(docs), sample, threads, work,
                message -> err.println("bench: " + message));
        String report = report(r);
        out.println(report);
        if (corpus.write != null) {
            BenchmarksFile.replaceSection(corpus.write, "Load", report);
            out.println("Written to " + corpus.write);
        }
        return 0;
    }

    private String report(LoadBench.Result r) {
        return String.join("\n",
                "Command: `bin/collabgraph bench load --docs " + docs + " --sample " + sample + " --threads " + threads
                        + " --seed " + corpus.seed + "`  ",
                "Machine: " + Machine.describe() + "  ",
                String.format("Each method on a fresh embedded store, in process, after one untimed warm-up document; "
                        + "%d documents, %d relationship rows (per-row: the first %d documents, %d rows).",
                        r.documents(), r.relationships(), r.sampleDocuments(), r.perRowRelationships()),
                "",
                "| method | relationships/s | ours (" + r.threads() + " threads) vs it | goal |",
                "|---|---|---|---|",
                row("(a) one statement per row, 1 thread", r.perRow(), r, GOAL_VS_PER_ROW),
                row("(b) bare `UNWIND … MERGE`, batches of " + 1_000 + ", 1 thread", r.batched(), r, GOAL_VS_BATCHED),
                row("(c) ours: `GraphWriter.write` per document, 1 thread", r.ours(), r, 0),
                String.format("| (c) ours: `ParallelLoader`, %d threads | %.0f | 1 | |", r.threads(), r.oursParallel()),
                "",
                String.format(Locale.ROOT, "Does a document cost more as the store grows? Ours, 1 thread, median per "
                        + "document: %.1f ms over the first tenth of the documents, %.1f ms over the last tenth (%.2f×). "
                        + "Relationships stored at the end: %,d by ours (one per document and pair), %,d by the MERGE "
                        + "baseline (stated pairs merged across documents).", r.growth().firstTenthMs(),
                        r.growth().lastTenthMs(), r.growth().ratio(), r.growth().oursStored(),
                        r.growth().batchedStored()));
    }

    private static String row(String what, double rate, LoadBench.Result r, double goal) {
        double ratio = r.oursParallel() / rate;
        String verdict = goal == 0 ? "" : String.format("≥ %s×: %s", goal, ratio >= goal ? "met"
                : String.format("missed (%.2f× short)", goal - ratio));
        return String.format("| %s | %.0f | %.2f× | %s |", what, rate, ratio, verdict);
    }
}
